import type { Paragraph, Section } from '../../../shared/domain/outline';

/**
 * How a section is shown:
 * - `preamble`: the unnumbered, unheaded opening before the first part (listed as "Opening");
 * - `heading`: a part or numbered item (listed in the outline);
 * - `closing`: unnumbered, unheaded paragraphs that close a part (rendered, never listed).
 */
export type SectionRole = 'preamble' | 'heading' | 'closing';

/** A section of the report with its path (`II.9`), used for element ids and the outline. */
export interface ReaderSection {
  /** Dotted path of labels, e.g. `II`, `II.9`; `preamble`; `sN`/`closing` for unnumbered sections. */
  path: string;
  /** Path of the nearest section listed in the outline (itself unless it is a closing). */
  outlinePath: string;
  role: SectionRole;
  /** 0 for parts, 1 for items, 2 and more below. */
  depth: number;
  label: string | null;
  /** The label as printed before the heading: `II.`, `9.`, `一、`, `（一）`. */
  displayLabel: string | null;
  heading: string;
  paragraphs: Paragraph[];
  children: ReaderSection[];
}

/** One entry of the outline panel. */
export interface OutlineEntry {
  path: string;
  role: 'preamble' | 'heading';
  depth: number;
  displayLabel: string | null;
  heading: string;
  children: OutlineEntry[];
}

const ROMAN = /^[IVXLCDM]+$/i;
const ARABIC = /^\d+$/;
const CJK_NUMERAL = /^[〇零一二三四五六七八九十百千两]+$/;

/** The label as printed in front of a heading: Roman and Arabic numbers take a full stop, Chinese numerals an enumeration comma. */
export function formatLabel(label: string | null): string | null {
  if (label === null) return null;
  const trimmed = label.trim();
  if (trimmed === '') return null;
  if (ROMAN.test(trimmed) || ARABIC.test(trimmed)) return `${trimmed}.`;
  if (CJK_NUMERAL.test(trimmed)) return `${trimmed}、`;
  return trimmed;
}

/** The path segment of a label: printed punctuation is not part of it (`（一）` stays, `1.` becomes `1`). */
function labelSegment(label: string): string {
  return label.trim().replace(/[.、．\s]+$/u, '');
}

/** Gives every section a unique path and a role; parts are depth 0. */
export function buildReaderTree(sections: readonly Section[]): ReaderSection[] {
  return buildLevel(sections, null, null, 0);
}

function buildLevel(
  sections: readonly Section[],
  parentPath: string | null,
  parentOutlinePath: string | null,
  depth: number,
): ReaderSection[] {
  const used = new Set<string>();
  return sections.map((section, index) => {
    const role = roleOf(section, index, depth);
    const base =
      section.label !== null && labelSegment(section.label) !== ''
        ? labelSegment(section.label)
        : role === 'preamble'
          ? 'preamble'
          : role === 'closing'
            ? 'closing'
            : `s${index + 1}`;
    let segment = base;
    for (let n = 2; used.has(segment); n += 1) segment = `${base}-${n}`;
    used.add(segment);
    const path = parentPath === null ? segment : `${parentPath}.${segment}`;
    const outlinePath = role === 'closing' && parentOutlinePath !== null ? parentOutlinePath : path;
    return {
      path,
      outlinePath,
      role,
      depth,
      label: section.label,
      displayLabel: formatLabel(section.label),
      heading: section.heading,
      paragraphs: section.paragraphs,
      children: buildLevel(section.children, path, outlinePath, depth + 1),
    };
  });
}

function roleOf(section: Section, index: number, depth: number): SectionRole {
  const unheaded = section.label === null && section.heading.trim() === '';
  if (!unheaded) return 'heading';
  return depth === 0 && index === 0 ? 'preamble' : 'closing';
}

/** The outline panel's tree: preamble, parts, their items; closings left out. */
export function outlineEntries(tree: readonly ReaderSection[]): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  for (const section of tree) {
    if (section.role === 'closing') continue;
    entries.push({
      path: section.path,
      role: section.role,
      depth: section.depth,
      displayLabel: section.displayLabel,
      heading: section.heading,
      children: outlineEntries(section.children),
    });
  }
  return entries;
}

/** The outline in reading order, one row per entry. */
export function flattenOutline(entries: readonly OutlineEntry[]): OutlineEntry[] {
  return entries.flatMap((entry) => [entry, ...flattenOutline(entry.children)]);
}

/** The heading level in the reading pane: parts h2, items h3, anything deeper h4 (the document title is the h1). */
export function headingLevel(depth: number): 2 | 3 | 4 {
  return depth <= 0 ? 2 : depth === 1 ? 3 : 4;
}

/** A rough guess of the language of report text, for `lang` (fonts and screen readers). */
export function guessTextLanguage(sample: string): 'zh-CN' | 'en' {
  const cjk = sample.match(/[\u3400-\u9fff]/gu)?.length ?? 0;
  return cjk > sample.length / 10 ? 'zh-CN' : 'en';
}

/** Each paragraph's outline path (a closing's paragraphs belong to their part), for filtering by section. */
export function paragraphSectionPaths(tree: readonly ReaderSection[]): Map<string, string> {
  const paths = new Map<string, string>();
  const visit = (sections: readonly ReaderSection[]) => {
    for (const section of sections) {
      for (const paragraph of section.paragraphs) paths.set(paragraph.id, section.outlinePath);
      visit(section.children);
    }
  };
  visit(tree);
  return paths;
}
