import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_START_URL, isAppUrl, serveAppFile } from './app-protocol';

function rendererFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'app-protocol-'));
  const renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Deputy Desk</title>');
  writeFileSync(join(renderer, 'assets', 'index-1.js'), 'console.log(1)');
  // A file beside the renderer folder, which no app URL may reach.
  writeFileSync(join(root, 'secret.txt'), 'not for the page');
  return renderer;
}

describe('the app:// scheme', () => {
  it('serves the page and its scripts with the CSP header, including frame-ancestors', async () => {
    const renderer = rendererFolder();
    const page = await serveAppFile(renderer, APP_START_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>Deputy Desk</title>');
    expect(page.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const script = await serveAppFile(renderer, 'app://deputy-desk/assets/index-1.js?v=2#x');
    expect(script.status).toBe(200);
    expect(script.headers.get('Content-Type')).toMatch(/^text\/javascript/);
    expect(await serveAppFile(renderer, 'app://deputy-desk/')).toHaveProperty('status', 200);
  });

  it('never serves a file outside the renderer folder, another host or an unknown type', async () => {
    const renderer = rendererFolder();
    for (const url of [
      'app://deputy-desk/../secret.txt',
      'app://deputy-desk/%2e%2e/secret.txt',
      'app://deputy-desk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://deputy-desk/..%5csecret.txt',
      'app://other-host/index.html',
      'file:///etc/passwd',
      'app://deputy-desk/missing.js',
      'app://deputy-desk/index.html%00.js',
      'not a url',
    ]) {
      const answer = await serveAppFile(renderer, url);
      expect(answer.status, url).toBe(404);
      expect(await answer.text(), url).not.toContain('not for the page');
    }
  });

  it('recognises the page by its origin only', () => {
    expect(isAppUrl(APP_START_URL)).toBe(true);
    expect(isAppUrl('app://deputy-desk/index.html#/drafts')).toBe(true);
    expect(isAppUrl('app://deputy-desk.evil.example/index.html')).toBe(false);
    expect(isAppUrl('https://deputy-desk/index.html')).toBe(false);
    expect(isAppUrl('file:///opt/deputy-desk/resources/app.asar/out/renderer/index.html')).toBe(false);
    expect(isAppUrl('javascript:alert(1)')).toBe(false);
  });
});
