import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult } from '../../shared/contract/result';
import { WEB_HOST_REQUEST_BYTES } from '../../shared/domain/limits';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import type { Dispatch } from '../api/dispatch';
import { BodyNotUtf8Error, BodyTooLargeError, hasValidToken, isAllowedHost, isAllowedOrigin, readBody } from './request-guard';
import { readStaticFile } from './static-files';
import { receiveUpload, UPLOAD_PATH, type ReceiveUpload } from './upload';

/** More at once than any browser tab opens: a flood of sockets cannot exhaust the process. */
export const MAX_CONNECTIONS = 64;
/** A client must send its headers, and its whole request, within this (no slowloris). */
export const REQUEST_TIMEOUT_MS = 30_000;

export interface WebHost {
  /** The address to open, token included. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface WebHostOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Backup files streamed in for a restore (`POST /upload`, guarded like the API). */
  receiveUpload?: ReceiveUpload;
  /** Tests only: shorter than REQUEST_TIMEOUT_MS, and how often Node checks it (default 5 s). */
  requestTimeoutMs?: number;
  connectionsCheckingIntervalMs?: number;
}

/**
 * The loopback host: serves the built renderer and `POST /api/:method` through the same dispatch
 * as Electron's IPC. Listens on 127.0.0.1 only, checks the Host header on every request, and
 * needs the per-run token (and a same-origin Origin, when one is sent) for every API call.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const timeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const server = createServer(
    { headersTimeout: timeout, requestTimeout: timeout, connectionsCheckingInterval: options.connectionsCheckingIntervalMs ?? 5_000 },
    (request, response) => {
      handle(request, response).catch(() => {
        if (!response.headersSent) sendJson(response, 500, failure('INTERNAL', 'The host failed to answer.'));
        else response.destroy();
      });
    },
  );
  server.maxConnections = MAX_CONNECTIONS;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isAllowedHost(request, port)) {
      sendText(response, 421, 'Unknown host name: open the address printed by Deputy Desk.');
      return;
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      let method: string;
      try {
        method = decodeURIComponent(url.pathname.slice('/api/'.length));
      } catch {
        sendJson(response, 400, failure('INVALID_INPUT', 'The API method name is malformed.'));
        return;
      }
      await handleApi(request, response, method);
      return;
    }
    if (url.pathname === UPLOAD_PATH && options.receiveUpload) {
      if (!guardApiCall(request, response)) return;
      const answer = await receiveUpload(request, options.receiveUpload);
      // The rest of a refused body is never read: the connection cannot carry another request.
      if (answer.status !== 200) response.shouldKeepAlive = false;
      sendJson(response, answer.status, answer.body);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendText(response, 405, 'Method not allowed.');
      return;
    }
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (!file) {
      sendText(response, 404, 'Not found.');
      return;
    }
    response.writeHead(200, {
      ...securityHeaders(),
      'content-type': file.contentType,
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  /** POST, same origin, the per-run token: answers the refusal and false otherwise. */
  function guardApiCall(request: IncomingMessage, response: ServerResponse): boolean {
    if (request.method !== 'POST') {
      sendJson(response, 405, failure('INVALID_INPUT', 'API calls are POST requests.'));
      return false;
    }
    if (!isAllowedOrigin(request, port)) {
      sendJson(response, 403, failure('INVALID_INPUT', 'Calls from other web pages are refused.'));
      return false;
    }
    if (!hasValidToken(request, token)) {
      sendJson(response, 401, failure('INVALID_INPUT', 'Missing or wrong access token: open the address printed by Deputy Desk.'));
      return false;
    }
    return true;
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (!guardApiCall(request, response)) return;
    let body: string;
    try {
      body = await readBody(request, WEB_HOST_REQUEST_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        sendJson(response, 413, failure('INVALID_INPUT', 'The request is larger than 10 MB.'));
        return;
      }
      if (error instanceof BodyNotUtf8Error) {
        sendJson(
          response,
          400,
          failure('INVALID_INPUT', 'The request is not valid UTF-8 text: nothing was saved. Send the text in UTF-8.'),
        );
        return;
      }
      throw error;
    }
    let input: unknown;
    try {
      input = body.trim() === '' ? {} : JSON.parse(body);
    } catch {
      sendJson(response, 400, failure('INVALID_INPUT', 'The request body is not valid JSON.'));
      return;
    }
    sendJson(response, 200, await options.dispatch(method, input));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function securityHeaders(): Record<string, string> {
  return {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
}

function failure(code: 'INVALID_INPUT' | 'INTERNAL', message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { ...securityHeaders(), 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...securityHeaders(), 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}
