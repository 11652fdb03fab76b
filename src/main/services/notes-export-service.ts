import { DOCX_MIME_TYPE, type Delivery } from '../../shared/domain/delivery';
import type { Language } from '../../shared/domain/settings';
import type { Store } from '../storage/store';
import { safeFileName, type FileDelivery } from './file-delivery';
import type { LibraryService } from './library-service';

export interface NotesExportService {
  exportNotes(documentId: string, language: Language): Promise<Delivery>;
}

export function createNotesExportService(deps: { store: Store; library: LibraryService; deliver: FileDelivery }): NotesExportService {
  const { store, library, deliver } = deps;
  return {
    async exportNotes(documentId, language) {
      const document = library.get(documentId);
      const annotations = store.data.annotations.filter((a) => a.documentId === documentId && a.deletedAt === null);
      // Loaded on first export: docx is slow to load, and the app opens sooner without it.
      const { buildDeliberationNotesDocx } = await import('./export/notes-docx');
      const bytes = await buildDeliberationNotesDocx({ documentTitle: document.title, outline: document.outline, annotations, language });
      const name = language === 'zh-CN' ? `审议笔记 ${document.title}` : `Deliberation notes ${document.title}`;
      return deliver({ fileName: safeFileName(name, 'deliberation-notes', 'docx'), mimeType: DOCX_MIME_TYPE, bytes });
    },
  };
}
