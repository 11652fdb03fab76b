/**
 * The body of a draft: reasons, basis, numbered measures and cited passages under numbered headings
 * (一、二、三、 / I. II. III.), each left out when empty.
 */
import type { DraftContent } from '../../../shared/domain/draft';
import type { ExportLabels } from './labels';
import type { Block } from './official-document';
import type { Typography } from './official-layout';
import { fieldParagraphs } from './field-headings';
import { bodyParagraphs, headingParagraph } from './official-blocks';
import { singleLine, splitParagraphs } from './xml-text';

interface Section {
  readonly heading: string;
  /** The section's blocks; `keepEnd` keeps its last paragraph on the page of what follows. */
  readonly build: (keepEnd: boolean) => Block[];
}

const lastFlag = (keepEnd: boolean, i: number, count: number) => keepEnd && i === count - 1;

function measureBlocks(t: Typography, labels: ExportLabels, measures: readonly string[], keepEnd: boolean): Block[] {
  const present = measures.filter((m) => splitParagraphs(m).length > 0);
  return present.flatMap((measure, i) => bodyParagraphs(t, measure, labels.measureNumber(i + 1), lastFlag(keepEnd, i, present.length)));
}

function citationBlocks(t: Typography, labels: ExportLabels, draft: DraftContent, keepEnd: boolean): Block[] {
  return draft.citations.flatMap((c, i) => {
    const keep = lastFlag(keepEnd, i, draft.citations.length);
    const quote = splitParagraphs(c.quote).join('\n');
    const source = labels.source(singleLine(c.citation), singleLine(c.documentTitle));
    if (quote === '') return bodyParagraphs(t, source, '', keep);
    return bodyParagraphs(t, labels.cited(quote, source), '', keep);
  });
}

/**
 * The numbered sections of a draft's body, in the order reasons, basis, measures, citations. The last
 * paragraph keeps with what follows (the co-signers, the signature and the date), so the date never
 * stands alone on a page.
 */
export function draftSections(t: Typography, labels: ExportLabels, draft: DraftContent): Block[] {
  const kind = draft.kind;
  const sections: Section[] = [
    { heading: labels.reasons[kind], build: (keep) => fieldParagraphs(t, draft.reasons, keep) },
    { heading: labels.basis[kind], build: (keep) => fieldParagraphs(t, draft.basis, keep) },
    { heading: labels.measures[kind], build: (keep) => measureBlocks(t, labels, draft.measures, keep) },
    { heading: labels.citations, build: (keep) => citationBlocks(t, labels, draft, keep) },
  ];
  const present = sections.filter((s) => s.build(false).length > 0);
  return present.flatMap((s, i) => [headingParagraph(t, labels.sectionNumber(i + 1) + s.heading, 1), ...s.build(i === present.length - 1)]);
}
