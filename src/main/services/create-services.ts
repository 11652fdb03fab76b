import type { Store } from '../storage/store';
import { createAnnotationService, type AnnotationService } from './annotation-service';
import { createAppService, type AppService } from './app-service';
import { createLibraryService, type LibraryService } from './library-service';
import { createReadingService, type ReadingService } from './reading-service';
import { createRevisionService, type RevisionService } from './revision-service';
import { createSettingsService, type SettingsService } from './settings-service';

export interface Services {
  app: AppService;
  library: LibraryService;
  settings: SettingsService;
  reading: ReadingService;
  annotations: AnnotationService;
  revisions: RevisionService;
}

export interface Platform {
  store: Store;
  clock: () => Date;
  version: string;
  dataFolder: string;
}

/** Wires every service to the platform it is given (real folders in the app, temp folders in tests). */
export function createServices({ store, clock, version, dataFolder }: Platform): Services {
  const library = createLibraryService({ store, clock });
  return {
    app: createAppService({ store, version, dataFolder }),
    library,
    settings: createSettingsService({ store }),
    reading: createReadingService({ store, library, clock }),
    annotations: createAnnotationService({ store, library, clock }),
    revisions: createRevisionService({ store, library, clock }),
  };
}
