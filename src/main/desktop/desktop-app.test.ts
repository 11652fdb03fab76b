import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IPC_CHANNEL } from '../../shared/contract/result';
import { PENDING_SAVED_CHANNEL, SAVE_PENDING_CHANNEL } from '../../shared/contract/bridge';
import { startCore } from '../api/start-core';
import { STORE_FILE_NAME } from '../storage/store';
import { electronStandIn, type ElectronStandIn } from '../test-support/electron-stand-in';
import { APP_START_URL } from './app-protocol';
import { runDesktopApp, type DesktopApp } from './desktop-app';

const repoRoot = join(import.meta.dirname, '../../..');
const appPage = { url: APP_START_URL, parent: null };
const running: DesktopApp[] = [];

async function startDesktop(options: { singleInstance?: boolean; locale?: string; pageSaveLimitMs?: number; resourcesPath?: string } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'desktop-app-'));
  const mainDir = join(root, 'out', 'main');
  mkdirSync(join(root, 'out', 'renderer'), { recursive: true });
  mkdirSync(mainDir, { recursive: true });
  writeFileSync(join(root, 'out', 'renderer', 'index.html'), '<!doctype html><title>Deputy Desk</title>');
  const userData = join(root, 'user-data');
  const electron = electronStandIn({
    userData,
    appPath: options.resourcesPath ? join(root, 'app.asar') : repoRoot,
    resourcesPath: options.resourcesPath,
    singleInstance: options.singleInstance,
    locale: options.locale,
  });
  const desktop = runDesktopApp(electron.port, {
    mainDir,
    env: {},
    startCore,
    pageSaveLimitMs: options.pageSaveLimitMs ?? 60_000,
    emergencyFolder: join(root, 'emergency'),
  });
  running.push(desktop);
  await desktop.ready;
  return { electron, desktop, root, userData };
}

async function call(
  electron: ElectronStandIn,
  method: string,
  input: unknown = {},
  sender: { url: string; parent: unknown } | null = appPage,
) {
  return (await electron.invoke(IPC_CHANNEL, sender as never, method, input)) as {
    ok: boolean;
    data?: unknown;
    error?: { message: string };
  };
}

afterEach(async () => {
  for (const desktop of running.splice(0)) await desktop.core()?.store.close();
});

