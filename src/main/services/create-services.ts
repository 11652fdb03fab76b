import type { ApiServices } from '../../shared/contract/api-contract';
import type { AppJobContract } from '../../shared/workers/job-contract';
import { createLibraryTexts } from '../storage/library-texts';
import type { Store } from '../storage/store';
import type { TextStore } from '../storage/text-store';
import { createAppJobRunner } from '../workers/app-job-runner';
import type { JobRunner } from '../workers/job-runner';
import { createAnnotationService } from './annotation-service';
import { createAppService } from './app-service';
import { createBinService } from './bin-service';
import { createCompareService } from './compare-service';
import { createDataService } from './data-service';
import { createDocumentService } from './document-service';
import { createDocuments, type Documents } from './documents';
import { createCoSignService } from './cosign-service';
import { createSigningKey } from './cosign-key';
import { createDraftService } from './draft-service';
import type { FileDelivery } from './file-delivery';
import { createImportFiles, type ImportFiles } from './import/import-files';
import { createIncomingFiles, type ChooseFile, type IncomingFiles } from './incoming-files';
import { createLibraryService } from './library-service';
import { createProfileService } from './profile-service';
import { createReadingService } from './reading-service';
import { jobReanchorer } from './revision-reanchoring';
import { createSettingsService } from './settings-service';
import { createTargetsService, createTargetsTables } from './targets-service';
import { createSubmissionService } from './submission-service';
import { createSpeechService } from './speech-service';
import { createVoteService } from './vote-service';

export interface Platform {
  store: Store;
  /** The documents' texts, content-addressed beside the store file (`texts/`). */
  textFiles: TextStore;
  clock: () => Date;
  version: string;
  dataFolder: string;
  /** Where exported files go: a save dialog (Electron) or a download (web host). */
  deliver: FileDelivery;
  /** Where file parsing runs (default: capped worker threads). */
  jobs?: JobRunner<AppJobContract>;
  /** The desktop app's open dialog for a backup file; the web host has none (it takes uploads). */
  chooseFile?: ChooseFile;
}

/**
 * Wires every service to the platform it is given (real folders in the app, temp folders in tests):
 * one service per API namespace, named like it (dispatch binds `<namespace>.<verb>` to it), and
 * the pieces they share that the API does not reach directly.
 */
export function createServices({ store, textFiles, clock, version, dataFolder, deliver, jobs, chooseFile }: Platform) {
  const texts = createLibraryTexts(store, textFiles);
  const documents = createDocuments({ store, texts, clock });
  const runner = jobs ?? createAppJobRunner();
  const importFiles = createImportFiles(runner);
  const incoming = createIncomingFiles(chooseFile);
  const document = createDocumentService({ store, documents, texts, clock, importFiles, reanchor: jobReanchorer(runner) });
  const versions = (documentId: string) => document.versions({ documentId });
  const shared: { documents: Documents; importFiles: ImportFiles; incoming: IncomingFiles } = {
    documents,
    /** Reads imported files in a capped worker; follows and cancels running imports. */
    importFiles,
    incoming,
  };
  const targetsTables = createTargetsTables({ store, documents });
  const annotation = createAnnotationService({ store, documents, clock, deliver, versions, targetsTable: targetsTables.tableInput });
  const cosign = createCoSignService({ store, clock, deliver, signingKey: createSigningKey(dataFolder, clock) });
  const draft = createDraftService({ store, documents, clock, deliver, coSignMarks: cosign.marks });
  const vote = createVoteService({ store, documents, clock, deliver });
  const library = createLibraryService({ store, documents, texts, clock, importFiles });
  const submission = createSubmissionService({ store, clock, deliver, importFiles });
  const speech = createSpeechService({ store, documents, clock, deliver });
  const api = {
    app: createAppService({ store, documents, version, dataFolder }),
    data: createDataService({ store, texts, clock, deliver, dataFolder, incoming }),
    library,
    document,
    settings: createSettingsService({ store }),
    reading: createReadingService({ store, documents, clock }),
    annotation,
    profile: createProfileService({ store }),
    draft,
    vote,
    targets: createTargetsService({ store, documents, tables: targetsTables, clock, deliver }),
    compare: createCompareService({ store, documents, document, clock, jobs: runner }),
    submission,
    speech,
    cosign: cosign.api,
    // Each kind comes back through the service that owns it (and its checks).
    bin: createBinService({ store, texts, clock, dataFolder, restorers: { annotation, draft, library, vote, speech, submission } }),
  } satisfies ApiServices;
  return { ...shared, ...api };
}
export type Services = ReturnType<typeof createServices>;
