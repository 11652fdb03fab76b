/**
 * Two different documents of the library (last year's report and this year's) compared section by
 * section: the sections are paired by heading and text (compare-sections.ts); inside each pair the
 * paragraphs are aligned and diffed word by word as two versions are (align-paragraphs.ts,
 * word-diff.ts), and the figures that changed are named (figure-changes.ts). Sections only in one
 * document are listed as added or removed, with their paragraphs.
 */
import type { Outline } from '../domain/outline';
import { extractFigures } from '../figures/extract-figures';
import type { Figure } from '../figures/figure';
import { alignParagraphs } from './align-paragraphs';
import { comparisonRows } from './change-list';
import { compareSections, type SectionText } from './compare-sections';
import type { DocumentComparison } from './comparison-schema';
import { figureChanges } from './figure-changes';

/** Paragraphs of two years' matched sections at least this alike are shown as one paragraph changed, word by word. */
export const YEARS_MIN_SIMILARITY = 0.3;

const head = (section: SectionText | null) => (section ? { label: section.label, heading: section.heading } : null);

/** The figures of a section: those of its paragraphs. */
function figuresOf(section: SectionText, byParagraph: ReadonlyMap<string, Figure[]>): Figure[] {
  return section.paragraphs.flatMap((p) => byParagraph.get(p.id) ?? []);
}

function figuresByParagraph(outline: Outline): Map<string, Figure[]> {
  const map = new Map<string, Figure[]>();
  for (const figure of extractFigures(outline)) map.set(figure.paragraphId, [...(map.get(figure.paragraphId) ?? []), figure]);
  return map;
}

export function compareDocuments(before: Outline, after: Outline): DocumentComparison {
  const pairs = compareSections(before, after);
  const oldFigures = figuresByParagraph(before);
  const newFigures = figuresByParagraph(after);
  const sections = pairs.map((pair) => ({
    kind: pair.kind,
    old: head(pair.old),
    new: head(pair.new),
    similarity: pair.similarity,
    rows: comparisonRows(alignParagraphs(pair.old?.paragraphs ?? [], pair.new?.paragraphs ?? [], YEARS_MIN_SIMILARITY)),
    figures: pair.kind === 'paired' ? figureChanges(figuresOf(pair.old, oldFigures), figuresOf(pair.new, newFigures)) : [],
  }));
  const count = (test: (s: (typeof sections)[number]) => boolean) => sections.filter(test).length;
  return {
    sections,
    counts: {
      paired: count((s) => s.kind === 'paired'),
      changed: count((s) => s.kind === 'paired' && s.rows.some((r) => r.kind !== 'same')),
      onlyOld: count((s) => s.kind === 'only-old'),
      onlyNew: count((s) => s.kind === 'only-new'),
    },
  };
}
