/**
 * The body of a draft: reasons, basis, numbered measures and cited passages under numbered headings
 * (一、二、三、 / I. II. III.), each left out when empty.
 */
import type { DraftContent } from '../../../shared/domain/draft';
import type { ExportLabels } from './labels';
import type { Block } from './official-document';
import type { Typography } from './official-layout';
import { bodyParagraphs, headingParagraph } from './official-blocks';
import { singleLine, splitParagraphs } from './xml-text';

interface Section {
  readonly heading: string;
  readonly blocks: Block[];
}

function measureBlocks(t: Typography, labels: ExportLabels, measures: readonly string[]): Block[] {
  const present = measures.filter((m) => splitParagraphs(m).length > 0);
  return present.flatMap((measure, i) => bodyParagraphs(t, measure, labels.measureNumber(i + 1)));
}

function citationBlocks(t: Typography, labels: ExportLabels, draft: DraftContent): Block[] {
  return draft.citations.flatMap((c) => {
    const quote = splitParagraphs(c.quote).join('\n');
    const source = labels.source(singleLine(c.citation), singleLine(c.documentTitle));
    if (quote === '') return bodyParagraphs(t, source);
    return bodyParagraphs(t, labels.cited(quote, source));
  });
}

/** The numbered sections of a draft's body, in the order reasons, basis, measures, citations. */
export function draftSections(t: Typography, labels: ExportLabels, draft: DraftContent): Block[] {
  const kind = draft.kind;
  const sections: Section[] = [
    { heading: labels.reasons[kind], blocks: bodyParagraphs(t, draft.reasons) },
    { heading: labels.basis[kind], blocks: bodyParagraphs(t, draft.basis) },
    { heading: labels.measures[kind], blocks: measureBlocks(t, labels, draft.measures) },
    { heading: labels.citations, blocks: citationBlocks(t, labels, draft) },
  ];
  return sections
    .filter((s) => s.blocks.length > 0)
    .flatMap((s, i) => [headingParagraph(t, labels.sectionNumber(i + 1) + s.heading, 1), ...s.blocks]);
}
