import { languageOfSystem } from '../../shared/i18n/system-language';
import { join } from 'node:path';
import { loadBundledReports } from '../services/bundled-reports';
import { purgeExpiredWithNotice } from '../services/bin-purge';
import { createServices, type Services } from '../services/create-services';
import { downloadDelivery, type FileDelivery } from '../services/file-delivery';
import type { ChooseFile } from '../services/incoming-files';
import { upgradeParsedDocuments } from '../services/parser-upgrade';
import { currentTextHashes, moveInlineTexts } from '../storage/library-texts';
import { openStoreInFolder, type Store } from '../storage/store';
import { TEXTS_FOLDER_NAME, TextStore } from '../storage/text-store';
import type { AppJobContract } from '../../shared/workers/job-contract';
import type { JobRunner } from '../workers/job-runner';
import { createDispatch, type Dispatch } from './dispatch';

export interface Core {
  dispatch: Dispatch;
  services: Services;
  store: Store;
  /** Settles once the current texts of the library's documents are in memory (read in the background after start). */
  textsWarmed: Promise<void>;
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
  /** Where files are parsed: worker threads unless the desktop app passes utility processes. */
  jobs?: JobRunner<AppJobContract>;
  /** The waits between retries of a failing write (the store's default ladder when absent). */
  retryDelaysMs?: readonly number[];
  /** The system's preferred languages, most preferred first (the desktop app asks Electron); defaults to the OS locale. */
  systemLanguages?: () => readonly string[];
}): Promise<Core> {
  const clock = options.clock ?? (() => new Date());
  const textFiles = new TextStore(join(options.dataFolder, TEXTS_FOLDER_NAME));
  const store = await openStoreInFolder(options.dataFolder, clock, { texts: textFiles, retryDelaysMs: options.retryDelaysMs });
  // A store of an older format (or recovered from an old backup) still holds its texts inline.
  // (Open read-only, nothing is written: the inline texts are read from memory.)
  if (!store.readOnly) await moveInlineTexts(store, textFiles);
  const services = createServices({
    store,
    textFiles,
    clock,
    version: options.version,
    dataFolder: options.dataFolder,
    deliver: options.deliver ?? downloadDelivery,
    chooseFile: options.chooseFile,
    jobs: options.jobs,
  });
  if (!store.readOnly) {
    await services.documents.seedBundled(await loadBundledReports(options.resourcesDir));
    // Annotations placed on an earlier parser's reading of their text are placed on today's (after
    // seeding, which brings back a bundled text whose file was lost).
    await upgradeParsedDocuments(store, { read: (hash) => store.data.inlineTexts?.[hash] ?? textFiles.read(hash) });
    await purgeExpiredWithNotice(store, services.bin, clock);
  }
  // Kept in memory so that a data folder deleted while running loses as little as possible.
  const textsWarmed = textFiles.warm(currentTextHashes(store.data)).catch(() => undefined);
  // Errors are worded in the deputy's chosen language (no choice yet: the system's).
  const systemLanguages = options.systemLanguages ?? (() => [Intl.DateTimeFormat().resolvedOptions().locale]);
  const dispatch = createDispatch(services, {
    language: () => store.data.settings.language ?? languageOfSystem(systemLanguages()),
  });
  return { dispatch, services, store, textsWarmed };
}
