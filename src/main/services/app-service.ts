import type { ApiService } from '../../shared/contract/api-contract';
import type { Store } from '../storage/store';

/** The `app.*` methods. */
export function createAppService(deps: { store: Store; version: string; dataFolder: string }) {
  const { store, version, dataFolder } = deps;
  return {
    info: () => ({ version, dataFolder, notices: store.data.notices.map((n) => ({ ...n })) }),
    health: () => store.health(),
    dismissNotice: ({ noticeId }) =>
      store.update((data) => {
        data.notices = data.notices.filter((n) => n.id !== noticeId);
        return null;
      }),
  } satisfies ApiService<'app'>;
}
export type AppService = ReturnType<typeof createAppService>;
