import { ApiResultEnvelopeSchema, TOKEN_HEADER, type ApiResult } from '../../shared/contract/result';
import type { Transport } from './transport';

const TOKEN_STORAGE_KEY = 'deputy-desk-token';

/**
 * The web host hands the per-run token in the URL it prints (`?token=…`). Keep it for this tab
 * and take it out of the address bar so it is not bookmarked or shared by accident.
 */
export function takeWebHostToken(location: Location, history: History, storage: Storage): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_STORAGE_KEY);
}

export function createHttpTransport(token: string, baseUrl = ''): Transport {
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return failure('The Deputy Desk host is not reachable. Is `npm run web` still running?');
    }
    if (response.status === 401) {
      return failure('This page has no valid access token. Open the address printed by `npm run web` again.');
    }
    const parsed = ApiResultEnvelopeSchema.safeParse(await response.json().catch(() => null));
    return parsed.success ? (parsed.data as ApiResult<unknown>) : failure(`Unexpected answer from the host (HTTP ${response.status}).`);
  };
}

function failure(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

/** Streams a file (a backup for a restore) to the web host's upload endpoint; answers the id the main side holds it under. */
export function createHttpUpload(token: string, baseUrl = ''): (file: Blob, fileName: string) => Promise<ApiResult<unknown>> {
  return async (file, fileName) => {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/upload`, {
        method: 'POST',
        headers: {
          'content-type': 'application/octet-stream',
          [TOKEN_HEADER]: token,
          'x-deputy-desk-file-name': encodeURIComponent(fileName),
        },
        body: file,
      });
    } catch {
      return failure('The Deputy Desk host is not reachable. Is `npm run web` still running?');
    }
    const parsed = ApiResultEnvelopeSchema.safeParse(await response.json().catch(() => null));
    return parsed.success ? (parsed.data as ApiResult<unknown>) : failure(`Unexpected answer from the host (HTTP ${response.status}).`);
  };
}
