import { readFile } from 'node:fs/promises';
import { extname, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';

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

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Answers one request of the app scheme with a file of the built renderer folder, never one outside
 * it (`..`, encoded separators, another host): those get 404 like a missing file. Every answer
 * carries the CSP and `nosniff`.
 */
export async function serveAppFile(rendererDir: string, requestUrl: string): Promise<Response> {
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
  const notFound = (): Response => new Response('Not found', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
  const file = fileForUrl(rendererDir, requestUrl);
  if (!file) return notFound();
  const type = CONTENT_TYPES[extname(file).toLowerCase()];
  if (!type) return notFound();
  try {
    const bytes = await readFile(file);
    return new Response(new Uint8Array(bytes), { status: 200, headers: { ...headers, 'Content-Type': type } });
  } catch {
    return notFound();
  }
}

/** The file a URL names inside the renderer folder, or null when it names none. */
export function fileForUrl(rendererDir: string, requestUrl: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(requestUrl);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || inside.split(sep).includes('..')) return null;
  return file;
}
