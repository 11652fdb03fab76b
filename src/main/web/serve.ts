import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterFirstCall } from '../api/after-first-call';
import { startCore } from '../api/start-core';
import { resolveDataFolder } from '../storage/data-folder';
import { quitWebHost } from './quit';
import { retryDelaysFromEnv } from './retry-delays-env';
import { startWebHost } from './web-host';

/** `npm run web`: the whole app but the Electron window, on http://127.0.0.1 (built files in out/). */
async function main(): Promise<void> {
  const projectRoot = resolve(import.meta.dirname, '../..');
  const version = (JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const dataFolder = resolveDataFolder();
  const core = await startCore({
    dataFolder,
    resourcesDir: resolve(projectRoot, 'resources'),
    version,
    retryDelaysMs: retryDelaysFromEnv(process.env.DEPUTY_DESK_RETRY_DELAYS_MS),
  });
  const port = Number(process.env.DEPUTY_DESK_PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`DEPUTY_DESK_PORT must be a port number (0–65535), not "${process.env.DEPUTY_DESK_PORT}"`);
  }
  const host = await startWebHost({
    // The spare import worker starts once the first page has its data, not while it boots.
    dispatch: afterFirstCall(core.dispatch, 'app.boot', () => core.services.importFiles.prepare()),
    rendererDir: resolve(projectRoot, 'out/renderer'),
    port,
    receiveUpload: (fileName, bytes) => core.services.incoming.stage(fileName, bytes),
  });
  console.log(`Deputy Desk (web host) is running. Open: ${host.url}`);
  console.log(`Data folder: ${dataFolder}`);

  const stop = async (): Promise<void> => {
    await host.close();
    // Unsaved changes go to an emergency copy (path printed) and the exit code is non-zero.
    process.exit(await quitWebHost({ store: core.store, dataFolder, log: (line) => console.error(line) }));
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`Deputy Desk could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
