/**
 * Seeded revisions of a report made the way government reports are revised between drafts — words
 * replaced inside sentences, figures corrected ("95%" → "96%"), clauses rewritten, sentences
 * inserted and deleted, paragraphs split, merged, moved to another item or deleted — for the
 * anchoring bench and tests. Every character of the revision remembers which character of the
 * original it is (or that it is new), so the GROUND TRUTH of where an annotated passage went, or
 * that it was deleted, comes from the generator and never from the anchoring under test.
 */
import { documentFromParagraphs, randomInt, sentenceEnds, wordSpans } from './anchor-test-support';
import type { DocumentText } from './document-text';

/** A paragraph of the revision: its text and, per character, the original offset (−1 = new text). */
interface TrackedParagraph {
  text: string;
  origin: number[];
}

export type EditKind =
  | 'substitute-word'
  | 'change-figure'
  | 'rewrite-clause'
  | 'insert-sentence'
  | 'delete-sentence'
  | 'split-paragraph'
  | 'merge-paragraphs'
  | 'move-paragraph'
  | 'delete-paragraph';

/** How often each kind of edit happens, roughly as in the drafts of a work report. */
const EDIT_WEIGHTS: ReadonlyArray<[EditKind, number]> = [
  ['substitute-word', 30],
  ['change-figure', 15],
  ['rewrite-clause', 8],
  ['insert-sentence', 12],
  ['delete-sentence', 12],
  ['split-paragraph', 6],
  ['merge-paragraphs', 6],
  ['move-paragraph', 6],
  ['delete-paragraph', 5],
];

const INSERTED_SENTENCES = [
  'We will also strengthen coordination between departments and report progress to the deputies every quarter.',
  'This work will be evaluated by an independent third party before the end of the year.',
  'The relevant departments shall publish the list of responsibilities and accept supervision by the public.',
  'Funds for this purpose will be included in the municipal budget and audited every year.',
  'We will listen carefully to the opinions of deputies and members of the CPPCC on this matter.',
  'Pilot programmes will first be carried out in two counties and then extended across the city.',
];
const CLAUSES = [
  'and made solid progress in key areas',
  'while keeping risks under control',
  'with the support of all sectors of society',
  'in line with the provincial plan',
];

export interface GeneratedRevision {
  doc: DocumentText;
  /** Per original offset, its offset in the revision, or −1 when that character was deleted. */
  newOffset: Int32Array;
  /** Per edit that changed text, the original offsets it touched (removed characters, or the one before an insertion). */
  touched: number[][];
  edits: EditKind[];
}

function pickKind(random: () => number): EditKind {
  const total = EDIT_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let roll = random() * total;
  for (const [kind, weight] of EDIT_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return 'substitute-word';
}

function spliced(p: TrackedParagraph, at: number, remove: number, insert: string): TrackedParagraph {
  return {
    text: p.text.slice(0, at) + insert + p.text.slice(at + remove),
    origin: [...p.origin.slice(0, at), ...new Array<number>(insert.length).fill(-1), ...p.origin.slice(at + remove)],
  };
}

/** [start, end) of each sentence; sentences are separated by one space after ". " (see sentenceEnds). */
function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const end of sentenceEnds(text)) {
    spans.push([start, end]);
    start = end + 1;
  }
  spans.push([start, text.length]);
  return spans;
}

/** Applies one edit of `kind` to a random paragraph; false when no paragraph allows it. */
type Editor = (paragraphs: TrackedParagraph[], random: () => number, touch: (origins: number[]) => void) => boolean;

const pick = <T>(random: () => number, items: readonly T[]): T | undefined => items[randomInt(random, 0, items.length - 1)];

