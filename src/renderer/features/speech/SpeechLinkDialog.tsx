import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpeechPoint } from '../../../shared/speech/speech-card';
import { buildReaderTree } from '../../app/reading/section-tree';
import { AnnotationPicker } from '../../components/AnnotationPicker';
import { annotationGroupsOf } from '../../components/annotation-groups';
import { DocumentPicker } from '../../components/DocumentPicker';
import { ModalDialog } from '../../components/ModalDialog';
import { ParagraphPicker } from '../../components/ParagraphPicker';
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
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const shown = documents.find((d) => d.summary.id === chosen) ?? documents[0];
  const tree = useMemo(() => (shown ? buildReaderTree(shown.report.outline.sections) : []), [shown]);
  const linked = useMemo(
    () => new Set(point.passages.filter((p) => p.documentId === shown?.summary.id).map((p) => p.paragraphId)),
    [point.passages, shown],
  );
  const groups = useMemo(() => annotationGroupsOf(documents), [documents]);
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
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} className="speech-picker-dialog">
      <div className="chooser speech-picker" data-testid={kind === 'passage' ? 'speech-paragraph-picker' : 'speech-annotation-picker'}>
        <h2 id={`${id}-title`} className="dialog-title">
          {t(kind === 'passage' ? 'speech.pickPassageTitle' : 'speech.pickAnnotationTitle')}
        </h2>
        {loadError && (
          <p className="field-error" role="alert">
            {t('speech.documentsFailed', { message: loadError })}
          </p>
        )}
        {kind === 'passage' && shown && (
          <>
            <DocumentPicker
              documents={documents.map((d) => ({ id: d.summary.id, title: d.summary.title }))}
              value={shown.summary.id}
              onChange={setChosen}
            />
            <ParagraphPicker
              key={shown.summary.id}
              tree={tree}
              linked={linked}
              onToggle={(paragraphId, link) => togglePassage(shown, paragraphId, link)}
            />
          </>
        )}
        {kind === 'annotation' && <AnnotationPicker groups={groups} linked={new Set(point.annotationIds)} onToggle={toggleAnnotation} />}
        <div className="dialog-actions">
          <span className="dialog-spacer" />
          <button type="button" className="primary-button" onClick={onClose}>
            {t('speech.done')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
