/**
 * 审议笔记 / deliberation notes: the deputy's annotations on a report, grouped by its parts and items,
 * in the official layout; or on every document of the session, grouped by document, then part and item.
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
import { singleLine, splitParagraphs } from './xml-text';

/** One document's notes: its text, the version cited, and its annotations. */
export interface DocumentNotes {
  readonly documentTitle: string;
  readonly outline: Outline;
  /** All of the document's annotations; deleted ones are left out here. */
  readonly annotations: readonly Annotation[];
  /** The version of the text the annotations are anchored in, and when it arrived. */
  readonly version: { readonly number: number; readonly addedAt: Date };
}

export interface DeliberationNotesInput extends DocumentNotes {
  readonly language: Language;
  readonly exportedAt: Date;
}

export interface SessionNotesInput {
  /** The session's documents in library order; those without annotations are left out. */
  readonly documents: readonly DocumentNotes[];
  readonly language: Language;
  readonly exportedAt: Date;
}

interface Context {
  readonly t: Typography;
  readonly labels: ExportLabels;
  /** The document each entry cites, when the notes cover several ("《title》 II.9 ¶3"); '' for one document. */
  readonly documentTitle: string;
  /** Numbers the entries across the whole file. */
  readonly next: () => number;
}

function entryBlocks({ t, labels, documentTitle, next }: Context, located: LocatedAnnotation): Block[] {
  const { annotation, citation } = located;
  const kind = labels.notes.kind[annotation.kind];
  const source = documentTitle === '' ? labels.source(citation, '') : labels.inDocument(citation, documentTitle);
  const head = citation === '' && documentTitle === '' ? kind : `${kind}${t.language === 'zh-CN' ? '' : ' '}${source}`;
  const blocks: Block[] = bodyParagraphs(t, head, labels.measureNumber(next()));
  const quote = splitParagraphs(annotation.target.quote.exact).join('\n');
  if (quote !== '') blocks.push(...bodyParagraphs(t, labels.quote(quote), labels.field(labels.notes.passage, '')));
  if (splitParagraphs(annotation.note).length > 0) blocks.push(...bodyParagraphs(t, annotation.note, labels.field(labels.notes.note, '')));
  const tags = annotation.tags.map(singleLine).filter((tag) => tag !== '');
  if (tags.length > 0) blocks.push(...bodyParagraphs(t, labels.field(labels.notes.tags, labels.list(tags))));
  return blocks;
}

/** A document's annotations under its parts (heading level `top`) and items (the level below). */
function documentBlocks(context: Context, notes: DocumentNotes, top: 1 | 2): Block[] {
  const { t, labels } = context;
  const language = t.language;
  const blocks: Block[] = [];
  const { parts, unplaced } = locateAnnotations(notes.outline, notes.annotations);
  const entries = (list: readonly LocatedAnnotation[]) => list.flatMap((located) => entryBlocks(context, located));
  const below = top === 1 ? 2 : 3;
  for (const group of parts) {
    blocks.push(headingParagraph(t, sectionHeading(group.part, 1, language, labels.notes.preamble), top));
    blocks.push(...entries(group.annotations));
    for (const itemGroup of group.items) {
      blocks.push(headingParagraph(t, sectionHeading(itemGroup.item, 2, language, labels.notes.preamble), below));
      blocks.push(...entries(itemGroup.annotations));
    }
  }
  if (unplaced.length > 0) {
    blocks.push(headingParagraph(t, labels.notes.orphaned, top));
    blocks.push(...entries(unplaced));
  }
  return blocks;
}

const dayOf = (language: Language) => (d: Date) => formatDocumentDate(localIsoDate(d), language);

function counter(): () => number {
  let n = 0;
  return () => ++n;
}

/** Builds the deliberation notes of a report as a DOCX. */
export async function buildDeliberationNotesDocx(input: DeliberationNotesInput): Promise<Buffer> {
  const { language } = input;
  const t = typographyFor(language);
  const labels = labelsFor(language);
  const title = labels.notes.title(singleLine(input.documentTitle));
  const day = dayOf(language);
  const blocks: Block[] = [
    titleParagraph(t, title, 0),
    lineParagraph(t, labels.notes.edition(input.version.number, day(input.version.addedAt), day(input.exportedAt)), {
      align: 'center',
      keepNext: true,
    }),
    blankLine(t),
  ];
  const body = documentBlocks({ t, labels, documentTitle: '', next: counter() }, input, 1);
  blocks.push(...(body.length > 0 ? body : bodyParagraphs(t, labels.notes.none)));
  return buildOfficialDocx({ language, title, blocks });
}

/**
 * The notes on every document of the session as one DOCX: a level-1 heading per document (with the
 * version its citations refer to), its parts and items below; each entry cites its document.
 */
export async function buildSessionNotesDocx(input: SessionNotesInput): Promise<Buffer> {
  const { language } = input;
  const t = typographyFor(language);
  const labels = labelsFor(language);
  const title = labels.notes.titleAll;
  const day = dayOf(language);
  const next = counter();
  const blocks: Block[] = [
    titleParagraph(t, title, 0),
    lineParagraph(t, labels.notes.exported(day(input.exportedAt)), { align: 'center', keepNext: true }),
    blankLine(t),
  ];
  for (const notes of input.documents) {
    const documentTitle = singleLine(notes.documentTitle);
    const body = documentBlocks({ t, labels, documentTitle, next }, notes, 2);
    if (body.length === 0) continue;
    blocks.push(headingParagraph(t, labels.notes.documentHeading(documentTitle), 1));
    blocks.push(...bodyParagraphs(t, labels.notes.documentEdition(notes.version.number, day(notes.version.addedAt)), '', true), ...body);
  }
  if (blocks.length === 3) blocks.push(...bodyParagraphs(t, labels.notes.none));
  return buildOfficialDocx({ language, title, blocks });
}
