/**
 * Helpers for the anchoring tests and bench/anchor-bench.ts: documents built from paragraph texts,
 * a seeded PRNG, and revisions made of paragraph edits whose offset mapping is known, so a test
 * can tell exactly where an unchanged passage must land.
 */
import { paragraphId } from '../report/paragraph-id';
import type { DocumentText, ParagraphSpan } from './document-text';
import { PARAGRAPH_SEPARATOR } from './document-text';

/** Document text from paragraph texts, ids as the parser assigns them (content hash, "-n" for repeats). */
export function documentFromParagraphs(texts: readonly string[]): DocumentText {
  const seen = new Map<string, number>();
  const paragraphs: ParagraphSpan[] = [];
  let offset = 0;
  texts.forEach((text, index) => {
    if (index > 0) offset += PARAGRAPH_SEPARATOR.length;
    const base = paragraphId(text);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    paragraphs.push({ id: count === 1 ? base : `${base}-${count}`, citation: `¶${index + 1}`, start: offset, end: offset + text.length });
    offset += text.length;
  });
  return { text: texts.join(PARAGRAPH_SEPARATOR), paragraphs };
}

/** Mulberry32: small, fast, deterministic; enough for picking passages and edits. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(random: () => number, min: number, maxInclusive: number): number {
  return min + Math.floor(random() * (maxInclusive - min + 1));
}

/** Replace `remove` characters at `at` (offset inside the paragraph) by `insert`. */
export interface Splice {
  at: number;
  remove: number;
  insert: string;
}

/** Per original paragraph: kept as is (undefined), deleted, or changed by one splice. */
export type ParagraphEdit = 'delete' | Splice;

export interface Revision {
  doc: DocumentText;
  /** New offset of an old offset that was not deleted, or null. An insertion at the offset moves it. */
  mapOffset(offset: number): number | null;
  /** Where an old range now is, or null when a deleted paragraph or deleted text touches it; edits inside are allowed. */
  mapRange(start: number, end: number): { start: number; end: number } | null;
  /** Like mapRange, but null as well when anything inside the range changed. */
  mapUnchanged(start: number, end: number): { start: number; end: number } | null;
}

export function revise(original: DocumentText, edits: ReadonlyMap<number, ParagraphEdit>): Revision {
  const texts: string[] = [];
  const newStarts: Array<number | null> = [];
  let offset = 0;
  original.paragraphs.forEach((p, index) => {
    const edit = edits.get(index);
    if (edit === 'delete') return void newStarts.push(null);
    const text = original.text.slice(p.start, p.end);
    const revised = edit === undefined ? text : text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove);
    if (texts.length > 0) offset += PARAGRAPH_SEPARATOR.length;
    newStarts.push(offset);
    texts.push(revised);
    offset += revised.length;
  });
  const doc = documentFromParagraphs(texts);

  // Old offsets on a separator belong to the paragraph before it (a range's end may sit there).
  const paragraphOf = (o: number): number => {
    let index = 0;
    original.paragraphs.forEach((p, i) => {
      if (p.start <= o) index = i;
    });
    return index;
  };
  const mapOffset = (o: number): number | null => {
    const index = paragraphOf(o);
    const p = original.paragraphs[index]!;
    const start = newStarts[index];
    if (start === null || start === undefined) return null;
    const inner = o - p.start;
    const edit = edits.get(index);
    if (edit === undefined || edit === 'delete' || inner < edit.at) return start + inner;
    if (inner < edit.at + edit.remove) return null;
    return start + inner - edit.remove + edit.insert.length;
  };
  // A deleted paragraph inside the range always counts; with `inside`, so does any edit within it.
  const touched = (start: number, end: number, inside: boolean): boolean => {
    for (let i = paragraphOf(start); i <= paragraphOf(Math.max(start, end - 1)); i++) {
      const edit = edits.get(i);
      if (edit === 'delete') return true;
      if (edit === undefined || !inside) continue;
      const from = original.paragraphs[i]!.start + edit.at;
      if (edit.remove > 0 ? from < end && from + edit.remove > start : from > start && from < end) return true;
    }
    return false;
  };
  const mapRange = (start: number, end: number, unchanged = false) => {
    if (touched(start, end, unchanged)) return null;
    const s = mapOffset(start);
    // The end maps as the offset just past the last character, so an insertion there does not extend the range.
    const last = mapOffset(end - 1);
    return s === null || last === null ? null : { start: s, end: last + 1 };
  };
  return { doc, mapOffset, mapRange: (s, e) => mapRange(s, e), mapUnchanged: (s, e) => mapRange(s, e, true) };
}

/** Offsets of sentence ends (". " followed by a capital) in a paragraph. */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(/[.;] (?=[A-Z“"])/g)) ends.push(m.index + 1);
  return ends;
}

/** Spans of words of at least `minLength` letters. */
export function wordSpans(text: string, minLength = 4): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(new RegExp(`[A-Za-z]{${minLength},}`, 'g'))) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}
