import type { Notice } from '../../shared/domain/notice';
import type { StorageHealth } from '../../shared/domain/storage-health';
import type { Store } from '../storage/store';

export interface AppInfo {
  version: string;
  dataFolder: string;
  notices: Notice[];
}

export interface AppService {
  info(): AppInfo;
  health(): StorageHealth;
  dismissNotice(noticeId: string): Promise<null>;
}

export function createAppService(deps: { store: Store; version: string; dataFolder: string }): AppService {
  const { store, version, dataFolder } = deps;
  return {
    info: () => ({ version, dataFolder, notices: store.data.notices.map((n) => ({ ...n })) }),
    health: () => store.health(),
    dismissNotice: async (noticeId) => {
      await store.dismissNotice(noticeId);
      return null;
    },
  };
}
