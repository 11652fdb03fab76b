import type { ApiService } from '../../shared/contract/api-contract';
import type { Store } from '../storage/store';

/** The `settings.*` methods. */
export function createSettingsService({ store }: { store: Store }) {
  return {
    get: () => ({ ...store.data.settings }),
    // The number of co-signers is a rule of the congress, not a way of showing things: refused when read-only.
    update: (change) =>
      (change.proposalMinCoSigners === undefined ? store.updateView : store.update)((data) => {
        if (change.language !== undefined) data.settings.language = change.language;
        if (change.textSize !== undefined) data.settings.textSize = change.textSize;
        if (change.proposalMinCoSigners !== undefined) data.settings.proposalMinCoSigners = change.proposalMinCoSigners;
        if (change.interfaceZoom !== undefined) data.settings.interfaceZoom = change.interfaceZoom;
        if (change.paneLayout !== undefined) data.settings.paneLayout = { ...change.paneLayout };
        if (change.proposalDeadline !== undefined) data.settings.proposalDeadline = change.proposalDeadline;
        if (change.speechCharsPerMinute !== undefined) data.settings.speechCharsPerMinute = change.speechCharsPerMinute;
        if (change.speechWordsPerMinute !== undefined) data.settings.speechWordsPerMinute = change.speechWordsPerMinute;
        return { ...data.settings };
      }),
  } satisfies ApiService<'settings'>;
}
export type SettingsService = ReturnType<typeof createSettingsService>;
