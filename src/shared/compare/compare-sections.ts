/**
 * Two different documents (last year's report against this year's) compared section by section:
 * their sections at the outline's second level (items, or parts when a part has no items) are
 * paired in order by how alike their headings and texts are (jsdiff's array diff over normalised
 * headings first, then the most alike text among the rest), and each pair says how much of its text
 * is the same.
 */
import { diffArrays } from 'diff';
import type { Outline, Section } from '../domain/outline';
import { paragraphSimilarity } from './align-paragraphs';
import { paragraphsOfSections, sectionPathOf, type ComparableParagraph } from './comparable-paragraphs';

export interface SectionText {
  label: string;
  heading: string;
  text: string;
  /** The paragraphs the text is made of, in reading order. */
  paragraphs: ComparableParagraph[];
}

export type SectionPair =
  | { kind: 'paired'; old: SectionText; new: SectionText; similarity: number }
  | { kind: 'only-old'; old: SectionText; new: null; similarity: 0 }
  | { kind: 'only-new'; old: null; new: SectionText; similarity: 0 };

/** Sections whose texts are at least this alike are paired even when their headings differ. */
export const SECTION_MIN_SIMILARITY = 0.4;

function sectionTexts(outline: Outline): SectionText[] {
  const out: SectionText[] = [];
  const visit = (sections: readonly Section[], depth: number): void => {
    for (const section of sections) {
      const own = section.paragraphs.map((p) => p.text);
      const leaf = depth >= 1 || section.children.length === 0;
      if (own.length > 0 || leaf) {
        const label = section.paragraphs[0] ? sectionPathOf(section.paragraphs[0].citation) : (section.label ?? '');
        const paragraphs = paragraphsOfSections([leaf ? section : { ...section, children: [] }]);
        out.push({ label, heading: section.heading, text: leaf ? flatText(section) : own.join('\n'), paragraphs });
      }
      if (!leaf) visit(section.children, depth + 1);
    }
  };
  visit(outline.sections, 0);
  return out.filter((s) => s.text !== '' || s.heading !== '');
}

function flatText(section: Section): string {
  return [...section.paragraphs.map((p) => p.text), ...section.children.map(flatText)].filter(Boolean).join('\n');
}

/** A heading without its year and figures: "2023年工作回顾" and "2024年工作回顾" name the same section. */
const headingKey = (heading: string) =>
  heading
    .replace(/[\d０-９]+/g, '#')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export function compareSections(before: Outline, after: Outline): SectionPair[] {
  const olds = sectionTexts(before);
  const news = sectionTexts(after);
  const runs = diffArrays(
    olds.map((s) => headingKey(s.heading)),
    news.map((s) => headingKey(s.heading)),
  );
  const pairs: SectionPair[] = [];
  let i = 0;
  let j = 0;
  let gapOld: SectionText[] = [];
  let gapNew: SectionText[] = [];
  const closeGap = () => {
    let next = 0;
    for (const old of gapOld) {
      let best = -1;
      let bestScore = SECTION_MIN_SIMILARITY;
      gapNew.forEach((candidate, k) => {
        const score = k < next ? 0 : paragraphSimilarity(old.text, candidate.text);
        if (score >= bestScore) {
          best = k;
          bestScore = score;
        }
      });
      const match = gapNew[best];
      if (match === undefined) {
        pairs.push({ kind: 'only-old', old, new: null, similarity: 0 });
        continue;
      }
      for (const added of gapNew.slice(next, best)) pairs.push({ kind: 'only-new', old: null, new: added, similarity: 0 });
      pairs.push({ kind: 'paired', old, new: match, similarity: bestScore });
      next = best + 1;
    }
    for (const added of gapNew.slice(next)) pairs.push({ kind: 'only-new', old: null, new: added, similarity: 0 });
    gapOld = [];
    gapNew = [];
  };
  for (const run of runs) {
    const taken = (from: SectionText[], at: number) => from.slice(at, at + run.count);
    if (!run.added && !run.removed) {
      closeGap();
      const oldPart = taken(olds, i);
      const newPart = taken(news, j);
      oldPart.forEach((old, k) => {
        const now = newPart[k];
        if (now) pairs.push({ kind: 'paired', old, new: now, similarity: paragraphSimilarity(old.text, now.text) });
      });
      i += run.count;
      j += run.count;
    } else if (run.removed) {
      gapOld.push(...taken(olds, i));
      i += run.count;
    } else {
      gapNew.push(...taken(news, j));
      j += run.count;
    }
  }
  closeGap();
  return pairs;
}
