import { DOCX_MIME_TYPE, type Delivery } from '../../shared/domain/delivery';
import type { Language } from '../../shared/domain/settings';
import type { Store } from '../storage/store';
import { safeFileName, type FileDelivery } from './file-delivery';
import type { LibraryService } from './library-service';

export interface NotesExportService {
  exportNotes(documentId: string, language: Language): Promise<Delivery>;
}

export function createNotesExportService(deps: {
  store: Store;
  library: LibraryService;
  deliver: FileDelivery;
  clock: () => Date;
  /** The document's versions (the revisions service's list). */
  versions: (documentId: string) => readonly { version: number; addedAt: string; current: boolean }[];
}): NotesExportService {
  const { store, library, deliver, clock, versions } = deps;
  return {
    async exportNotes(documentId, language) {
      const document = library.get(documentId);
      const annotations = store.data.annotations.filter((a) => a.documentId === documentId && a.deletedAt === null);
      const current = versions(documentId).find((v) => v.current);
      const version = { number: current?.version ?? 1, addedAt: new Date(current?.addedAt ?? clock()) };
      // Loaded on first export: docx is slow to load, and the app opens sooner without it.
      const { buildDeliberationNotesDocx } = await import('./export/notes-docx');
      const bytes = await buildDeliberationNotesDocx({ documentTitle: document.title, outline: document.outline, annotations, language, version, exportedAt: clock() });
      const name = language === 'zh-CN' ? `审议笔记 ${document.title}` : `Deliberation notes ${document.title}`;
      return deliver({ fileName: safeFileName(name, 'deliberation-notes', 'docx'), mimeType: DOCX_MIME_TYPE, bytes });
    },
  };
}
