import { createLibraryTexts } from '../storage/library-texts';
import type { Store } from '../storage/store';
import type { TextStore } from '../storage/text-store';
import { createAnnotationService, type AnnotationService } from './annotation-service';
import { createAppService, type AppService } from './app-service';
import { createBinService, type BinService } from './bin-service';
import { createDataService, type DataService } from './data-service';
import { createDraftService, type DraftService } from './draft-service';
import { createNotesExportService, type NotesExportService } from './notes-export-service';
import type { FileDelivery } from './file-delivery';
import { createIncomingFiles, type ChooseFile, type IncomingFiles } from './incoming-files';
import { createProfileService, type ProfileService } from './profile-service';
import { createLibraryEditService, type LibraryEditService } from './library-edit-service';
import { createLibraryService, type LibraryService } from './library-service';
import { createReadingService, type ReadingService } from './reading-service';
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
  /** The desktop app's open dialog for a backup file; the web host has none (it takes uploads). */
  chooseFile?: ChooseFile;
}

/** Wires every service to the platform it is given (real folders in the app, temp folders in tests). */
export function createServices({ store, textFiles, clock, version, dataFolder, deliver, chooseFile }: Platform): Services {
  const texts = createLibraryTexts(store, textFiles);
  const library = createLibraryService({ store, texts, clock });
  return {
    app: createAppService({ store, version, dataFolder }),
    data: createDataService({ store, texts, clock, deliver, dataFolder }),
    incoming: createIncomingFiles(chooseFile),
    bin: createBinService({ store, texts, clock, dataFolder }),
    library,
    libraryEdit: createLibraryEditService({ store, library, texts, clock }),
    settings: createSettingsService({ store }),
    reading: createReadingService({ store, library, clock }),
    annotations: createAnnotationService({ store, library, clock }),
    revisions: createRevisionService({ store, library, texts, clock }),
    notesExport: createNotesExportService({ store, library, deliver }),
    profile: createProfileService({ store }),
    drafts: createDraftService({ store, library, clock, deliver }),
    votes: createVoteService({ store, library, clock, deliver }),
  };
}
