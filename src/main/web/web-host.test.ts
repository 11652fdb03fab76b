import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../shared/contract/result';
import { MAX_BACKUP_BYTES } from '../../shared/domain/limits';
import { TextStore } from '../storage/text-store';
import { startTempCore } from '../test-support/temp-core';
import { startWebHost, type WebHost } from './web-host';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so that Host and Origin can be set to anything (fetch would not allow it). */
function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('web host', () => {
  let core: Awaited<ReturnType<typeof startTempCore>>;
  let host: WebHost;
  let rendererDir: string;
  let api: (method: string, body: unknown, extraHeaders?: Record<string, string>) => Promise<Answer>;

  beforeAll(async () => {
    core = await startTempCore();
    rendererDir = await mkdtemp(join(tmpdir(), 'deputy-desk-renderer-'));
    await mkdir(join(rendererDir, 'assets'));
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Deputy Desk</title>');
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    host = await startWebHost({
      dispatch: core.dispatch,
      rendererDir,
      receiveUpload: (fileName, bytes) => core.services.incoming.stage(fileName, bytes),
    });
    api = (method, body, extraHeaders = {}) =>
      send(host.port, `/api/${method}`, {
        method: 'POST',
        headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...extraHeaders },
        body: JSON.stringify(body),
      });
  });
  afterAll(async () => {
    await host.close();
    await core.dispose();
    await rm(rendererDir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and prints a URL with a long random token', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[\\w-]{32}$`));
  });

  it('answers an API call that carries the token', async () => {
    const answer = await api('library.list', {});
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, data: [{ id: 'jiaxing-2024-work-report' }] });
  });

  it('passes dispatch errors through as JSON', async () => {
    const answer = await api('settings.update', { textSize: 'huge' });
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses an API call without a token with 401', async () => {
    const answer = await api('library.list', {}, { [TOKEN_HEADER]: '' });
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body).error.message).toMatch(/token/);
  });

  it('refuses a wrong token with 401', async () => {
    expect((await api('library.list', {}, { [TOKEN_HEADER]: host.token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) on pages and API alike', async () => {
    expect((await send(host.port, '/', { headers: { host: 'evil.example:80' } })).status).toBe(421);
    expect((await api('library.list', {}, { host: `attacker.test:${host.port}` })).status).toBe(421);
  });

  it('refuses calls from another origin even with the token', async () => {
    expect((await api('library.list', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('library.list', {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('refuses a body over 10 MB with 413', async () => {
    const answer = await api('settings.update', { padding: 'x'.repeat(10 * 1024 * 1024 + 1) });
    expect(answer.status).toBe(413);
  });

  it('takes back its own backup of a large library (over the 10 MB call limit) as a streamed upload', async () => {
    // 21 MB of random base64 text compresses to ~16 MB: the archive ends up larger than a JSON call may be.
    const big = randomBytes(16 * 1024 * 1024).toString('base64');
    const textHash = await new TextStore(join(core.dataFolder, 'texts')).put(big);
    const addedAt = new Date().toISOString();
    await core.store.update((data) => {
      data.documents.push({
        id: 'big-report',
        title: 'Big',
        kind: 'other',
        origin: 'imported',
        textHash,
        addedAt,
        previousVersions: [],
        headingOverrides: { promote: [], demote: [] },
        removedAt: null,
        parserRevision: 2,
      });
    });
    const exported = JSON.parse((await api('data.exportBackup', {})).body) as { ok: true; data: { base64: string; fileName: string } };
    const archive = Buffer.from(exported.data.base64, 'base64');
    expect(archive.length).toBeGreaterThan(14.8 * 1024 * 1024);
    await core.store.update((data) => {
      data.documents = data.documents.filter((d) => d.id !== 'big-report');
    });

    const upload = (headers: Record<string, string>) =>
      send(host.port, '/upload', {
        method: 'POST',
        headers: { host: `127.0.0.1:${host.port}`, 'x-deputy-desk-file-name': encodeURIComponent(exported.data.fileName), ...headers },
        body: archive,
      });
    expect((await upload({})).status).toBe(401);
    expect((await upload({ [TOKEN_HEADER]: host.token, origin: 'http://evil.example' })).status).toBe(403);
    const staged = await upload({ [TOKEN_HEADER]: host.token });
    expect(staged.status).toBe(200);
    const { fileId, fileName } = (JSON.parse(staged.body) as { data: { fileId: string; fileName: string } }).data;
    expect(fileName).toBe(exported.data.fileName);
    const restored = JSON.parse((await api('data.restoreBackup', { fileId })).body) as { ok: boolean };
    expect(restored).toMatchObject({ ok: true });
    expect(core.store.data.documents.map((d) => d.id)).toContain('big-report');
  }, 120_000);

  it('refuses an upload over the backup size limit with 413 and a message naming the limit', async () => {
    const answer = await send(host.port, '/upload', {
      method: 'POST',
      headers: { host: `127.0.0.1:${host.port}`, [TOKEN_HEADER]: host.token, 'content-length': String(MAX_BACKUP_BYTES + 1) },
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toContain(`larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB`);
  });

  it('refuses a malformed method name with 400, not a crash', async () => {
    const answer = await send(host.port, '/api/%E0%A4%A', {
      method: 'POST',
      headers: { host: `127.0.0.1:${host.port}`, [TOKEN_HEADER]: host.token },
      body: '{}',
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).error.message).toMatch(/malformed/);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const answer = await send(host.port, '/api/library.list', {
      method: 'POST',
      headers: { host: `127.0.0.1:${host.port}`, [TOKEN_HEADER]: host.token },
      body: '{oops',
    });
    expect(answer.status).toBe(400);
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const index = await send(host.port, '/', { headers: { host: `localhost:${host.port}` } });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect((await send(host.port, '/assets/app.js', { headers: { host: `127.0.0.1:${host.port}` } })).headers['content-type']).toMatch(
      /javascript/,
    );
    const dotted = await send(host.port, '/%2e%2e/%2e%2e/etc/passwd', { headers: { host: `127.0.0.1:${host.port}` } });
    expect(dotted.body).not.toContain('root:');
    // A real file right beside the renderer folder, whose name starts with the folder's name.
    const outside = `${basename(rendererDir)}-secret.txt`;
    await writeFile(join(rendererDir, '..', outside), 'secret');
    try {
      const escaped = await send(host.port, `/..%2f${outside}`, { headers: { host: `127.0.0.1:${host.port}` } });
      expect(escaped.status).toBe(404);
      expect(escaped.body).not.toContain('secret');
    } finally {
      await rm(join(rendererDir, '..', outside));
    }
    expect((await send(host.port, '/assets/missing.js', { headers: { host: `127.0.0.1:${host.port}` } })).status).toBe(404);
  });
});
