/**
 * Human citation labels for paragraphs: "¶3" (preamble), "II ¶2" (part), "II.9 ¶3" (item),
 * "一.(二).3 ¶1" (deeper levels joined with ".").
 *
 * Choices:
 * - Labels are stored as printed ("（一）", "（1）"); in citations full-width or ASCII brackets
 *   become ASCII parentheses, so "（一）" cites as "(一)" and "（1）" as "(1)". Keeping the
 *   brackets avoids the ambiguity between "一、" parts and "（一）" sub-items.
 * - Sections with label null and heading "" (preamble, a part's closing block, unstructured text)
 *   add nothing to the path and continue their parent's paragraph numbering: closing paragraphs
 *   of part I after 5 opening paragraphs are "I ¶6", "I ¶7", …
 * - Sections with label null and a heading (unnumbered or Markdown headings) are cited by their
 *   position among their headed siblings (the opening does not count), marked with "§":
 *   the first heading's paragraphs are "§1 ¶1", its third unnumbered sub-heading's "§1.§3 ¶1".
 */
import type { Section } from '../domain/outline';

/** Citation form of a printed label: brackets normalized to "(…)", trailing punctuation dropped. */
export function citationLabel(label: string): string {
  const trimmed = label.trim().replace(/[.．、。]+$/, '');
  const m = /^[（(](.*)[）)]$/.exec(trimmed);
  return m?.[1] !== undefined ? `(${m[1]})` : trimmed;
}

function cite(path: readonly string[], n: number): string {
  return path.length === 0 ? `¶${n}` : `${path.join('.')} ¶${n}`;
}

interface Counter {
  n: number;
}

function assign(sections: Section[], path: readonly string[], counter: Counter): void {
  let headed = 0;
  for (const section of sections) {
    let ownPath = path;
    let ownCounter = counter;
    if (section.label !== null || section.heading !== '') headed += 1;
    if (section.label !== null) {
      ownPath = [...path, citationLabel(section.label)];
      ownCounter = { n: 0 };
    } else if (section.heading !== '') {
      // "§" on every unnumbered segment keeps "§1.§2" apart from a numbered "§1.2".
      ownPath = [...path, `§${headed}`];
      ownCounter = { n: 0 };
    }
    for (const paragraph of section.paragraphs) {
      ownCounter.n += 1;
      paragraph.citation = cite(ownPath, ownCounter.n);
    }
    assign(section.children, ownPath, ownCounter);
  }
}

/** Fills in `citation` for every paragraph (in place). */
export function assignCitations(sections: Section[]): void {
  assign(sections, [], { n: 0 });
}
