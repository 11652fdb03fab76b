/**
 * The deliberation notes as lines of text with their role (title, headings, entries): what both the
 * DOCX export and the print sheet lay out, in the notes' language (the `export` catalogue).
 * One document's notes, or every document's grouped by document; then by part and item.
 */
import type { Annotation } from '../domain/annotation';
import type { Outline } from '../domain/outline';
import type { Language } from '../domain/settings';
import { formatDocumentDate } from '../i18n/document-date';
import { translator } from '../i18n/shared-i18n';
import { locateAnnotations, type LocatedAnnotation } from './locate-annotations';
import { sectionHeading } from './section-heading';

/** One document's notes: its text, the version cited, and its annotations (deleted ones are left out). */
export interface DocumentNotes {
  readonly documentTitle: string;
  readonly outline: Outline;
  readonly annotations: readonly Annotation[];
  /** The version of the text the annotations are anchored in, and when it arrived (a local calendar date, YYYY-MM-DD). */
  readonly version: { readonly number: number; readonly addedOn: string };
}

export type NotesLine =
  | { readonly role: 'title'; readonly text: string }
  /** Under the title: which text is cited, when exported. */
  | { readonly role: 'edition'; readonly text: string }
  | { readonly role: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  /** A body paragraph (its text may hold several paragraphs); `prefix` starts the first one ("1. ", "Note: "). */
  | { readonly role: 'body'; readonly prefix: string; readonly text: string; readonly keepWithNext?: boolean };

const lineBreak = /\r\n|\r|\n|\u2028|\u2029/;
const singleLine = (text: string) => text.split(lineBreak).join(' ').replace(/\s+/g, ' ').trim();
const withoutBookMarks = (title: string) => title.replace(/^《(.*)》$/, '$1');

/** The deliberation notes of one document (`session` false) or of several, grouped by document. */
export function notesLines(
  documents: readonly DocumentNotes[],
  language: Language,
  { session, exportedOn }: { session: boolean; exportedOn: string },
): NotesLine[] {
  const n = translator(language, 'export', 'notes');
  const d = translator(language, 'export', 'draft');
  const day = (iso: string) => formatDocumentDate(iso, language);
  let count = 0;

  const entry = ({ annotation, citation }: LocatedAnnotation, documentTitle: string): NotesLine[] => {
    const kind = n(`kind.${annotation.kind}`);
    const title = withoutBookMarks(documentTitle);
    const source =
      documentTitle !== '' && citation !== ''
        ? d('source.inDocument', { citation, title })
        : documentTitle !== ''
          ? d('source.title', { title })
          : d('source.citation', { citation });
    const head = citation === '' && documentTitle === '' ? kind : `${kind}${language === 'zh-CN' ? '' : ' '}${source}`;
    const lines: NotesLine[] = [{ role: 'body', prefix: d('measureNumber', { n: ++count }), text: head }];
    const quote = annotation.target.quote.exact
      .split(lineBreak)
      .map((p) => p.trim())
      .filter((p) => p !== '')
      .join('\n');
    if (quote !== '')
      lines.push({ role: 'body', prefix: d('field', { label: n('passage'), value: '' }), text: d('quote', { text: quote }) });
    if (annotation.note.trim() !== '')
      lines.push({ role: 'body', prefix: d('field', { label: n('note'), value: '' }), text: annotation.note });
    const tags = annotation.tags.map(singleLine).filter((tag) => tag !== '');
    if (tags.length > 0)
      lines.push({ role: 'body', prefix: '', text: d('field', { label: n('tags'), value: tags.join(d('listSeparator')) }) });
    return lines;
  };

  const documentLines = (notes: DocumentNotes, top: 1 | 2): NotesLine[] => {
    const documentTitle = session ? singleLine(notes.documentTitle) : '';
    const lines: NotesLine[] = [];
    const { parts, unplaced } = locateAnnotations(notes.outline, notes.annotations);
    const entries = (list: readonly LocatedAnnotation[]) => list.flatMap((located) => entry(located, documentTitle));
    const below = top === 1 ? 2 : 3;
    for (const group of parts) {
      lines.push({ role: 'heading', level: top, text: sectionHeading(group.part, 1, language, n('preamble')) });
      lines.push(...entries(group.annotations));
      for (const itemGroup of group.items) {
        lines.push({ role: 'heading', level: below, text: sectionHeading(itemGroup.item, 2, language, n('preamble')) });
        lines.push(...entries(itemGroup.annotations));
      }
    }
    if (unplaced.length > 0) lines.push({ role: 'heading', level: top, text: n('orphaned') }, ...entries(unplaced));
    return lines;
  };

  const lines: NotesLine[] = [];
  if (!session) {
    const [notes] = documents;
    const title = n('title', {
      title: language === 'zh-CN' ? withoutBookMarks(singleLine(notes?.documentTitle ?? '')) : singleLine(notes?.documentTitle ?? ''),
    });
    lines.push({ role: 'title', text: title });
    if (notes) {
      lines.push({
        role: 'edition',
        text: n('edition', { version: notes.version.number, versionDate: day(notes.version.addedOn), exportDate: day(exportedOn) }),
      });
      lines.push(...documentLines(notes, 1));
    }
  } else {
    lines.push({ role: 'title', text: n('titleAll') }, { role: 'edition', text: n('exported', { exportDate: day(exportedOn) }) });
    for (const notes of documents) {
      const body = documentLines(notes, 2);
      if (body.length === 0) continue;
      lines.push(
        { role: 'heading', level: 1, text: n('documentHeading', { title: withoutBookMarks(singleLine(notes.documentTitle)) }) },
        {
          role: 'body',
          prefix: '',
          text: n('documentEdition', { version: notes.version.number, versionDate: day(notes.version.addedOn) }),
          keepWithNext: true,
        },
        ...body,
      );
    }
  }
  if (count === 0) lines.push({ role: 'body', prefix: '', text: n('none') });
  return lines;
}
