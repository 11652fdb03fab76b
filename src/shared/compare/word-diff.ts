/**
 * Word-level differences between two texts, with jsdiff: English by words (white space ignored when
 * matching, kept in the output), Chinese by the words Intl.Segmenter finds (ICU's dictionary), so
 * "增长6.5%" → "增长6.8%" marks the figure, not the whole run of characters.
 */
import { diffWords } from 'diff';

export type Segment = { kind: 'same' | 'added' | 'removed'; text: string };

const HAN = /\p{Script=Han}/u;
let zhSegmenter: Intl.Segmenter | undefined;

export function hasChinese(text: string): boolean {
  return HAN.test(text);
}

export function wordDiff(before: string, after: string): Segment[] {
  const chinese = hasChinese(before) || hasChinese(after);
  const options = chinese ? { intlSegmenter: (zhSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })) } : {};
  const segments: Segment[] = [];
  for (const change of diffWords(before, after, options)) {
    if (change.value === '') continue;
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = segments.at(-1);
    if (last?.kind === kind) last.text += change.value;
    else segments.push({ kind, text: change.value });
  }
  return segments;
}

/** The text on one side of a diff: the old side leaves out insertions, the new side deletions. */
export function sideText(segments: readonly Segment[], side: 'old' | 'new'): string {
  const skip = side === 'old' ? 'added' : 'removed';
  return segments
    .filter((s) => s.kind !== skip)
    .map((s) => s.text)
    .join('');
}