/** Index of a random paragraph satisfying `accept`, or −1 (a few tries, then a scan). */
function findParagraph(paragraphs: TrackedParagraph[], random: () => number, accept: (p: TrackedParagraph) => boolean): number {
  for (let attempt = 0; attempt < 20; attempt++) {
    const i = randomInt(random, 0, paragraphs.length - 1);
    if (accept(paragraphs[i]!)) return i;
  }
  return paragraphs.findIndex(accept);
}

/** Replace `remove` characters at `at` in paragraph i, recording what changed. */
function edit(paragraphs: TrackedParagraph[], i: number, at: number, remove: number, insert: string, touch: (o: number[]) => void): void {
  const p = paragraphs[i]!;
  touch(remove > 0 ? p.origin.slice(at, at + remove) : p.origin.slice(Math.max(0, at - 1), at));
  paragraphs[i] = spliced(p, at, remove, insert);
}

function makeEditors(vocabulary: readonly string[]): Record<EditKind, Editor> {
  return {
    'substitute-word': (ps, random, touch) => {
      const i = findParagraph(ps, random, (p) => wordSpans(p.text, 5).length > 0);
      if (i < 0) return false;
      const word = pick(random, wordSpans(ps[i]!.text, 5))!;
      const old = ps[i]!.text.slice(word.start, word.end);
      const from = randomInt(random, 0, vocabulary.length - 1);
      const replacement = vocabulary.find((w, n) => n >= from && w !== old) ?? vocabulary.find((w) => w !== old) ?? 'comprehensive';
      edit(ps, i, word.start, word.end - word.start, replacement, touch);
      return true;
    },
    'change-figure': (ps, random, touch) => {
      const i = findParagraph(ps, random, (p) => /\d/.test(p.text));
      if (i < 0) return false;
      const digits = [...ps[i]!.text.matchAll(/\d+(?:\.\d+)?/g)];
      const figure = pick(random, digits)!;
      // The last digit moves by one: 95% → 96%, 6.3 → 6.4, 2019 → 2010 stays a figure of the same shape.
      const at = figure.index + figure[0].length - 1;
      const next = String((Number(figure[0].at(-1)) + 1) % 10);
      edit(ps, i, at, 1, next, touch);
      return true;
    },
    'rewrite-clause': (ps, random, touch) => {
      const i = findParagraph(ps, random, (p) => (p.text.match(/,/g)?.length ?? 0) >= 2);
      if (i < 0) return false;
      const commas = [...ps[i]!.text.matchAll(/,/g)].map((m) => m.index);
      const n = randomInt(random, 0, commas.length - 2);
      edit(ps, i, commas[n]! + 2, commas[n + 1]! - commas[n]! - 2, pick(random, CLAUSES)!, touch);
      return true;
    },
    'insert-sentence': (ps, random, touch) => {
      const i = findParagraph(ps, random, (p) => p.text.length > 0);
      if (i < 0) return false;
      const ends = [...sentenceEnds(ps[i]!.text), ps[i]!.text.length];
      edit(ps, i, pick(random, ends)!, 0, ` ${pick(random, INSERTED_SENTENCES)!}`, touch);
      return true;
    },
    'delete-sentence': (ps, random, touch) => {
      const i = findParagraph(ps, random, (p) => sentenceEnds(p.text).length >= 1);
      if (i < 0) return false;
      const spans = sentenceSpans(ps[i]!.text);
      const n = randomInt(random, 0, spans.length - 1);
      // With the space that separated it from the next sentence (or, for the last one, the previous).
      const [from, to] = n < spans.length - 1 ? [spans[n]![0], spans[n + 1]![0]] : [spans[n - 1]![1], spans[n]![1]];
      edit(ps, i, from, to - from, '', touch);
      return true;
    },
    'split-paragraph': (ps, random, touch) => {
      const i = findParagraph(ps, random, (p) => sentenceEnds(p.text).length >= 1);
      if (i < 0) return false;
      const p = ps[i]!;
      const at = pick(random, sentenceEnds(p.text))!;
      touch([p.origin[at]!]);
      ps.splice(
        i,
        1,
        { text: p.text.slice(0, at), origin: p.origin.slice(0, at) },
        { text: p.text.slice(at + 1), origin: p.origin.slice(at + 1) },
      );
      return true;
    },
    'merge-paragraphs': (ps, random, touch) => {
      if (ps.length < 2) return false;
      const i = randomInt(random, 0, ps.length - 2);
      const [a, b] = [ps[i]!, ps[i + 1]!];
      touch(a.origin.slice(-1));
      ps.splice(i, 2, { text: `${a.text} ${b.text}`, origin: [...a.origin, -1, ...b.origin] });
      return true;
    },
    'move-paragraph': (ps, random) => {
      // To another item of the report: at least five paragraphs away.
      if (ps.length < 7) return false;
      const from = randomInt(random, 0, ps.length - 1);
      const [moved] = ps.splice(from, 1);
      const choices = [...Array(ps.length + 1).keys()].filter((j) => Math.abs(j - from) >= 5);
      ps.splice(pick(random, choices)!, 0, moved!);
      return true;
    },
    'delete-paragraph': (ps, random, touch) => {
      if (ps.length < 2) return false;
      const i = randomInt(random, 0, ps.length - 1);
      touch(ps[i]!.origin);
      ps.splice(i, 1);
      return true;
    },
  };
}

