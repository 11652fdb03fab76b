import type { ApiMethod } from '../../../shared/contract/api-contract';
import { methodEffect } from '../../../shared/contract/method-effect';
import type { ApiClient } from '../../api/client';

/** Calls the contract declares as writes; the others never write the store, so they cannot change whether saving works. */
export function isSavingCall(method: ApiMethod): boolean {
  return methodEffect(method) === 'write';
}

type Listener = (method: ApiMethod) => void;

/**
 * Tells listeners when a call that writes the store has succeeded. The main side answers a change
 * only once it has tried to write it, so the storage health read right after is up to date: a
 * failing disk is seen at the first change that cannot be saved, without polling while all is well.
 */
export function createSaveWatch(): { watch: (client: ApiClient) => ApiClient; subscribe: (listener: Listener) => () => void } {
  const listeners = new Set<Listener>();
  const settled = (method: ApiMethod) => {
    if (!isSavingCall(method)) return;
    for (const listener of listeners) listener(method);
  };
  return {
    watch: (client) => ({
      ...client,
      call: ((method: ApiMethod, ...input: never[]) => {
        const pending = (client.call as (m: ApiMethod, ...i: never[]) => Promise<unknown>)(method, ...input);
        // A refused call changed nothing (and an unreachable host cannot be asked either).
        pending.then(
          () => settled(method),
          () => undefined,
        );
        return pending;
      }) as ApiClient['call'],
    }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app's one watch: main.tsx watches the client it creates; the storage status listens. */
export const saveWatch = createSaveWatch();
