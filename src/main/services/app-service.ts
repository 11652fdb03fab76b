import type { Notice } from '../../shared/domain/notice';
import type { Store } from '../storage/store';

export interface AppInfo {
  version: string;
  dataFolder: string;
  notices: Notice[];
}

export interface AppService {
  info(): AppInfo;
  dismissNotice(noticeId: string): Promise<null>;
}

export function createAppService(deps: { store: Store; version: string; dataFolder: string }): AppService {
  const { store, version, dataFolder } = deps;
  return {
    info: () => ({ version, dataFolder, notices: store.data.notices.map((n) => ({ ...n })) }),
    dismissNotice: (noticeId) =>
      store.update((data) => {
        data.notices = data.notices.filter((n) => n.id !== noticeId);
        return null;
      }),
  };
}
