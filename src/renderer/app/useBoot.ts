import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ApiOutput } from '../../shared/contract/api-contract';
import type { ReportDocument } from '../../shared/domain/document';
import { switchLanguage } from '../i18n/i18n';
import { resolveLanguage } from '../i18n/resolve-language';
import { useApi } from './api-context';
import type { BootAnswer } from './early-boot';

export type BootData = Pick<ApiOutput<'app.boot'>, 'settings' | 'notices' | 'library' | 'health'> & {
  document: ReportDocument;
  initialParagraphId: string | null;
};

export type BootState = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: BootData };

/** The library is empty: nothing to open. */
export class EmptyLibraryError extends Error {
  constructor() {
    super('The library has no documents.');
    this.name = 'EmptyLibraryError';
  }
}

/** The `app.boot` answer the page started asking for as it loaded (early-boot.ts), once; null after. */
export type TakeEarlyBoot = () => Promise<BootAnswer> | null;

/** Everything the reader needs before its first paint; `retry` starts over after a failure. */
export function useBoot(takeEarlyBoot?: TakeEarlyBoot): { state: BootState; retry: () => void } {
  const api = useApi();
  // Read once for the life of the page: its key is outside the API reads that writes invalidate.
  const boot = useQuery({ queryKey: ['boot'], queryFn: () => load(takeEarlyBoot?.() ?? api.call('app.boot', {})) });
  const { refetch } = boot;
  const retry = useCallback(() => void refetch(), [refetch]);
  const state: BootState =
    boot.isFetching || boot.isPending
      ? { status: 'loading' }
      : boot.isError
        ? { status: 'error', error: boot.error }
        : { status: 'ready', data: boot.data };
  return { state, retry };
}

async function load(answer: Promise<BootAnswer>): Promise<BootData> {
  // One call: the main side picks the document to open (the one read last, else the first).
  const { settings, notices, library, health, document, position } = await answer;
  await switchLanguage(resolveLanguage(settings.language, navigator.language));
  if (!document) throw new EmptyLibraryError();
  return { settings, notices, library, health, document, initialParagraphId: position?.paragraphId ?? null };
}
