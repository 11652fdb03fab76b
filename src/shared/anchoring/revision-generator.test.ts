import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../report/parse-report';
import { seededRandom } from './anchor-test-support';
import { buildDocumentText } from './document-text';
import { generateRevision, rewriteParagraphs } from './revision-generator-test-support';
import { annotationsFor, fateOf, judge, tally } from './revision-ground-truth-test-support';

const REPORT_URL = new URL('../../../resources/reports/jiaxing-2024-government-work-report.en.txt', import.meta.url);
const original = buildDocumentText(parseReport(readFileSync(REPORT_URL, 'utf8')));

describe('revision generator (the ground truth of the anchoring bench)', () => {
  const revision = generateRevision(original, 60, seededRandom(7));

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateRevision(original, 60, seededRandom(7)).doc.text).toBe(revision.doc.text);
    expect(generateRevision(original, 60, seededRandom(8)).doc.text).not.toBe(revision.doc.text);
  });

  it('makes the requested number of edits, of the kinds reports go through', () => {
    expect(revision.edits).toHaveLength(60);
    const kinds = new Set([7, 8, 9, 10].flatMap((seed) => generateRevision(original, 90, seededRandom(seed)).edits));
    expect([...kinds].sort()).toEqual(
      [
        'change-figure',
        'delete-paragraph',
        'delete-sentence',
        'insert-sentence',
        'merge-paragraphs',
        'move-paragraph',
        'rewrite-clause',
        'split-paragraph',
        'substitute-word',
      ].sort(),
    );
    expect(revision.doc.text).not.toBe(original.text);
  });

  it('maps every surviving character onto the same character of the revision', () => {
    let survivors = 0;
    revision.newOffset.forEach((at, o) => {
      if (at < 0) return;
      survivors++;
      if (revision.doc.text[at] !== original.text[o])
        throw new Error(`offset ${o} → ${at}: "${original.text[o]}" ≠ "${revision.doc.text[at]}"`);
    });
    // Most of the report survives 60 edits, but not all of it.
    expect(survivors).toBeGreaterThan(original.text.length * 0.7);
    expect(survivors).toBeLessThan(original.text.length);
  });

  it('gives ≥ 100 annotations whose quote is edited, some deleted, the rest unchanged where the revision says', () => {
    const targets = annotationsFor(original, revision, 1000, 120, seededRandom(1));
    expect(targets).toHaveLength(1000);
    const fates = targets.map((t) => fateOf(revision, t.position.start, t.position.end));
    const count = (kind: string) => fates.filter((f) => f.kind === kind).length;
    expect(count('edited')).toBeGreaterThanOrEqual(100);
    expect(count('deleted')).toBeGreaterThanOrEqual(20);
    fates.forEach((fate, i) => {
      if (fate.kind === 'unchanged') expect(revision.doc.text.slice(fate.range.start, fate.range.end)).toBe(targets[i]!.quote.exact);
      if (fate.kind === 'edited') expect(revision.doc.text.slice(fate.range.start, fate.range.end)).not.toBe(targets[i]!.quote.exact);
    });
  });

  it('judges a deleted passage placed anywhere as a false placement, and orphaning it as right', () => {
    const rewritten = rewriteParagraphs(original, 1, seededRandom(3));
    const fate = fateOf(rewritten, 1000, 1100);
    expect(fate.kind).toBe('deleted');
    expect(judge(fate, { start: 1000, end: 1100 })).toBe('false');
    expect(judge(fate, null)).toBe('orphan');
    const counts = tally([fate, fate], [null, { start: 5, end: 50 }]);
    expect(counts.deleted).toMatchObject({ total: 2, orphan: 1, false: 1 });
  });
});
