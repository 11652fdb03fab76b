import type { Profile } from '../../shared/domain/draft';
import type { Store } from '../storage/store';

export interface ProfileService {
  get(): Profile;
  update(profile: Profile): Promise<Profile>;
}

export function createProfileService({ store }: { store: Store }): ProfileService {
  return {
    get: () => ({ ...store.data.profile }),
    update: (profile) =>
      store.update((data) => {
        data.profile = { ...profile };
        return { ...data.profile };
      }),
  };
}
