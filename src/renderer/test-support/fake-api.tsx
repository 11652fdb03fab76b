import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ApiError } from '../../shared/contract/result';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/contract/api-contract';
import { createApiClient, type ApiClient } from '../api/client';
import { ApiProvider } from '../app/api-context';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '../app/query/query-client';

export type Handlers = { [M in ApiMethod]?: (input: ApiInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>> };

/** A refusal as the main side sends it. */
export class Refusal extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/**
 * The real client over an in-memory transport: each method a test names answers from its handler
 * (a thrown Refusal comes back as the main side's error envelope); every call is recorded in order.
 */
export function fakeApi(handlers: Handlers): { client: ApiClient; calls: Array<{ method: string; input: unknown }> } {
  const calls: Array<{ method: string; input: unknown }> = [];
  const client = createApiClient(async (method, input) => {
    calls.push({ method, input });
    const handler = (handlers as Record<string, ((input: unknown) => unknown) | undefined>)[method];
    if (!handler) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `no handler for ${method}` } };
    try {
      return { ok: true, data: await handler(input) };
    } catch (error) {
      if (error instanceof Refusal) return { ok: false, error: error.error };
      throw error;
    }
  });
  return { client, calls };
}

/** The providers the app puts around the page: the API client and a fresh query cache. */
export function providers(client: ApiClient, queryClient: QueryClient = createQueryClient()) {
  return function Providers({ children }: { children: ReactNode }) {
    return (
      <ApiProvider client={client}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </ApiProvider>
    );
  };
}

/** A promise the test settles when it chooses. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
