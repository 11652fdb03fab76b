import { TEXT_SIZE_DEFAULT, TEXT_SIZE_MAX, TEXT_SIZE_MIN } from '../../../shared/domain/settings';

export const TEXT_SIZE_STEP = 2;

/** The next text size one step smaller or larger, kept within the allowed range. */
export function stepTextSize(size: number, direction: -1 | 1): number {
  return clampTextSize(size + direction * TEXT_SIZE_STEP);
}

export function clampTextSize(size: number): number {
  if (!Number.isFinite(size)) return TEXT_SIZE_DEFAULT;
  return Math.min(TEXT_SIZE_MAX, Math.max(TEXT_SIZE_MIN, Math.round(size)));
}

export type TextSizeCommand = 'text-size.decrease' | 'text-size.increase' | 'text-size.reset';

/**
 * The text-size command a key press asks for: Ctrl/Cmd + `]` larger, `[` smaller (as in word
 * processors). Ctrl/Cmd + `=` / `-` / `0` zoom the whole interface instead (interface-zoom.ts).
 */
export function textSizeCommandForKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): TextSizeCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  switch (event.key) {
    case ']':
      return 'text-size.increase';
    case '[':
      return 'text-size.decrease';
    default:
      return null;
  }
}

export function applyTextSizeCommand(size: number, command: TextSizeCommand): number {
  switch (command) {
    case 'text-size.increase':
      return stepTextSize(size, 1);
    case 'text-size.decrease':
      return stepTextSize(size, -1);
    case 'text-size.reset':
      return TEXT_SIZE_DEFAULT;
  }
}