describe('the desktop app on a stand-in Electron', () => {
  it('opens one window on the app:// page, sandboxed behind the preload, and serves the page with its CSP', async () => {
    const { electron } = await startDesktop();
    expect(electron.record.privilegedSchemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(electron.record.readyWhenSchemesRegistered).toBe(false);
    expect(electron.record.windows).toHaveLength(1);
    const [window] = electron.record.windows;
    expect(window!.options.startUrl).toBe('app://deputy-desk/index.html');
    expect(window!.options.preloadPath).toMatch(/preload[\\/]index\.cjs$/);
    const page = await electron.fetchScheme('app', APP_START_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect((await electron.fetchScheme('app', 'app://deputy-desk/../../user-data/store.json')).status).toBe(404);
  });

  it('answers the app page over IPC and refuses a subframe, a foreign page and a missing frame', async () => {
    const { electron } = await startDesktop();
    const info = await call(electron, 'app.info');
    expect(info.ok).toBe(true);
    for (const sender of [
      { url: APP_START_URL, parent: appPage },
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///tmp/index.html', parent: null },
      null,
    ]) {
      const refused = await call(electron, 'app.info', {}, sender);
      expect(refused.ok).toBe(false);
      expect(refused.error?.message).toMatch(/not the Deputy Desk window/);
    }
  });

  it('refuses navigation, redirects, frame navigation, new windows, webviews and permissions', async () => {
    const { electron } = await startDesktop();
    const contents = electron.record.windows[0]!.contents;
    for (const kind of ['will-navigate', 'will-redirect', 'will-frame-navigate'] as const) {
      expect(contents.navigate(kind, 'https://evil.example/'), kind).toBe(false);
      expect(contents.navigate(kind, 'file:///etc/passwd'), kind).toBe(false);
      expect(contents.navigate(kind, 'app://deputy-desk/index.html#/drafts'), kind).toBe(true);
    }
    const other = electron.createContents();
    expect(other.navigate('will-navigate', 'https://evil.example/')).toBe(false);
    expect(other.attachWebview()).toBe(false);
    expect(contents.openWindow('https://www.npc.gov.cn/')).toBe('deny');
    expect(contents.openWindow('app://deputy-desk/index.html')).toBe('deny');
    expect(electron.record.openedExternally).toEqual([]);
    let granted: boolean | null = null;
    electron.record.permissionRequestHandler!('media', (answer) => void (granted = answer));
    expect(granted).toBe(false);
    expect(electron.record.permissionCheckHandler!('clipboard-read')).toBe(false);
    expect(electron.record.responseHeaders!('app://deputy-desk/index.html')['Content-Security-Policy']).toContain("default-src 'self'");
  });

  it('parses an imported file in a utility process with the memory cap', async () => {
    const { electron } = await startDesktop();
    const text = '# Plan Report 2024\n\n## I. Review\n\nGrowth was 6%.\n';
    const preview = await call(electron, 'library.previewImport', { fileName: 'plan.md', base64: Buffer.from(text).toString('base64') });
    expect(preview.ok).toBe(true);
    expect((preview.data as { title: string }).title).toBe('Plan Report 2024');
    expect(electron.record.utilityForks).toHaveLength(1);
    expect(electron.record.utilityForks[0]!.execArgv).toEqual(['--max-old-space-size=1536']);
  });

  it('installed, reads the bundled report from the extra resources beside the asar archive', async () => {
    const { electron } = await startDesktop({ resourcesPath: repoRoot });
    const library = await call(electron, 'library.list');
    expect((library.data as { title: string }[]).map((document) => document.title)).toEqual([expect.stringMatching(/Jiaxing/)]);
  });

  it('a second instance quits at once; the first focuses and restores its window', async () => {
    const second = await startDesktop({ singleInstance: false });
    expect(second.electron.record.quits).toBe(1);
    expect(second.electron.record.windows).toHaveLength(0);
    const { electron } = await startDesktop();
    const window = electron.record.windows[0]!;
    window.minimized = true;
    electron.emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(1);
  });

  it('on quit, the page first saves what it holds, then the store is flushed, then the app quits', async () => {
    const { electron, userData } = await startDesktop();
    const contents = electron.record.windows[0]!.contents;
    // The page's part: a debounced field saves when asked, and the preload answers once the call is done.
    contents.onSend = (channel) => {
      if (channel !== SAVE_PENDING_CHANNEL) return;
      void call(electron, 'draft.create', { kind: 'suggestion', language: 'en' }).then(() =>
        electron.sendFromPage(PENDING_SAVED_CHANNEL, appPage),
      );
    };
    expect(electron.beforeQuit()).toBe(true);
    expect(contents.sent).toEqual([SAVE_PENDING_CHANNEL]);
    await expect.poll(() => electron.record.quits).toBe(1);
    const stored = JSON.parse(readFileSync(join(userData, STORE_FILE_NAME), 'utf8')) as { drafts: unknown[] };
    expect(stored.drafts).toHaveLength(1);
    // The quit it then asks for goes through.
    expect(electron.beforeQuit()).toBe(false);
  });

  it('when the changes cannot be written, asks before quitting; quitting anyway leaves an emergency copy', async () => {
    const { electron, userData, root } = await startDesktop({ pageSaveLimitMs: 0 });
    // The data folder disappears and a file takes its place: no write can succeed.
    rmSync(userData, { recursive: true, force: true });
    writeFileSync(userData, 'not a folder');
    await call(electron, 'draft.create', { kind: 'proposal', language: 'en' });
    electron.answers.messageBox = 0; // keep the app open
    expect(electron.beforeQuit()).toBe(true);
    await expect.poll(() => electron.record.messageBoxes.length).toBe(1);
    expect(electron.record.messageBoxes[0]!.buttons).toEqual(['Keep Deputy Desk open', 'Quit, keeping the changes in an emergency copy']);
    expect(electron.record.quits).toBe(0);
    electron.answers.messageBox = 1; // quit anyway
    expect(electron.beforeQuit()).toBe(true);
    await expect.poll(() => electron.record.quits).toBe(1);
    const copies = readdirSync(join(root, 'emergency'));
    expect(copies).toHaveLength(1);
    const copy = JSON.parse(readFileSync(join(root, 'emergency', copies[0]!), 'utf8')) as { drafts: { kind: string }[] };
    expect(copy.drafts.map((draft) => draft.kind)).toEqual(['proposal']);
  });

  it('exports through the save dialog: writes where the deputy chose, reports a cancel', async () => {
    const { electron, root } = await startDesktop();
    const created = await call(electron, 'draft.create', { kind: 'suggestion', language: 'en' });
    const draftId = (created.data as { id: string }).id;
    electron.answers.saveDialog = { canceled: true, filePath: '' };
    const cancelled = await call(electron, 'data.exportBackup');
    expect(cancelled.data).toMatchObject({ kind: 'cancelled' });
    const target = join(root, 'chosen.zip');
    electron.answers.saveDialog = { canceled: false, filePath: target };
    const saved = await call(electron, 'data.exportBackup');
    expect(saved.data).toMatchObject({ kind: 'saved', path: target });
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(electron.record.saveDialogs[0]!.owner).toBe(electron.record.windows[0]);
    expect(electron.record.saveDialogs[1]!.options.filters).toEqual([{ name: 'Deputy Desk backup', extensions: ['zip'] }]);
    expect(draftId).toBeTruthy();
  });

  it("builds the menu from standard roles with its own labels in the deputy's language; File prints and saves a PDF on A4", async () => {
    const { electron, root } = await startDesktop({ locale: 'zh-CN' });
    const menu = electron.record.menu!;
    expect(menu.map((item) => item.role ?? item.label)).toEqual(['文件', 'editMenu', '视图', 'windowMenu']);
    expect(electron.record.windows[0]!.options.title).toBe('代表履职助手');
    const file = menu[0]!.submenu as { label?: string; click?: () => void }[];
    expect(file.map((item) => item.label).filter(Boolean)).toEqual(['打印…', '另存为 PDF…']);
    const contents = electron.record.windows[0]!.contents;
    file[0]!.click!();
    expect(contents.printed.map((p) => p.options.pageSize)).toEqual(['A4']);
    const target = join(root, 'printed.pdf');
    electron.answers.saveDialog = { canceled: false, filePath: target };
    file[1]!.click!();
    await expect.poll(() => existsSync(target)).toBe(true);
    expect(readFileSync(target, 'latin1')).toMatch(/^%PDF/);
    expect(contents.pdfs[0]).toMatchObject({ pageSize: 'A4', preferCSSPageSize: true });
    const english = await startDesktop({ locale: 'en-GB', singleInstance: true });
    expect(english.electron.record.menu!.map((item) => item.role ?? item.label)).toEqual(['File', 'editMenu', 'View', 'windowMenu']);
  });

  it('says why it cannot start (the data folder cannot be made) and exits', async () => {
    const root = mkdtempSync(join(tmpdir(), 'desktop-app-'));
    const userData = join(root, 'user-data');
    writeFileSync(userData, 'a file where the data folder should be');
    const electron = electronStandIn({ userData, appPath: repoRoot });
    const desktop = runDesktopApp(electron.port, { mainDir: join(root, 'out', 'main'), env: {}, startCore });
    await desktop.ready;
    expect(electron.record.exitCode).toBe(1);
    expect(electron.record.errorBoxes).toHaveLength(1);
    expect(electron.record.errorBoxes[0]!.title).toBe('Deputy Desk cannot start');
    expect(electron.record.windows).toHaveLength(0);
  });
});
