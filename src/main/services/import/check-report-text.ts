import type { ImportRefusal } from '../../../shared/domain/import-refusal';
import { MAX_TEXT_CHARS } from '../../../shared/domain/limits';

/**
 * The checks every report text passes, however it arrived (a file of any format, a paste, a revised
 * version): some text, within the length cap, and text rather than binary data. Null when it passes.
 */
export function checkReportText(text: string): ImportRefusal | null {
  if (text.length > MAX_TEXT_CHARS) return { code: 'textTooLong', limit: MAX_TEXT_CHARS };
  if (text.trim() === '') return { code: 'noText' };
  if (!looksLikeText(text)) return { code: 'binary' };
  return null;
}

/** Text, not a binary file: no NUL characters and almost no other control characters or U+FFFD from bad decoding. */
export function looksLikeText(text: string): boolean {
  let suspicious = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return false;
    // C0 controls other than tab, line feed, vertical tab, form feed and carriage return.
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0xfffd) suspicious += 1;
  }
  return suspicious <= Math.max(2, text.length * 0.001);
}
