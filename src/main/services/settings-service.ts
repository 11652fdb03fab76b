import type { Settings } from '../../shared/domain/settings';
import type { Store } from '../storage/store';

export interface SettingsService {
  get(): Settings;
  update(change: Partial<Settings>): Promise<Settings>;
}

export function createSettingsService({ store }: { store: Store }): SettingsService {
  return {
    get: () => ({ ...store.data.settings }),
    update: (change) =>
      store.update((data) => {
        if (change.language !== undefined) data.settings.language = change.language;
        if (change.textSize !== undefined) data.settings.textSize = change.textSize;
        if (change.proposalMinCoSigners !== undefined) data.settings.proposalMinCoSigners = change.proposalMinCoSigners;
        if (change.interfaceZoom !== undefined) data.settings.interfaceZoom = change.interfaceZoom;
        if (change.paneLayout !== undefined) data.settings.paneLayout = { ...change.paneLayout };
        return { ...data.settings };
      }),
  };
}
