import type { Annotation } from '../../../shared/domain/annotation';
import type { ReportDocument } from '../../../shared/domain/document';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import type { UnsavedReasons } from './ReasonsField';
import type { VoteAgenda } from './useVoteAgenda';

/** What the votes view needs of the reader: the report shown, its annotations, where the deputy is, and jumps into it. */
export interface ReaderBridge {
  documentId: string;
  documentTitle: string;
  /** The report in the reader as it is now (its current version) and its annotations. */
  live: { report: ReportDocument; annotations: readonly Annotation[] };
  /** The paragraph of the last selection in the reader, else the one at the top of the pane. */
  currentParagraph: () => { paragraphId: string; citation: string; fromSelection: boolean } | null;
  /** Switches to the reader and lands on the paragraph (flashes it). */
  openParagraph: (documentId: string, paragraphId: string, documentTitle: string) => void;
  openAnnotation: (annotation: Annotation) => void;
}

export interface VotesContext {
  agenda: VoteAgenda;
  reader: ReaderBridge;
  unsavedReasons: UnsavedReasons;
  notify: (notice: WorkspaceNotice | null) => void;
}
