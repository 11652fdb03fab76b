import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startCore, type Core } from '../api/start-core';

export const RESOURCES_DIR = resolve(import.meta.dirname, '../../../resources');

/** A real core on an existing data folder (e.g. started again after its store file was changed). */
export function startCoreIn(dataFolder: string): Promise<Core> {
  return startCore({ dataFolder, resourcesDir: RESOURCES_DIR, version: '0.0.0-test' });
}

/** A real core (store file, services, dispatch) in a fresh temp folder; `dispose()` removes it. */
export async function startTempCore(): Promise<Core & { dataFolder: string; dispose(): Promise<void> }> {
  const dataFolder = await mkdtemp(join(tmpdir(), 'deputy-desk-core-'));
  const core = await startCore({ dataFolder, resourcesDir: RESOURCES_DIR, version: '0.0.0-test' });
  return {
    ...core,
    dataFolder,
    async dispose() {
      await core.store.flush();
      await rm(dataFolder, { recursive: true, force: true });
    },
  };
}
