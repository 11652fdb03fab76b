import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnnotationTarget } from '../domain/annotation';
import { parseReport } from '../report/parse-report';
import { reanchorTarget } from './anchor';
import type { ParagraphEdit } from './anchor-test-support';
import { randomInt, revise, seededRandom, wordSpans } from './anchor-test-support';
import { describePassage } from './describe-passage';
import { buildDocumentText, paragraphIndexAt } from './document-text';

const REPORT_URL = new URL('../../../resources/reports/jiaxing-2024-government-work-report.en.txt', import.meta.url);
const original = buildDocumentText(parseReport(readFileSync(REPORT_URL, 'utf8')));
const REPLACEMENTS = ['strengthen', 'regional', 'comprehensive', 'sustained', 'balanced', 'modern'];

/** 50 passages of 20–160 characters spread evenly over the report. */
function passages(): AnnotationTarget[] {
  const random = seededRandom(2024);
  const step = original.text.length / 50;
  const targets: AnnotationTarget[] = [];
  for (let i = 0; i < 50; i++) {
    const start = Math.floor(i * step + random() * step * 0.5);
    const target = describePassage(original, start, start + randomInt(random, 20, 160));
    if (target) targets.push(target);
  }
  return targets;
}

describe('re-anchoring on a revision of the bundled report', () => {
  const targets = passages();
  const edits = new Map<number, ParagraphEdit>();
  // A sentence inserted in the preamble ("On behalf of the Municipal People's Government…").
  const preamble = original.paragraphs.findIndex((p) => original.text.slice(p.start, p.end).startsWith('On behalf of'));
  edits.set(preamble, {
    at: 0,
    remove: 0,
    insert: 'First of all, I thank all deputies for their trust and hard work over the past year. ',
  });
  // One word changed inside 10 quotes, each in its own paragraph, the word strictly inside the quote.
  const changed = new Set<number>();
  targets.forEach((target, index) => {
    if (changed.size >= 10) return;
    const paragraphIndex = paragraphIndexAt(original.paragraphs, target.position.start);
    if (edits.has(paragraphIndex) || edits.has(paragraphIndex + 1)) return;
    const paragraph = original.paragraphs[paragraphIndex]!;
    const words = wordSpans(target.quote.exact, 5).filter((w) => w.start > 0 && w.end < target.quote.exact.length);
    const word = words[Math.floor(words.length / 2)];
    if (word === undefined || target.position.end > paragraph.end) return;
    const text = target.quote.exact.slice(word.start, word.end);
    const insert = REPLACEMENTS.find((r) => r !== text)!;
    edits.set(paragraphIndex, { at: target.position.start - paragraph.start + word.start, remove: word.end - word.start, insert });
    changed.add(index);
  });
  const revision = revise(original, edits);

  it('has realistic edits', () => {
    expect(preamble).toBeGreaterThanOrEqual(0);
    expect(changed.size).toBe(10);
    expect(targets.length).toBe(50);
    expect(revision.doc.text.length).toBeGreaterThan(original.text.length + 80);
  });

  it('places every unchanged quote exactly on its characters', () => {
    let unchanged = 0;
    targets.forEach((target) => {
      const expected = revision.mapUnchanged(target.position.start, target.position.end);
      if (expected === null) return;
      unchanged++;
      const { status, target: moved } = reanchorTarget(target, revision.doc);
      expect(status).toBe('exact');
      expect(moved.position).toEqual(expected);
      expect(revision.doc.text.slice(expected.start, expected.end)).toBe(target.quote.exact);
    });
    expect(unchanged).toBeGreaterThanOrEqual(38);
  });

  it('places every quote with a changed word fuzzily on the edited characters', () => {
    for (const index of changed) {
      const target = targets[index]!;
      const expected = revision.mapRange(target.position.start, target.position.end)!;
      const { status, target: moved } = reanchorTarget(target, revision.doc);
      expect({ index, status }).toEqual({ index, status: 'fuzzy' });
      expect(revision.doc.text.slice(moved.position.start, moved.position.end)).toBe(revision.doc.text.slice(expected.start, expected.end));
      expect(moved.position).toEqual(expected);
      expect(moved.quote).toEqual(target.quote);
    }
  });

  it('re-anchors the whole set quickly', () => {
    const started = performance.now();
    for (const target of targets) reanchorTarget(target, revision.doc);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