function tracked(original: DocumentText): TrackedParagraph[] {
  return original.paragraphs.map((p) => ({
    text: original.text.slice(p.start, p.end),
    origin: Array.from({ length: p.end - p.start }, (_, k) => p.start + k),
  }));
}

function assemble(original: DocumentText, paragraphs: TrackedParagraph[], touched: number[][], edits: EditKind[]): GeneratedRevision {
  const doc = documentFromParagraphs(paragraphs.map((p) => p.text));
  const newOffset = new Int32Array(original.text.length).fill(-1);
  paragraphs.forEach((p, i) => {
    const start = doc.paragraphs[i]!.start;
    p.origin.forEach((o, k) => {
      if (o >= 0) newOffset[o] = start + k;
    });
  });
  const kept = touched.map((origins) => origins.filter((o) => o >= 0)).filter((origins) => origins.length > 0);
  return { doc, newOffset, touched: kept, edits };
}

/** A revision with `editCount` edits of the kinds above, chosen by `random`. */
export function generateRevision(original: DocumentText, editCount: number, random: () => number): GeneratedRevision {
  const paragraphs = tracked(original);
  const vocabulary = [...new Set(wordSpans(original.text, 6).map((w) => original.text.slice(w.start, w.end)))].slice(0, 400);
  const editors = makeEditors(vocabulary);
  const touched: number[][] = [];
  const edits: EditKind[] = [];
  while (edits.length < editCount) {
    const kind = pickKind(random);
    if (editors[kind](paragraphs, random, (origins) => touched.push(origins))) edits.push(kind);
  }
  return assemble(original, paragraphs, touched, edits);
}

/**
 * A revision that rewrites `share` of the paragraphs: each rewritten paragraph keeps its length
 * but is made of words drawn from the whole report, in another order (same vocabulary, other text).
 */
export function rewriteParagraphs(original: DocumentText, share: number, random: () => number): GeneratedRevision {
  const words = original.text.split(/\s+/).filter((w) => w.length > 0);
  const paragraphs = tracked(original);
  const touched: number[][] = [];
  const edits: EditKind[] = [];
  paragraphs.forEach((p, i) => {
    if (random() >= share) return;
    const parts: string[] = [];
    for (let length = 0; length < p.text.length; length += parts.at(-1)!.length + 1) parts.push(pick(random, words)!);
    touched.push(p.origin);
    paragraphs[i] = { text: parts.join(' '), origin: new Array<number>(parts.join(' ').length).fill(-1) };
    edits.push('rewrite-clause');
  });
  return assemble(original, paragraphs, touched, edits);
}
