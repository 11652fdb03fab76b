import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpeechPoint } from '../../../shared/speech/speech-card';
import { AnnotationPicker } from '../../components/AnnotationPicker';
import { annotationGroupsOf } from '../../components/annotation-groups';
import { DocumentParagraphPicker } from '../../components/DocumentParagraphPicker';
import { PickerDialog } from '../../components/PickerDialog';
import type { LibraryDocument } from '../../components/useLibraryDocuments';
import { passageFor } from './speech-links';

export type LinkKind = 'passage' | 'annotation';

interface SpeechLinkDialogProps {
  kind: LinkKind;
  point: SpeechPoint;
  documents: readonly LibraryDocument[];
  loadError: string | null;
  onChange: (change: Pick<SpeechPoint, 'passages'> | Pick<SpeechPoint, 'annotationIds'>) => void;
  onClose: () => void;
}

/** Report passages (a document chooser and its paragraphs) or the deputy's annotations: a press links or unlinks one to the point. */
export function SpeechLinkDialog({ kind, point, documents, loadError, onChange, onClose }: SpeechLinkDialogProps) {
  const { t } = useTranslation();
  const groups = useMemo(() => annotationGroupsOf(documents), [documents]);
  const linkedAnnotations = useMemo(() => new Set(point.annotationIds), [point.annotationIds]);
  const togglePassage = (doc: LibraryDocument, paragraphId: string, link: boolean) => {
    const rest = point.passages.filter((p) => !(p.documentId === doc.summary.id && p.paragraphId === paragraphId));
    const passage = link ? passageFor(doc, paragraphId) : null;
    onChange({ passages: passage ? [...rest, passage] : rest });
  };
  const toggleAnnotation = (annotationId: string, link: boolean) => {
    const rest = point.annotationIds.filter((a) => a !== annotationId);
    onChange({ annotationIds: link ? [...rest, annotationId] : rest });
  };

  return (
    <PickerDialog
      title={t(kind === 'passage' ? 'speech.pickPassageTitle' : 'speech.pickAnnotationTitle')}
      error={loadError && t('speech.documentsFailed', { message: loadError })}
      doneLabel={t('speech.done')}
      testId={kind === 'passage' ? 'speech-paragraph-picker' : 'speech-annotation-picker'}
      onClose={onClose}
    >
      {kind === 'passage' ? (
        <DocumentParagraphPicker documents={documents} links={point.passages} onToggle={togglePassage} />
      ) : (
        <AnnotationPicker groups={groups} linked={linkedAnnotations} onToggle={toggleAnnotation} />
      )}
    </PickerDialog>
  );
}
