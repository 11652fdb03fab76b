import { DOCX_MIME_TYPE, type Delivery } from '../../shared/domain/delivery';
import type { Language } from '../../shared/domain/settings';
import type { Store } from '../storage/store';
import type { Documents } from './documents';
import type { DocumentNotes } from './export/notes-docx';
import type { TargetsTableInput } from './export/targets-docx';
import { safeFileName, type FileDelivery } from './file-delivery';
import { translator } from '../../shared/i18n/shared-i18n';

/** The Targets and results table of two reports, as the notes print it. */
export type NotesTargetsTable = (pair: { lastYearId: string; thisYearId: string }, language: Language) => TargetsTableInput;

interface NotesExportDeps {
  store: Store;
  documents: Documents;
  deliver: FileDelivery;
  clock: () => Date;
  /** The document's versions (as `document.versions` answers them). */
  versions: (documentId: string) => readonly { version: number; addedAt: string; current: boolean }[];
  targetsTable?: NotesTargetsTable;
}

/** One document's live annotations with the text and version they are anchored in. */
function notesOf({ store, documents, clock, versions }: NotesExportDeps, documentId: string): DocumentNotes {
  const document = documents.get(documentId);
  const annotations = store.data.annotations.filter((a) => a.documentId === documentId && a.deletedAt === null);
  const current = versions(documentId).find((v) => v.current);
  const version = { number: current?.version ?? 1, addedAt: new Date(current?.addedAt ?? clock()) };
  return { documentTitle: document.title, outline: document.outline, annotations, version };
}

/**
 * The annotations of a document as a "deliberation notes" DOCX (`annotation.exportNotes`); with
 * `everyDocument`, those of every library document in library order, grouped by document; with
 * `targets`, the Targets and results table of those two reports after them.
 */
export async function exportDeliberationNotes(
  deps: NotesExportDeps,
  {
    documentId,
    language,
    everyDocument,
    targets,
  }: { documentId: string; language: Language; everyDocument?: boolean | undefined; targets?: { lastYearId: string; thisYearId: string } },
): Promise<Delivery> {
  const { documents, deliver, clock } = deps;
  // Loaded on first export: docx is slow to load, and the app opens sooner without it.
  const { buildDeliberationNotesDocx, buildSessionNotesDocx } = await import('./export/notes-docx');
  const name = translator(language, 'export', 'notes');
  const table = targets && deps.targetsTable?.(targets, language);
  const withTable = table ? { targets: table } : {};
  if (everyDocument) {
    documents.require(documentId);
    const bytes = await buildSessionNotesDocx({
      documents: documents.list().map((d) => notesOf(deps, d.id)),
      language,
      exportedAt: clock(),
      ...withTable,
    });
    return deliver({ fileName: safeFileName(name('fileNameAll'), 'deliberation-notes', 'docx'), mimeType: DOCX_MIME_TYPE, bytes });
  }
  const notes = notesOf(deps, documentId);
  const bytes = await buildDeliberationNotesDocx({ ...notes, language, exportedAt: clock(), ...withTable });
  return deliver({
    fileName: safeFileName(name('fileName', { title: notes.documentTitle }), 'deliberation-notes', 'docx'),
    mimeType: DOCX_MIME_TYPE,
    bytes,
  });
}
