/** Mutable section type used while the outline is being built; converted to domain Sections at the end. */
import type { Section } from '../domain/outline';
import type { NumberingStyle } from './heading-patterns';

/**
 * - `root`: invisible container of the top-level sections (level 0)
 * - `preamble`: text before the first heading; `closing`: a part's closing paragraphs after its
 *   numbered items; both have label null and heading ""
 * - `continued`: the text after a heading the deputy demoted, in place in the enclosing section
 *   (label null, heading ""); unlike a closing block, numbered items may follow it
 * - `part` / `item`: numbered; `plain`: unnumbered heading; `markdown`: "#" heading
 */
export type DraftKind = 'root' | 'preamble' | 'part' | 'item' | 'plain' | 'markdown' | 'closing' | 'continued';

export interface DraftSection {
  kind: DraftKind;
  style: NumberingStyle | null;
  label: string | null;
  heading: string;
  level: number;
  paragraphs: string[];
  children: DraftSection[];
  /** The heading line also carried the first body paragraph ("1. We did X. We continued…"). */
  inlineBody: boolean;
  /** Last number accepted per numbering style among the children (for sequence checks). */
  lastValue: Map<NumberingStyle, number>;
}

export function newDraft(
  kind: DraftKind,
  level: number,
  fields: Partial<Pick<DraftSection, 'style' | 'label' | 'heading'>> = {},
): DraftSection {
  return {
    kind,
    style: fields.style ?? null,
    label: fields.label ?? null,
    heading: fields.heading ?? '',
    level,
    paragraphs: [],
    children: [],
    inlineBody: false,
    lastValue: new Map(),
  };
}

/** Converts to domain Sections; ids and citations are filled in later passes. */
export function draftToSections(drafts: DraftSection[]): Section[] {
  return drafts.map((d) => ({
    label: d.label,
    heading: d.heading,
    level: d.level,
    paragraphs: d.paragraphs.map((text) => ({ id: '', citation: '', text })),
    children: draftToSections(d.children),
  }));
}
