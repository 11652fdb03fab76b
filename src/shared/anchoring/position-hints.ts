/**
 * Where an old offset probably is in the revision, estimated from the paragraphs both versions
 * share. Paragraph ids hash the text, so a paragraph with the same id in both is unchanged; an
 * offset is carried along with the nearest such paragraph before it and the nearest after it.
 * Without this, deleting two paragraphs early in a report shifts every later passage by thousands
 * of characters, and the fuzzy search no longer counts the edited passage as "near where it was".
 */
import type { DocumentText } from './document-text';
import { paragraphIndexAt } from './document-text';

export type PositionHints = (oldOffset: number) => number[];

export function positionHints(previous: DocumentText, next: DocumentText): PositionHints {
  const nextById = new Map(next.paragraphs.map((p) => [p.id, p]));
  const shared = previous.paragraphs.map((p) => nextById.get(p.id));
  return (oldOffset) => {
    if (previous.paragraphs.length === 0) return [];
    const index = paragraphIndexAt(previous.paragraphs, oldOffset);
    const hints: number[] = [];
    for (let i = index; i >= 0; i--) {
      const moved = shared[i];
      if (moved === undefined) continue;
      hints.push(moved.start + (oldOffset - previous.paragraphs[i]!.start));
      break;
    }
    for (let i = index + 1; i < shared.length; i++) {
      const moved = shared[i];
      if (moved === undefined) continue;
      hints.push(moved.start - (previous.paragraphs[i]!.start - oldOffset));
      break;
    }
    return hints.map((h) => Math.max(0, Math.min(next.text.length, h)));
  };
}
