/**
 * 审议笔记 / deliberation notes: the deputy's annotations on a report, grouped by its parts and items,
 * in the official layout.
 */
import type { Annotation } from '../../../shared/domain/annotation';
import type { Outline } from '../../../shared/domain/outline';
import type { Language } from '../../../shared/domain/settings';
import type { ExportLabels } from './labels';
import { formatDocumentDate, labelsFor, localIsoDate } from './labels';
import type { LocatedAnnotation } from './locate-annotations';
import { locateAnnotations } from './locate-annotations';
import type { Block } from './official-document';
import { buildOfficialDocx } from './official-document';
import type { Typography } from './official-layout';
import { typographyFor } from './official-layout';
import { blankLine, bodyParagraphs, headingParagraph, lineParagraph, titleParagraph } from './official-blocks';
import { sectionHeading } from './section-heading';
import { targetsBlocks, targetsTitle, type TargetsTableInput } from './targets-docx';
import { singleLine, splitParagraphs } from './xml-text';

export interface DeliberationNotesInput {
  readonly documentTitle: string;
  readonly outline: Outline;
  /** All of the document's annotations; deleted ones are left out here. */
  readonly annotations: readonly Annotation[];
  readonly language: Language;
  /** The version of the text the annotations are anchored in, and when it arrived. */
  readonly version: { readonly number: number; readonly addedAt: Date };
  readonly exportedAt: Date;
  /** The Targets and results table, printed after the annotations when the deputy asks for it. */
  readonly targets?: TargetsTableInput;
}

function entryBlocks(t: Typography, labels: ExportLabels, n: number, located: LocatedAnnotation): Block[] {
  const { annotation, citation } = located;
  const kind = labels.notes.kind[annotation.kind];
  const head = citation === '' ? kind : `${kind}${t.language === 'zh-CN' ? '' : ' '}${labels.source(citation, '')}`;
  const blocks: Block[] = bodyParagraphs(t, head, labels.measureNumber(n));
  const quote = splitParagraphs(annotation.target.quote.exact).join('\n');
  if (quote !== '') blocks.push(...bodyParagraphs(t, labels.quote(quote), labels.field(labels.notes.passage, '')));
  if (splitParagraphs(annotation.note).length > 0) blocks.push(...bodyParagraphs(t, annotation.note, labels.field(labels.notes.note, '')));
  const tags = annotation.tags.map(singleLine).filter((tag) => tag !== '');
  if (tags.length > 0) blocks.push(...bodyParagraphs(t, labels.field(labels.notes.tags, labels.list(tags))));
  return blocks;
}

/** Builds the deliberation notes of a report as a DOCX. */
export async function buildDeliberationNotesDocx(input: DeliberationNotesInput): Promise<Buffer> {
  const { language } = input;
  const t = typographyFor(language);
  const labels = labelsFor(language);
  const title = labels.notes.title(singleLine(input.documentTitle));
  const day = (d: Date) => formatDocumentDate(localIsoDate(d), language);
  const blocks: Block[] = [
    titleParagraph(t, title, 0),
    lineParagraph(t, labels.notes.edition(input.version.number, day(input.version.addedAt), day(input.exportedAt)), {
      align: 'center',
      keepNext: true,
    }),
    blankLine(t),
  ];
  const { parts, unplaced } = locateAnnotations(input.outline, input.annotations);
  let n = 0;
  const entries = (list: readonly LocatedAnnotation[]) => list.flatMap((located) => entryBlocks(t, labels, ++n, located));
  for (const group of parts) {
    blocks.push(headingParagraph(t, sectionHeading(group.part, 1, language, labels.notes.preamble), 1));
    blocks.push(...entries(group.annotations));
    for (const itemGroup of group.items) {
      blocks.push(headingParagraph(t, sectionHeading(itemGroup.item, 2, language, labels.notes.preamble), 2));
      blocks.push(...entries(itemGroup.annotations));
    }
  }
  if (unplaced.length > 0) {
    blocks.push(headingParagraph(t, labels.notes.orphaned, 1));
    blocks.push(...entries(unplaced));
  }
  if (n === 0) blocks.push(...bodyParagraphs(t, labels.notes.none));
  if (input.targets) blocks.push(headingParagraph(t, targetsTitle(language), 1), ...targetsBlocks(t, input.targets));
  return buildOfficialDocx({ language, title, blocks });
}
