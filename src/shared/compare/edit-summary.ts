/**
 * The edits of a changed paragraph as short "old → new" pairs for the change list ("95% → 96%").
 * Each run of changes is widened to the whole figure or Latin word it cuts through, so a diff that
 * only replaced "95" in "95%" reads "95% → 96%"; Chinese characters are not widened over (a
 * Chinese sentence has no spaces: widening would swallow it).
 */
import type { Segment } from './word-diff';

export interface Edit {
  removed: string;
  added: string;
}

/** Characters an edit is widened over: digits, Latin letters and the marks inside figures. */
const WORD_CHAR = /[\p{N}A-Za-z%％.．,，·]/u;
/** An edit longer than this is shortened with an ellipsis. */
export const EDIT_MAX_LENGTH = 60;

const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);
/** A figure's separator ("6.5", "1,000") but not a sentence's full stop: widened over only between digits or letters. */
const inner = (text: string, at: number) => isWordChar(text[at]) && (!/[.．,，]/.test(text[at] ?? '') || isWordChar(text[at + 1]));

interface Range {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

export function shorten(text: string, max = EDIT_MAX_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function editSummary(segments: readonly Segment[]): Edit[] {
  const oldText = segments
    .filter((s) => s.kind !== 'added')
    .map((s) => s.text)
    .join('');
  const newText = segments
    .filter((s) => s.kind !== 'removed')
    .map((s) => s.text)
    .join('');
  const ranges: Range[] = [];
  let o = 0;
  let n = 0;
  let open: Range | null = null;
  for (const segment of segments) {
    const blank = segment.text.trim() === '';
    if (segment.kind === 'same') {
      // White space between two changes keeps them one edit.
      if (!blank && open) {
        ranges.push(open);
        open = null;
      }
      o += segment.text.length;
      n += segment.text.length;
      continue;
    }
    const at = segment.kind === 'removed' ? o : n;
    // The edit covers the changed words, not the white space around them.
    const first = at + (segment.text.length - segment.text.trimStart().length);
    const last = at + segment.text.trimEnd().length;
    if (!blank) {
      open ??= { oldStart: o, oldEnd: o, newStart: n, newEnd: n };
      if (segment.kind === 'removed') {
        if (open.oldEnd === open.oldStart) open.oldStart = first;
        open.oldEnd = last;
      } else {
        if (open.newEnd === open.newStart) open.newStart = first;
        open.newEnd = last;
      }
    }
    if (segment.kind === 'removed') o += segment.text.length;
    else n += segment.text.length;
  }
  if (open) ranges.push(open);
  const widened = ranges.map((r) => {
    const w = { ...r };
    // Common text around an edit is the same on both sides: widen both together.
    while (w.oldStart > 0 && w.newStart > 0 && inner(oldText, w.oldStart - 1) && oldText[w.oldStart - 1] === newText[w.newStart - 1]) {
      w.oldStart--;
      w.newStart--;
    }
    while (w.oldEnd < oldText.length && w.newEnd < newText.length && inner(oldText, w.oldEnd) && oldText[w.oldEnd] === newText[w.newEnd]) {
      w.oldEnd++;
      w.newEnd++;
    }
    return w;
  });
  const merged: Range[] = [];
  for (const r of widened) {
    const last = merged.at(-1);
    if (last && r.oldStart <= last.oldEnd && r.newStart <= last.newEnd) {
      last.oldEnd = Math.max(last.oldEnd, r.oldEnd);
      last.newEnd = Math.max(last.newEnd, r.newEnd);
    } else merged.push({ ...r });
  }
  return merged.map((r) => ({
    removed: shorten(oldText.slice(r.oldStart, r.oldEnd)),
    added: shorten(newText.slice(r.newStart, r.newEnd)),
  }));
}
