import { useCallback, useMemo, useState, type RefObject } from 'react';
import { paragraphIndexAt, type DocumentText } from '../../../shared/anchoring/document-text';
import { shortQuote } from '../../../shared/anchoring/short-quote';
import type { Annotation } from '../../../shared/domain/annotation';
import { errorText } from '../../app/error-message';
import { useUndoableRemoval } from '../../app/useUndoableRemoval';
import { paragraphElementId } from '../../app/reading/dom-ids';
import { scrollTopFor } from '../../app/reading/scrolling';
import type { EditorSubject } from './AnnotationEditor';
import { selectionToDocumentRange } from '../../app/reading/selection-dom';
import { documentRangeBetween, type DocumentRange, type SelectionMemory } from '../../app/reading/selection-offsets';
import { currentParagraphId } from './usePaneInteractions';
import type { AnnotationDraft, AnnotationsApi } from './useAnnotations';

import type { WorkspaceNotice } from '../../app/workspace-notice';

export type { WorkspaceNotice } from '../../app/workspace-notice';

interface CommandDeps {
  store: AnnotationsApi;
  documentText: DocumentText;
  paneRef: RefObject<HTMLElement | null>;
  lastSelection: SelectionMemory;
  /** The key of the document version shown (see SelectionMemory): only a selection made in it is used. */
  selectionKey: string;
  topParagraph: RefObject<string | null>;
  notify: (notice: WorkspaceNotice | null) => void;
}

type EditorState =
  { subject: EditorSubject; range: DocumentRange; annotationId: null } | { subject: EditorSubject; range: null; annotationId: string };

const NEW_DRAFT: AnnotationDraft = { kind: 'question', note: '', tags: [] };
const ANNOTATION_KINDS = ['annotation'] as const;
const restoredNotice = () => ({ key: 'annotation.restored' });

