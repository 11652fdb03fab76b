import { resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { readStaticFile } from '../web/static-files';

/**
 * The desktop app serves its page from `app://deputy-desk/…` (a privileged standard scheme) instead
 * of `file://`: response headers apply to it (they do not to file: responses), so the CSP arrives as
 * a header with `frame-ancestors 'none'`, and "is this our page?" is one origin comparison.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'deputy-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** Registered before the app is ready: standard (relative URLs, origin) and secure (like https). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/** True for a URL of the app's own page or its files, whatever the path, query or fragment. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Answers one request of the app scheme with a file of the built renderer folder, never one outside
 * it (`..`, encoded separators, another host): those get 404 like a missing file. Every answer
 * carries the CSP and `nosniff`. The files are found as the web host finds them (static-files.ts).
 */
export async function serveAppFile(rendererDir: string, requestUrl: string): Promise<Response> {
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
  const file = isAppUrl(requestUrl) ? await readStaticFile(resolve(rendererDir), new URL(requestUrl).pathname) : null;
  if (!file) return new Response('Not found', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(new Uint8Array(file.body), { status: 200, headers: { ...headers, 'Content-Type': file.contentType } });
}
