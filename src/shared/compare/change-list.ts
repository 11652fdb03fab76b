/** The change list: every paragraph that is not the same in both versions, grouped by section in reading order. */
import type { AlignedRow } from './align-paragraphs';
import type { ChangeSection, ComparisonRow } from './comparison-schema';
import { editSummary, shorten } from './edit-summary';
import { wordDiff } from './word-diff';

/** Characters of a whole added or deleted paragraph shown in the list. */
const EXCERPT_LENGTH = 48;

/** Each aligned row with its word-level segments (changed rows only). */
export function comparisonRows(aligned: readonly AlignedRow[]): ComparisonRow[] {
  const ref = (p: AlignedRow['old']) => (p ? { id: p.id, citation: p.citation, text: p.text } : null);
  return aligned.map((row) => ({
    kind: row.kind,
    old: ref(row.old),
    new: ref(row.new),
    segments: row.kind === 'changed' ? wordDiff(row.old.text, row.new.text) : [],
  }));
}

export function changeList(aligned: readonly AlignedRow[], rows: readonly ComparisonRow[]): ChangeSection[] {
  const sections: ChangeSection[] = [];
  aligned.forEach((row, index) => {
    if (row.kind === 'same') return;
    const paragraph = row.new ?? row.old;
    const oldCitation = row.old && row.new && row.old.citation !== row.new.citation ? row.old.citation : null;
    const last = sections.at(-1);
    const section =
      last && last.label === paragraph.sectionLabel && last.heading === paragraph.sectionHeading
        ? last
        : { label: paragraph.sectionLabel, heading: paragraph.sectionHeading, changes: [] };
    if (section !== last) sections.push(section);
    section.changes.push({
      row: index,
      kind: row.kind,
      citation: paragraph.citation,
      oldCitation,
      edits: row.kind === 'changed' ? editSummary(rows[index]?.segments ?? []) : [],
      excerpt: row.kind === 'added' || row.kind === 'removed' ? shorten(paragraph.text, EXCERPT_LENGTH) : '',
    });
  });
  return sections;
}