/** Named commands on annotations, shared by buttons, highlights and shortcuts. */
export function useAnnotationCommands({ store, documentText, paneRef, lastSelection, selectionKey, topParagraph, notify }: CommandDeps) {
  const [editor, setEditor] = useState<EditorState | null>(null);
  const [chooser, setChooser] = useState<Annotation[] | null>(null);
  const saveFailed = useCallback(
    (error: unknown) => notify({ key: 'status.saveFailed', values: { message: errorText(error) }, tone: 'error' }),
    [notify],
  );
  // Ctrl/Cmd+Z takes back a delete (restored by the main side) or a re-attach of one annotation.
  const undo = useUndoableRemoval({ kinds: ANNOTATION_KINDS, notify, restoredNotice, onRestored: store.reload, failed: saveFailed });
  const byId = useMemo(() => new Map((store.annotations ?? []).map((a) => [a.id, a])), [store.annotations]);

  const citationAt = useCallback(
    (offset: number) => documentText.paragraphs[paragraphIndexAt(documentText.paragraphs, offset)]?.citation ?? '',
    [documentText],
  );

  const openCreate = useCallback(
    (range: DocumentRange) => {
      const quote = documentText.text.slice(range.start, range.end);
      setEditor({ subject: { mode: 'create', quote, citation: citationAt(range.start), initial: NEW_DRAFT }, range, annotationId: null });
    },
    [documentText, citationAt],
  );

  /** Ctrl/Cmd+Shift+A: the selection, or else the focused (or top) paragraph. */
  const annotateCurrent = useCallback(() => {
    const pane = paneRef.current;
    if (!pane) return;
    const selected = selectionToDocumentRange(window.getSelection(), pane, documentText);
    if (selected) return openCreate(selected);
    const id = currentParagraphId(pane, topParagraph.current);
    const index = documentText.paragraphs.findIndex((p) => p.id === id);
    const span = documentText.paragraphs[index];
    if (!span) return;
    const whole = documentRangeBetween(
      documentText.paragraphs,
      documentText.text,
      { paragraphIndex: index, offset: 0 },
      { paragraphIndex: index, offset: span.end - span.start },
    );
    if (whole) openCreate(whole);
  }, [paneRef, documentText, topParagraph, openCreate]);

  const openEdit = useCallback(
    (annotation: Annotation) => {
      setChooser(null);
      setEditor({
        subject: {
          mode: 'edit',
          quote: annotation.target.quote.exact,
          citation: citationAt(annotation.target.position.start),
          initial: annotation,
        },
        range: null,
        annotationId: annotation.id,
      });
    },
    [citationAt],
  );

  const activateHighlight = useCallback(
    (ids: string[]) => {
      const found = ids.map((id) => byId.get(id)).filter((a): a is Annotation => a !== undefined);
      if (found.length === 1) openEdit(found[0]!);
      else if (found.length > 1) setChooser(found);
    },
    [byId, openEdit],
  );

  const save = useCallback(
    async (draft: AnnotationDraft) => {
      if (!editor) return;
      if (editor.annotationId === null) {
        await store.create(editor.range, draft);
        window.getSelection()?.removeAllRanges();
        notify({ key: 'annotation.saved', tone: 'info' });
      } else {
        await store.update(editor.annotationId, draft);
        notify({ key: 'annotation.updated', tone: 'info' });
      }
      setEditor(null);
    },
    [editor, store, notify],
  );

  const remove = useCallback(
    async (annotation: Annotation) => {
      // Deleted from its editor or highlight (not from a panel card, which moves focus itself): focus
      // goes to the annotated paragraph instead of being lost with the highlight.
      const fromPanel = document.activeElement?.closest('[data-testid="annotations-panel"]') != null;
      setEditor(null);
      try {
        await store.remove(annotation.id);
        if (!fromPanel) focusParagraph(annotation.target.paragraphId);
        undo.removed({ kind: 'annotation', id: annotation.id }, { key: 'annotation.deleted' });
      } catch (error) {
        saveFailed(error);
      }
    },
    [store, undo, saveFailed],
  );

  const reattach = useCallback(
    async (annotation: Annotation) => {
      // The live selection in the pane (which shows this version), else the one kept while focus moved
      // to the button, if it was made in this very version; never offsets from another text.
      const pane = paneRef.current;
      const range = (pane && selectionToDocumentRange(window.getSelection(), pane, documentText)) ?? lastSelection.get(selectionKey);
      if (!range) {
        notify({ key: 'annotation.reattachNeedsSelection', tone: 'error' });
        return;
      }
      try {
        const moved = await store.reattach(annotation.id, range);
        lastSelection.set(selectionKey, null);
        window.getSelection()?.removeAllRanges();
        undo.changed(annotation.id, { key: 'annotation.reattached', values: { quote: shortQuote(moved.target.quote.exact) } }, async () => {
          const back = await store.undoReattach(annotation.id);
          notify({ key: 'annotation.reattachUndone', values: { quote: shortQuote(back.target.quote.exact) }, tone: 'info' });
        });
      } catch (error) {
        saveFailed(error);
      }
    },
    [paneRef, documentText, lastSelection, selectionKey, store, notify, undo, saveFailed],
  );

  /** Scrolls to an annotation's passage, focuses its first highlight and flashes it. */
  const jumpTo = useCallback(
    (annotation: Annotation, { focus = true }: { focus?: boolean } = {}) => {
      const pane = paneRef.current;
      if (!pane) return;
      const span = documentText.paragraphs[paragraphIndexAt(documentText.paragraphs, annotation.target.position.start)];
      const paragraph = span && document.getElementById(paragraphElementId(span.id));
      if (!paragraph) return;
      const marks = [...pane.querySelectorAll<HTMLElement>(`mark[data-annotation-ids~="${CSS.escape(annotation.id)}"]`)];
      const target = marks[0] ?? paragraph;
      pane.scrollTo({ top: Math.max(0, scrollTopFor(pane, paragraph) - pane.clientHeight / 4), behavior: 'instant' });
      if (focus) target.focus({ preventScroll: true });
      for (const element of marks.length > 0 ? marks : [paragraph]) {
        element.classList.remove('flash');
        void element.offsetWidth; // restart the animation
        element.classList.add('flash');
        window.setTimeout(() => element.classList.remove('flash'), 1800);
      }
    },
    [paneRef, documentText],
  );

  return {
    editor,
    chooser,
    byId,
    openCreate,
    annotateCurrent,
    openEdit,
    activateHighlight,
    save,
    remove,
    undoLast: undo.undoLast,
    reattach,
    jumpTo,
    closeEditor: useCallback(() => setEditor(null), []),
    closeChooser: useCallback(() => setChooser(null), []),
    editingAnnotation: editor?.annotationId ? (byId.get(editor.annotationId) ?? null) : null,
  };
}

function focusParagraph(paragraphId: string): void {
  const paragraph = document.getElementById(paragraphElementId(paragraphId));
  if (!paragraph) return;
  paragraph.tabIndex = -1;
  paragraph.focus({ preventScroll: true });
}
