import { DOCX_MIME_TYPE, type Delivery } from '../../shared/domain/delivery';
import type { Language } from '../../shared/domain/settings';
import type { Store } from '../storage/store';
import type { Documents } from './documents';
import type { TargetsTableInput } from './export/targets-docx';
import { safeFileName, type FileDelivery } from './file-delivery';

/** The Targets and results table of two reports, as the notes print it. */
export type NotesTargetsTable = (pair: { lastYearId: string; thisYearId: string }, language: Language) => TargetsTableInput;

/** All annotations of a document as a "deliberation notes" DOCX (`annotation.exportNotes`). */
export async function exportDeliberationNotes(
  deps: {
    store: Store;
    documents: Documents;
    deliver: FileDelivery;
    clock: () => Date;
    /** The document's versions (as `document.versions` answers them). */
    versions: (documentId: string) => readonly { version: number; addedAt: string; current: boolean }[];
    targetsTable?: NotesTargetsTable;
  },
  { documentId, language, targets }: { documentId: string; language: Language; targets?: { lastYearId: string; thisYearId: string } },
): Promise<Delivery> {
  const { store, documents, deliver, clock, versions } = deps;
  const document = documents.get(documentId);
  const annotations = store.data.annotations.filter((a) => a.documentId === documentId && a.deletedAt === null);
  const current = versions(documentId).find((v) => v.current);
  const version = { number: current?.version ?? 1, addedAt: new Date(current?.addedAt ?? clock()) };
  // Loaded on first export: docx is slow to load, and the app opens sooner without it.
  const { buildDeliberationNotesDocx } = await import('./export/notes-docx');
  const table = targets && deps.targetsTable?.(targets, language);
  const bytes = await buildDeliberationNotesDocx({
    ...(table ? { targets: table } : {}),
    documentTitle: document.title,
    outline: document.outline,
    annotations,
    language,
    version,
    exportedAt: clock(),
  });
  const name = language === 'zh-CN' ? `审议笔记 ${document.title}` : `Deliberation notes ${document.title}`;
  return deliver({ fileName: safeFileName(name, 'deliberation-notes', 'docx'), mimeType: DOCX_MIME_TYPE, bytes });
}
