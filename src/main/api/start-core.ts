import { loadBundledReports } from '../services/bundled-reports';
import { createServices, type Services } from '../services/create-services';
import { downloadDelivery, type FileDelivery } from '../services/file-delivery';
import { openStoreInFolder, type Store } from '../storage/store';
import { createDispatch, type Dispatch } from './dispatch';
import { createRouter } from './router';

export interface Core {
  dispatch: Dispatch;
  services: Services;
  store: Store;
}

/** Everything but the transport: store, services, router and dispatch, shared by Electron and the web host. */
export async function startCore(options: {
  dataFolder: string;
  resourcesDir: string;
  version: string;
  clock?: () => Date;
  /** Defaults to handing files to the page as downloads (the web host). */
  deliver?: FileDelivery;
}): Promise<Core> {
  const clock = options.clock ?? (() => new Date());
  const store = await openStoreInFolder(options.dataFolder, clock);
  const services = createServices({
    store,
    clock,
    version: options.version,
    dataFolder: options.dataFolder,
    deliver: options.deliver ?? downloadDelivery,
  });
  await services.library.seedBundled(await loadBundledReports(options.resourcesDir));
  return { dispatch: createDispatch(createRouter(services)), services, store };
}
