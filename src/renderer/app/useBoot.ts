import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ReportDocument } from '../../shared/domain/document';
import type { Notice } from '../../shared/domain/notice';
import type { Settings } from '../../shared/domain/settings';
import { switchLanguage } from '../i18n/i18n';
import { resolveLanguage } from '../i18n/resolve-language';
import type { ApiClient } from '../api/client';
import { chooseStartDocument } from './start-document';
import { useApi } from './api-context';

export interface BootData {
  settings: Settings;
  notices: Notice[];
  document: ReportDocument;
  initialParagraphId: string | null;
}

export type BootState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: BootData };

/** The library is empty: nothing to open. */
export class EmptyLibraryError extends Error {
  constructor() {
    super('The library has no documents.');
    this.name = 'EmptyLibraryError';
  }
}

/** Everything the reader needs before its first paint; `retry` starts over after a failure. */
export function useBoot(): { state: BootState; retry: () => void } {
  const api = useApi();
  // Read once for the life of the page: its key is outside the API reads that writes invalidate.
  const boot = useQuery({ queryKey: ['boot'], queryFn: () => load(api) });
  const { refetch } = boot;
  const retry = useCallback(() => void refetch(), [refetch]);
  const state: BootState =
    boot.isFetching || boot.isPending ? { status: 'loading' } : boot.isError ? { status: 'error', error: boot.error } : { status: 'ready', data: boot.data };
  return { state, retry };
}

async function load(api: ApiClient): Promise<BootData> {
  const [info, settings, library] = await Promise.all([
    api.call('app.info', {}),
    api.call('settings.get', {}),
    api.call('library.list', {}),
  ]);
  await switchLanguage(resolveLanguage(settings.language, navigator.language));
  // The document read last (opening one from the library saves a reading position), else the first.
  const first = await chooseStartDocument(api, library);
  if (!first) throw new EmptyLibraryError();
  const [document, position] = await Promise.all([
    api.call('document.get', { documentId: first.id }),
    api.call('reading.getPosition', { documentId: first.id }),
  ]);
  return { settings, notices: info.notices, document, initialParagraphId: position?.paragraphId ?? null };
}
