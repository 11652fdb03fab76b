import type { Outline, Section } from '../domain/outline';

/** A paragraph as the comparison sees it: its text, citation and the section it belongs to. */
export interface ComparableParagraph {
  id: string;
  citation: string;
  text: string;
  /** The innermost section's citation path ("II.9"; "" for the preamble). */
  sectionLabel: string;
  /** The innermost section's heading as printed ("" when it has none). */
  sectionHeading: string;
}

/** "II.9 ¶3" → "II.9"; "¶3" → "". */
export function sectionPathOf(citation: string): string {
  return citation.replace(/\s*¶\d+$/, '');
}

/** Every paragraph of the outline in reading order, with its section (headings are not paragraphs). */
export function comparableParagraphs(outline: Outline): ComparableParagraph[] {
  return paragraphsOfSections(outline.sections);
}

/** Every paragraph of these sections and their descendants in reading order, with its section. */
export function paragraphsOfSections(sections: readonly Section[]): ComparableParagraph[] {
  const out: ComparableParagraph[] = [];
  const visit = (sections: readonly Section[]): void => {
    for (const section of sections) {
      for (const p of section.paragraphs) {
        out.push({
          id: p.id,
          citation: p.citation,
          text: p.text,
          sectionLabel: sectionPathOf(p.citation),
          sectionHeading: section.heading,
        });
      }
      visit(section.children);
    }
  };
  visit(sections);
  return out;
}
