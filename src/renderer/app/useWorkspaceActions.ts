import { useCallback } from 'react';
import type { Annotation } from '../../shared/domain/annotation';
import type { DraftKind } from '../../shared/domain/draft';
import type { Language } from '../../shared/domain/settings';
import type { WorkspaceNotice } from './workspace-notice';
import { completeDelivery } from './deliver';
import { errorText } from './error-message';
import { focusWhenShown } from './focus-when-shown';
import { useApiMutation } from './query/useApiMutation';

interface WorkspaceActionsOptions {
  documentId: string;
  language: Language;
  notify: (notice: WorkspaceNotice | null) => void;
  /** Closes the annotation editor before the drafts view opens. */
  closeEditor: () => void;
  openDraft: (draftId: string) => void;
}

/** What the reader starts in another place: a draft from an annotation or a passage, and the notes exported as a file. */
export function useWorkspaceActions({ documentId, language, notify, closeEditor, openDraft }: WorkspaceActionsOptions) {
  const { mutateAsync: createDraft } = useApiMutation('draft.create');
  // An action, not something shown: a call of its own rather than a cached read.
  const { mutateAsync: exportNotesFile } = useApiMutation('annotation.exportNotes');

  /** A draft quoting an annotation (its note starts the reasons) or a selected passage; the drafts view opens it. */
  const startDraft = useCallback(
    async (kind: DraftKind, source: { annotationId: string } | { documentId: string; start: number; end: number }) => {
      try {
        const draft = await createDraft({ kind, language, source });
        closeEditor();
        window.getSelection()?.removeAllRanges();
        openDraft(draft.id);
        // The new draft opens with focus in its title, the first thing to write.
        focusWhenShown(() =>
          document.querySelector<HTMLElement>(`[data-testid="draft-editor"][data-draft-id="${CSS.escape(draft.id)}"] input[id$="-title"]`),
        );
        notify({
          key: 'drafts.startedFrom',
          values: { citation: draft.citations[0]?.citation ?? '' },
          valueKeys: { kind: `drafts.kind.${kind}` },
          tone: 'info',
        });
      } catch (error) {
        notify({ key: 'drafts.actionFailed', values: { message: errorText(error) }, tone: 'error' });
      }
    },
    [createDraft, language, closeEditor, openDraft, notify],
  );
  const draftFromAnnotation = useCallback(
    (annotation: Annotation, kind: DraftKind) => void startDraft(kind, { annotationId: annotation.id }),
    [startDraft],
  );
  const draftFromSelection = useCallback(
    (range: { start: number; end: number }, kind: DraftKind) => void startDraft(kind, { documentId, start: range.start, end: range.end }),
    [startDraft, documentId],
  );

  /** The open document's notes, or with `everyDocument` every library document's. */
  const exportNotes = useCallback(
    async (everyDocument = false) => {
      try {
        const outcome = completeDelivery(await exportNotesFile({ documentId, language, everyDocument }));
        if (outcome.kind === 'saved') notify({ key: 'editor.savedTo', values: { path: outcome.path }, tone: 'info' });
        else if (outcome.kind === 'downloaded') notify({ key: 'editor.downloaded', values: { fileName: outcome.fileName }, tone: 'info' });
      } catch (error) {
        notify({ key: 'notes.failed', values: { message: errorText(error) }, tone: 'error' });
      }
    },
    [exportNotesFile, documentId, language, notify],
  );

  return { draftFromAnnotation, draftFromSelection, exportNotes };
}
