import type { ApiService } from '../../shared/contract/api-contract';
import type { Store } from '../storage/store';
import type { Documents } from './documents';

/** The `app.*` methods. */
export function createAppService(deps: { store: Store; documents: Documents; version: string; dataFolder: string }) {
  const { store, documents, version, dataFolder } = deps;
  const notices = () => store.data.notices.map((n) => ({ ...n }));
  return {
    boot() {
      const library = documents.list();
      const positions = store.data.readingPositions;
      // The document read last (opening one from the library saves a reading position), else the first.
      let start = library[0];
      let readAt = '';
      for (const doc of library) {
        const at = positions[doc.id]?.updatedAt;
        if (at !== undefined && at > readAt) [start, readAt] = [doc, at];
      }
      return {
        settings: { ...store.data.settings },
        library,
        document: start ? documents.get(start.id) : null,
        position: start ? (positions[start.id] ?? null) : null,
        health: store.health(),
        notices: notices(),
      };
    },
    info: () => ({ version, dataFolder, notices: notices() }),
    health: () => store.health(),
    dismissNotice: async ({ noticeId }) => {
      await store.dismissNotice(noticeId);
      return null;
    },
  } satisfies ApiService<'app'>;
}
export type AppService = ReturnType<typeof createAppService>;
