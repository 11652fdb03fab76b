import { useMemo } from 'react';
import type { Annotation } from '../../shared/domain/annotation';
import type { DraftKind } from '../../shared/domain/draft';
import { AnnotationEditor } from '../features/annotations/AnnotationEditor';
import { tagsInUse } from '../features/annotations/annotation-filters';
import { HighlightChooser } from '../features/annotations/HighlightChooser';
import type { useAnnotationCommands } from '../features/annotations/useAnnotationCommands';

interface AnnotationDialogsProps {
  commands: ReturnType<typeof useAnnotationCommands>;
  /** The open document's annotations (their tags are offered in the editor). */
  annotations: readonly Annotation[];
  onDraft: (annotation: Annotation, kind: DraftKind) => void;
}

/** The reader's annotation dialogs: the editor (new or existing), and the chooser among overlapping highlights. */
export function AnnotationDialogs({ commands, annotations, onDraft }: AnnotationDialogsProps) {
  const tagSuggestions = useMemo(() => tagsInUse(annotations), [annotations]);
  const editing = commands.editingAnnotation;
  return (
    <>
      {commands.editor && (
        <AnnotationEditor
          key={commands.editor.annotationId ?? 'new'}
          subject={commands.editor.subject}
          tagSuggestions={tagSuggestions}
          onSave={commands.save}
          onDelete={editing ? () => void commands.remove(editing) : undefined}
          onClose={commands.closeEditor}
          onDraft={editing ? (kind) => onDraft(editing, kind) : undefined}
        />
      )}
      {commands.chooser && <HighlightChooser annotations={commands.chooser} onChoose={commands.openEdit} onClose={commands.closeChooser} />}
    </>
  );
}
