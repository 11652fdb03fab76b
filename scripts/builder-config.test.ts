import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** The configuration as electron-builder loads it from this project (electron-builder.yml). */
const loaded = () => getConfig(root, null, null);

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// Loading electron-builder and compiling its schema takes seconds on a loaded machine: a cap, not a wait.
describe('the installer configuration', { timeout: 120_000 }, () => {
  it("passes electron-builder's own schema check (offline)", async () => {
    await expect(validateConfiguration(await loaded(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('the schema check is real: it refuses a misspelt option', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'builder-config-'));
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.0' }));
    writeFileSync(join(folder, 'electron-builder.yml'), 'appId: x.y\nnsis:\n  perMachin: false\n');
    await expect(validateConfiguration(await getConfig(folder, null, null), new DebugLogger(false))).rejects.toThrow(
      /Invalid configuration object/,
    );
  });

  it('builds a per-user NSIS installer in Chinese and English, a dmg for both Mac architectures, AppImage and deb', async () => {
    const config = await loaded();
    expect(config.appId).toBe('cn.deputydesk.app');
    expect(config.productName).toBe('Deputy Desk');
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, installerLanguages: ['zh_CN', 'en_US'] });
    expect(config.nsis?.shortcutName).toContain('代表履职助手');
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['arm64', 'x64'] }]);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.desktop?.entry?.['Name[zh_CN]']).toBe('代表履职助手');
  });

  it('sets the fuses: no running as Node, no NODE_OPTIONS or inspect, cookies encrypted, asar checked and required', async () => {
    expect((await loaded()).electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('ships the bundled reports as extra resources, and icons from 16 to 1024 px', async () => {
    const config = await loaded();
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'resources', to: 'resources' })]);
    expect(readFileSync(join(root, 'resources', 'reports', 'catalogue.json'), 'utf8')).toBeTruthy();
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(join(root, 'resources', 'icons', `${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
    expect(pngSize(join(root, String(config.icon)))).toEqual({ width: 1024, height: 1024 });
  });
});
