import { request } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOKEN_HEADER } from '../../shared/contract/result';
import { startWebHost, type WebHost } from '../web/web-host';
import { startTempCore } from './temp-core';

/** A real core behind a real web host (serving a one-line page); `dispose()` closes both and removes their folders. */
export async function startTempWebHost() {
  const core = await startTempCore();
  const rendererDir = await mkdtemp(join(tmpdir(), 'deputy-desk-host-renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html>');
  const host = await startWebHost({ dispatch: core.dispatch, rendererDir });
  return {
    core,
    host,
    rendererDir,
    async dispose() {
      await host.close();
      await core.dispose();
      await rm(rendererDir, { recursive: true, force: true });
    },
  };
}

/** POSTs `body` to `path` on its own connection, as the page does (the host's name and the session token). */
export function postToHost(host: WebHost, path: string, body: string | Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: 'POST',
        agent: false,
        headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
