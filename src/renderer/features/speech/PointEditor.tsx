import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpeechPoint } from '../../../shared/speech/speech-card';
import { clockText } from '../../../shared/speech/speaking-time';
import { KIND_ICONS } from '../../components/annotation-kinds';
import { excerpt } from '../../components/excerpt';
import type { LibraryDocument } from '../../components/useLibraryDocuments';
import { findAnnotation, type OpenPlace } from './speech-links';
import type { LinkKind } from './SpeechLinkDialog';

interface PointEditorProps {
  point: SpeechPoint;
  index: number;
  count: number;
  /** Seconds the point takes to say. */
  seconds: number;
  documents: readonly LibraryDocument[];
  onText: (text: string) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onPick: (kind: LinkKind) => void;
  onUnlinkPassage: (documentId: string, paragraphId: string) => void;
  onUnlinkAnnotation: (annotationId: string) => void;
  openPlace: OpenPlace;
}

/** One point of the speech: what to say, its time, its place in the order, and the passages and annotations it rests on. */
export function PointEditor(props: PointEditorProps) {
  const { point, index, count, seconds, documents, openPlace } = props;
  const { t } = useTranslation();
  const id = useId();
  const n = index + 1;
  return (
    <li className="speech-point" data-testid="speech-point">
      <div className="speech-point-head">
        <label htmlFor={`${id}-text`} className="field-label">
          {t('speech.point', { n })}
        </label>
        <span className="speech-point-time" data-testid="speech-point-time">
          {t('speech.pointTime', { time: clockText(seconds) })}
        </span>
        <span className="dialog-spacer" />
        <button
          type="button"
          className="text-button text-button--small"
          disabled={index === 0}
          onClick={() => props.onMove(-1)}
          aria-label={t('speech.moveUp', { n })}
        >
          ↑
        </button>
        <button
          type="button"
          className="text-button text-button--small"
          disabled={index === count - 1}
          onClick={() => props.onMove(1)}
          aria-label={t('speech.moveDown', { n })}
        >
          ↓
        </button>
        <button type="button" className="text-button text-button--small text-button--danger" onClick={props.onRemove}>
          {t('speech.removePoint')}
        </button>
      </div>
      <textarea
        id={`${id}-text`}
        className="draft-input speech-point-text"
        rows={3}
        defaultValue={point.text}
        onChange={(e) => props.onText(e.target.value)}
      />
      <ul className="speech-links" aria-label={t('speech.linksLabel', { n })}>
        {point.passages.map((p) => (
          <li key={`${p.documentId}/${p.paragraphId}`} className="speech-link" data-testid="speech-passage">
            <button
              type="button"
              className="speech-link-open"
              aria-label={t('speech.openPassage', { citation: p.citation })}
              onClick={() => openPlace({ documentId: p.documentId, paragraphId: p.paragraphId, annotationId: null })}
            >
              <span className="speech-link-citation">{p.citation}</span> <span className="speech-link-text">{p.excerpt}</span>
            </button>
            <button
              type="button"
              className="text-button text-button--small"
              aria-label={t('speech.unlinkPassage', { citation: p.citation })}
              onClick={() => props.onUnlinkPassage(p.documentId, p.paragraphId)}
            >
              {t('speech.unlink')}
            </button>
          </li>
        ))}
        {point.annotationIds.map((annotationId) => {
          const found = findAnnotation(documents, annotationId);
          return (
            <li key={annotationId} className="speech-link" data-testid="speech-annotation">
              {found ? (
                <button
                  type="button"
                  className="speech-link-open"
                  onClick={() =>
                    openPlace({ documentId: found.doc.summary.id, paragraphId: found.annotation.target.paragraphId, annotationId })
                  }
                >
                  <span className={`kind-badge kind-badge--${found.annotation.kind}`} aria-hidden="true">
                    {KIND_ICONS[found.annotation.kind]}
                  </span>{' '}
                  <span className="speech-link-citation">{found.citation}</span>{' '}
                  <span className="speech-link-text">“{excerpt(found.annotation.target.quote.exact, 80)}”</span>
                </button>
              ) : (
                <span className="field-hint">{t('speech.annotationGone')}</span>
              )}
              <button type="button" className="text-button text-button--small" onClick={() => props.onUnlinkAnnotation(annotationId)}>
                {t('speech.unlink')}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="speech-point-actions">
        <button type="button" className="text-button text-button--small" onClick={() => props.onPick('passage')}>
          {t('speech.linkPassage')}
        </button>
        <button type="button" className="text-button text-button--small" onClick={() => props.onPick('annotation')}>
          {t('speech.linkAnnotation')}
        </button>
      </div>
    </li>
  );
}
