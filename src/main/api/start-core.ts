import { join } from 'node:path';
import { loadBundledReports } from '../services/bundled-reports';
import { createServices, type Services } from '../services/create-services';
import { downloadDelivery, type FileDelivery } from '../services/file-delivery';
import type { ChooseFile } from '../services/incoming-files';
import { moveInlineTexts } from '../storage/library-texts';
import { openStoreInFolder, type Store } from '../storage/store';
import { TEXTS_FOLDER_NAME, TextStore } from '../storage/text-store';
import { createDispatch, type Dispatch } from './dispatch';

export interface Core {
  dispatch: Dispatch;
  services: Services;
  store: Store;
}

/** Everything but the transport: store, services and dispatch, shared by Electron and the web host. */
export async function startCore(options: {
  dataFolder: string;
  resourcesDir: string;
  version: string;
  clock?: () => Date;
  /** Defaults to handing files to the page as downloads (the web host). */
  deliver?: FileDelivery;
  /** The desktop app's open dialog for backup files (the web host takes uploads instead). */
  chooseFile?: ChooseFile;
}): Promise<Core> {
  const clock = options.clock ?? (() => new Date());
  const store = await openStoreInFolder(options.dataFolder, clock);
  const textFiles = new TextStore(join(options.dataFolder, TEXTS_FOLDER_NAME));
  // A store of an older format (or recovered from an old backup) still holds its texts inline.
  await moveInlineTexts(store, textFiles);
  const services = createServices({
    store,
    textFiles,
    clock,
    version: options.version,
    dataFolder: options.dataFolder,
    deliver: options.deliver ?? downloadDelivery,
    chooseFile: options.chooseFile,
  });
  await services.documents.seedBundled(await loadBundledReports(options.resourcesDir));
  return { dispatch: createDispatch(services), services, store };
}
