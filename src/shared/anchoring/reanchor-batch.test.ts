import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../report/parse-report';
import { seededRandom } from './anchor-test-support';
import { buildDocumentText } from './document-text';
import { reanchorAll, type ReanchorProgress } from './reanchor-batch';
import { generateRevision } from './revision-generator-test-support';
import { annotationsFor, fateOf, tally } from './revision-ground-truth-test-support';

const REPORT_URL = new URL('../../../resources/reports/jiaxing-2024-government-work-report.en.txt', import.meta.url);
const original = buildDocumentText(parseReport(readFileSync(REPORT_URL, 'utf8')));

describe('re-anchoring all annotations on a realistically revised report', () => {
  // 86 edits, paragraphs deleted and moved: later passages shift by thousands of characters.
  const revision = generateRevision(original, 86, seededRandom(4));
  const targets = annotationsFor(original, revision, 600, 120, seededRandom(33));
  const fates = targets.map((t) => fateOf(revision, t.position.start, t.position.end));
  const placements = (results: ReturnType<typeof reanchorAll>) => results.map((r) => (r.status === 'orphaned' ? null : r.target.position));

  it('places unchanged quotes exactly, edited ones on what replaced them, and rarely puts one on other text', () => {
    const counts = tally(fates, placements(reanchorAll({ targets, next: revision.doc, previous: original })));
    expect(counts.edited.total).toBeGreaterThanOrEqual(100);
    // A short quote ("Mayor Li Jun") whose context changed on both sides may be orphaned (see isCredible), never misplaced.
    expect(counts.unchanged.exact).toBeGreaterThanOrEqual(counts.unchanged.total * 0.99);
    expect(counts.unchanged.false).toBe(0);
    expect(counts.edited['on-passage']).toBeGreaterThanOrEqual(counts.edited.total * 0.8);
    expect(counts.edited.false + counts.deleted.false).toBeLessThanOrEqual((counts.edited.total + counts.deleted.total) * 0.05);
  });

  it('keeps every annotation: one result per annotation, orphans with their quote unchanged', () => {
    const results = reanchorAll({ targets, next: revision.doc, previous: original });
    expect(results).toHaveLength(targets.length);
    results.forEach((r, i) => {
      expect(r.target.quote).toEqual(targets[i]!.quote);
      if (r.status === 'orphaned') expect(r.target).toEqual(targets[i]);
    });
  });

  it('orphans, rather than keeps searching for, a quote whose search needs more than its budget', () => {
    // An edited quote that the usual budget finds.
    const found = reanchorAll({ targets, next: revision.doc, previous: original });
    const editedIndex = fates.findIndex((f, i) => f.kind === 'edited' && found[i]!.status === 'fuzzy');
    const one = [targets[editedIndex]!];
    expect(reanchorAll({ targets: one, next: revision.doc, previous: original })[0]!.status).toBe('fuzzy');
    const starved = reanchorAll({ targets: one, next: revision.doc, previous: original, searchSteps: 100 });
    expect(starved).toEqual([{ status: 'orphaned', target: one[0] }]);
  });

  it('reports progress as annotations are done, ending with all of them', () => {
    const seen: ReanchorProgress[] = [];
    reanchorAll({ targets: targets.slice(0, 95), next: revision.doc, previous: original }, (p) => seen.push(p));
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen.at(-1)).toEqual({ done: 95, total: 95 });
    seen.forEach((p, i) => i > 0 && expect(p.done).toBeGreaterThan(seen[i - 1]!.done));
  });
});
