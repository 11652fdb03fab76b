/**
 * Anchoring benchmark: 1,000 annotations on the bundled report re-anchored onto a seeded revision
 * (5% of the paragraphs edited, two deleted), timed and checked for accuracy, and compared with a
 * Hypothesis-style baseline (bench/hypothesis-style-anchor.ts) on the same input.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AnnotationTarget } from '../src/shared/domain/annotation';
import { parseReport } from '../src/shared/report/parse-report';
import { reanchorTarget } from '../src/shared/anchoring/anchor';
import type { ParagraphEdit, Revision } from '../src/shared/anchoring/anchor-test-support';
import { randomInt, revise, seededRandom, sentenceEnds, wordSpans } from '../src/shared/anchoring/anchor-test-support';
import { describePassage } from '../src/shared/anchoring/describe-passage';
import type { DocumentText } from '../src/shared/anchoring/document-text';
import { buildDocumentText } from '../src/shared/anchoring/document-text';
import { hypothesisStyleAnchor } from './hypothesis-style-anchor';
import { medianMs, type Metric } from './measure';

const ANNOTATIONS = 1000;
const EDITED_SHARE = 0.05;
const DELETED_PARAGRAPHS = 2;
const RUNS = 5;
const INSERTED_SENTENCES = [
  ' We will also strengthen coordination between departments and report progress to the deputies every quarter.',
  ' This work will be evaluated by an independent third party before the end of the year.',
];
const NEW_WORDS = ['steadily', 'comprehensive', 'regional', 'sustained', 'modern'];

/** One realistic edit of a paragraph: insert a sentence, change a word, or delete a clause. */
function editParagraph(text: string, kind: number, random: () => number): ParagraphEdit | undefined {
  if (kind === 0) {
    const ends = sentenceEnds(text);
    const at = ends.length > 0 ? ends[randomInt(random, 0, ends.length - 1)]! : text.length;
    return { at, remove: 0, insert: INSERTED_SENTENCES[randomInt(random, 0, INSERTED_SENTENCES.length - 1)]! };
  }
  if (kind === 2) {
    const commas = [...text.matchAll(/,/g)].map((m) => m.index);
    if (commas.length >= 2) {
      const i = randomInt(random, 0, commas.length - 2);
      return { at: commas[i]!, remove: commas[i + 1]! - commas[i]!, insert: '' };
    }
  }
  const words = wordSpans(text, 5);
  const word = words[randomInt(random, 0, words.length - 1)];
  if (word === undefined) return undefined;
  const replacement = NEW_WORDS.find((w) => w !== text.slice(word.start, word.end))!;
  return { at: word.start, remove: word.end - word.start, insert: replacement };
}

function makeRevision(original: DocumentText, random: () => number): Revision {
  const edits = new Map<number, ParagraphEdit>();
  const count = original.paragraphs.length;
  const long = original.paragraphs.map((p, i) => ({ i, length: p.end - p.start })).filter((p) => p.length >= 200);
  const edited = Math.max(1, Math.round(count * EDITED_SHARE));
  for (let kind = 0; edits.size < edited && long.length > 0; kind = (kind + 1) % 3) {
    const { i } = long.splice(randomInt(random, 0, long.length - 1), 1)[0]!;
    const p = original.paragraphs[i]!;
    const edit = editParagraph(original.text.slice(p.start, p.end), kind, random);
    if (edit) edits.set(i, edit);
  }
  while (edits.size < edited + DELETED_PARAGRAPHS && long.length > 0) edits.set(long.splice(randomInt(random, 0, long.length - 1), 1)[0]!.i, 'delete');
  return revise(original, edits);
}

function makeTargets(original: DocumentText, random: () => number): AnnotationTarget[] {
  const targets: AnnotationTarget[] = [];
  while (targets.length < ANNOTATIONS) {
    const start = randomInt(random, 0, original.text.length - 10);
    const target = describePassage(original, start, start + randomInt(random, 10, 200));
    if (target && target.quote.exact.length >= 10) targets.push(target);
  }
  return targets;
}

/** Share (%) of the annotations whose quote survives unchanged that land on exactly its new characters. */
function accuracy(targets: readonly AnnotationTarget[], placements: ReadonlyArray<{ start: number; end: number } | null>, revision: Revision) {
  let present = 0;
  let right = 0;
  targets.forEach((target, i) => {
    const expected = revision.mapUnchanged(target.position.start, target.position.end);
    if (expected === null) return;
    present++;
    const placed = placements[i];
    if (placed && placed.start === expected.start && placed.end === expected.end) right++;
  });
  return { present, pct: (100 * right) / Math.max(1, present) };
}

export async function benchAnchoring(): Promise<Record<string, Metric>> {
  const root = resolve(import.meta.dirname, '..');
  const report = await readFile(join(root, 'resources/reports/jiaxing-2024-government-work-report.en.txt'), 'utf8');
  const original = buildDocumentText(parseReport(report));
  const random = seededRandom(20240130);
  const revision = makeRevision(original, random);
  const targets = makeTargets(original, random);

  const ours = () => targets.map((t) => reanchorTarget(t, revision.doc));
  const theirs = () => targets.map((t) => hypothesisStyleAnchor(t, revision.doc.text));
  const oursMs = await medianMs(ours, RUNS, 1);
  const theirsMs = await medianMs(theirs, RUNS, 1);
  const placed = ours().map((r) => (r.status === 'orphaned' ? null : r.target.position));
  const ourAccuracy = accuracy(targets, placed, revision);
  const theirAccuracy = accuracy(targets, theirs(), revision);
  const orphaned = placed.filter((p) => p === null).length;

  const size = `bundled report, ${ANNOTATIONS} annotations of 10–200 chars, ${Math.round(EDITED_SHARE * 100)}% of paragraphs edited + ${DELETED_PARAGRAPHS} deleted`;
  return {
    'anchor.reanchor_1000_ms': { value: oursMs, unit: 'ms', size: `${size}, median of ${RUNS}`, target: '< 300', met: oursMs < 300 },
    'anchor.reanchor_accuracy_pct': {
      value: ourAccuracy.pct,
      unit: '%',
      size: `${ourAccuracy.present} annotations whose quote is unchanged; ${orphaned} orphaned overall; baseline ${theirAccuracy.pct.toFixed(1)}%`,
      target: '≥ 98',
      met: ourAccuracy.pct >= 98,
    },
    'anchor.hypothesis_style_ms': { value: theirsMs, unit: 'ms', size: `same input, Hypothesis-style baseline, median of ${RUNS}` },
    'anchor.hypothesis_ratio': { value: oursMs / theirsMs, unit: '×', size: 'anchor.reanchor_1000_ms / anchor.hypothesis_style_ms', target: '< 1', met: oursMs < theirsMs },
  };
}
