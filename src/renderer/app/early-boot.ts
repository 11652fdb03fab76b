import type { ApiOutput } from '../../shared/contract/api-contract';
import { createDefaultClient, type ApiClient } from '../api/client';

export type BootAnswer = ApiOutput<'app.boot'>;

/**
 * The page's API client and its `app.boot` call, started as soon as this module runs (main.tsx
 * imports it first): the host answers while the rest of the bundle is still being evaluated.
 */
export function startEarlyBoot(): { client: ApiClient; takeEarlyBoot: () => Promise<BootAnswer> | null } {
  const client = createDefaultClient();
  let early: Promise<BootAnswer> | null = client.call('app.boot', {});
  // A refusal is handled where the answer is taken (useBoot), not reported as unhandled before.
  early.catch(() => undefined);
  return {
    client,
    // Once: a retry after a failure asks again.
    takeEarlyBoot: () => {
      const taken = early;
      early = null;
      return taken;
    },
  };
}

export const earlyBoot = startEarlyBoot();
