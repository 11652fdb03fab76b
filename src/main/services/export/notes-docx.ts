/**
 * 审议笔记 / deliberation notes: the deputy's annotations on a report, grouped by its parts and items,
 * in the official layout; or on every document of the session, grouped by document, then part and item.
 * The words and their order are shared with the print sheet (src/shared/notes/notes-lines.ts).
 */
import type { Annotation } from '../../../shared/domain/annotation';
import type { Outline } from '../../../shared/domain/outline';
import type { Language } from '../../../shared/domain/settings';
import { notesLines, type NotesLine } from '../../../shared/notes/notes-lines';
import { localIsoDate } from './labels';
import type { Block } from './official-document';
import { buildOfficialDocx } from './official-document';
import type { Typography } from './official-layout';
import { typographyFor } from './official-layout';
import { blankLine, bodyParagraphs, headingParagraph, lineParagraph, titleParagraph } from './official-blocks';
import { targetsBlocks, targetsTitle, type TargetsTableInput } from './targets-docx';

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
  /** The Targets and results table, printed after the annotations when the deputy asks for it. */
  readonly targets?: TargetsTableInput;
}

export interface SessionNotesInput {
  /** The session's documents in library order; those without annotations are left out. */
  readonly documents: readonly DocumentNotes[];
  readonly language: Language;
  readonly exportedAt: Date;
  /** The Targets and results table, printed after the annotations when the deputy asks for it. */
  readonly targets?: TargetsTableInput;
}

function blocksOf(t: Typography, line: NotesLine): Block[] {
  switch (line.role) {
    case 'title':
      return [titleParagraph(t, line.text, 0)];
    case 'edition':
      return [lineParagraph(t, line.text, { align: 'center', keepNext: true }), blankLine(t)];
    case 'heading':
      return [headingParagraph(t, line.text, line.level)];
    case 'body':
      return bodyParagraphs(t, line.text, line.prefix, line.keepWithNext ?? false);
  }
}

const dated = (notes: DocumentNotes) => ({
  ...notes,
  version: { number: notes.version.number, addedOn: localIsoDate(notes.version.addedAt) },
});

async function build(
  documents: readonly DocumentNotes[],
  language: Language,
  exportedAt: Date,
  session: boolean,
  targets: TargetsTableInput | undefined,
): Promise<Buffer> {
  const t = typographyFor(language);
  const lines = notesLines(documents.map(dated), language, { session, exportedOn: localIsoDate(exportedAt) });
  const title = lines[0]?.text ?? '';
  const blocks = lines.flatMap((line) => blocksOf(t, line));
  if (targets) blocks.push(headingParagraph(t, targetsTitle(language), 1), ...targetsBlocks(t, targets));
  return buildOfficialDocx({ language, title, blocks });
}

/** Builds the deliberation notes of a report as a DOCX. */
export function buildDeliberationNotesDocx(input: DeliberationNotesInput): Promise<Buffer> {
  return build([input], input.language, input.exportedAt, false, input.targets);
}

/**
 * The notes on every document of the session as one DOCX: a level-1 heading per document (with the
 * version its citations refer to), its parts and items below; each entry cites its document.
 */
export function buildSessionNotesDocx(input: SessionNotesInput): Promise<Buffer> {
  return build(input.documents, input.language, input.exportedAt, true, input.targets);
}
