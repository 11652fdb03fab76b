import type { ApiService } from '../../shared/contract/api-contract';
import type { Store } from '../storage/store';

/** The `profile.*` methods. */
export function createProfileService({ store }: { store: Store }) {
  return {
    get: () => ({ ...store.data.profile }),
    update: (profile) =>
      store.update((data) => {
        data.profile = { ...profile };
        return { ...data.profile };
      }),
  } satisfies ApiService<'profile'>;
}
export type ProfileService = ReturnType<typeof createProfileService>;
