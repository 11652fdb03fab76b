import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER } from '../../shared/contract/result';

/** The only names this host answers to: no DNS rebinding through some other name that points here. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function isAllowedHost(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host;
  return typeof host === 'string' && allowedHosts(port).has(host.toLowerCase());
}

/** Browsers send Origin on cross-site POSTs: a page from anywhere else must not call the API. */
export function isAllowedOrigin(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return [...allowedHosts(port)].some((host) => origin.toLowerCase() === `http://${host}`);
}

export function hasValidToken(request: IncomingMessage, token: string): boolean {
  const given = request.headers[TOKEN_HEADER];
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export class BodyTooLargeError extends Error {}
export class BodyNotUtf8Error extends Error {}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads the whole request body, refusing it as soon as it passes `limit` bytes, and refusing bytes
 * that are not UTF-8 (rather than quietly saving U+FFFD in place of the deputy's text).
 */
export async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const bytes = await readBodyBytes(request, limit);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new BodyNotUtf8Error();
  }
}

/** The body's bytes, read as they arrive, refused as soon as they pass `limit`. */
export async function readBodyBytes(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
