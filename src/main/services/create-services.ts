import type { AppJobContract } from '../../shared/workers/job-contract';
import { createLibraryTexts } from '../storage/library-texts';
import type { Store } from '../storage/store';
import type { TextStore } from '../storage/text-store';
import { createAppJobRunner } from '../workers/app-job-runner';
import type { JobRunner } from '../workers/job-runner';
import { createAnnotationService, type AnnotationService } from './annotation-service';
import { createAppService, type AppService } from './app-service';
import { createBinService, type BinService } from './bin-service';
import { createDataService, type DataService } from './data-service';
import { createDraftService, type DraftService } from './draft-service';
import { createImportFiles, type ImportFiles } from './import/import-files';
import { createNotesExportService, type NotesExportService } from './notes-export-service';
import type { FileDelivery } from './file-delivery';
import { createIncomingFiles, type ChooseFile, type IncomingFiles } from './incoming-files';
import { createProfileService, type ProfileService } from './profile-service';
import { createLibraryEditService, type LibraryEditService } from './library-edit-service';
import { createLibraryService, type LibraryService } from './library-service';
import { createReadingService, type ReadingService } from './reading-service';
import { jobReanchorer } from './revision-reanchoring';
import { createRevisionService, type RevisionService } from './revision-service';
import { createSettingsService, type SettingsService } from './settings-service';
import { createVoteService, type VoteService } from './vote-service';

export interface Services {
  app: AppService;
  data: DataService;
  bin: BinService;
  incoming: IncomingFiles;
  library: LibraryService;
  libraryEdit: LibraryEditService;
  /** Reads imported files in a capped worker; follows and cancels running imports. */
  importFiles: ImportFiles;
  settings: SettingsService;
  reading: ReadingService;
  annotations: AnnotationService;
  revisions: RevisionService;
  notesExport: NotesExportService;
  profile: ProfileService;
  drafts: DraftService;
  votes: VoteService;
}

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

/** Wires every service to the platform it is given (real folders in the app, temp folders in tests). */
export function createServices({ store, textFiles, clock, version, dataFolder, deliver, jobs, chooseFile }: Platform): Services {
  const texts = createLibraryTexts(store, textFiles);
  const library = createLibraryService({ store, texts, clock });
  const runner = jobs ?? createAppJobRunner();
  const importFiles = createImportFiles(runner);
  const revisions = createRevisionService({ store, library, texts, clock, importFiles, reanchor: jobReanchorer(runner) });
  const libraryEdit = createLibraryEditService({ store, library, texts, clock, importFiles });
  const annotations = createAnnotationService({ store, library, clock });
  const drafts = createDraftService({ store, library, clock, deliver });
  const votes = createVoteService({ store, library, clock, deliver });
  return {
    app: createAppService({ store, version, dataFolder }),
    data: createDataService({ store, texts, clock, deliver, dataFolder }),
    incoming: createIncomingFiles(chooseFile),
    bin: createBinService({ store, texts, clock, dataFolder, restorers: { annotations, drafts, libraryEdit, votes } }),
    library,
    libraryEdit,
    importFiles,
    settings: createSettingsService({ store }),
    reading: createReadingService({ store, library, clock }),
    annotations,
    revisions,
    notesExport: createNotesExportService({ store, library, deliver, clock, versions: (id) => revisions.versions(id) }),
    profile: createProfileService({ store }),
    drafts,
    votes,
  };
}
