import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LanguageSchema, speakingRate } from '../../../shared/domain/settings';
import { SPEECH_MINUTES, SPEECH_POINTS_MAX, type SpeechCard, type SpeechPoint } from '../../../shared/speech/speech-card';
import { speechBudget } from '../../../shared/speech/speaking-time';
import { completeDelivery } from '../../app/deliver';
import { errorText } from '../../app/error-message';
import { useApiQuery } from '../../app/query/useApiQuery';
import { useApiMutation } from '../../app/query/useApiMutation';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import { useLibraryDocuments } from '../../components/useLibraryDocuments';
import { BudgetLine, RateFields } from './BudgetLine';
import { PointEditor } from './PointEditor';
import { PracticeTimer } from './PracticeTimer';
import type { OpenPlace } from './speech-links';
import { SpeechLinkDialog, type LinkKind } from './SpeechLinkDialog';
import { SpeechPrintSheet } from './SpeechPrintSheet';
import { newPoint, usePointsAutosave, type UnsavedPoints } from './useSpeechCards';

interface SpeechCardEditorProps {
  card: SpeechCard;
  unsaved: UnsavedPoints;
  openPlace: OpenPlace;
  notify: (notice: WorkspaceNotice | null) => void;
  onRemove: () => void;
}

/** One speech card: its title and time, the points in priority order with their links, the budget, practice, print and DOCX. */
export function SpeechCardEditor({ card, unsaved, openPlace, notify, onRemove }: SpeechCardEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [points, setPoints] = useState<SpeechPoint[]>(() => unsaved.get(card.id) ?? card.points);
  const [picking, setPicking] = useState<{ pointId: string; kind: LinkKind } | null>(null);
  const autosave = usePointsAutosave(card.id, unsaved);
  const update = useApiMutation('speech.update');
  const settings = useApiQuery('settings.get', {});
  const rate = speakingRate(settings.data ?? {});
  const budget = useMemo(
    () =>
      speechBudget(
        points.map((p) => p.text),
        card.minutes,
        rate,
      ),
    [points, card.minutes, rate.charsPerMinute, rate.wordsPerMinute], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const library = useLibraryDocuments();
  const documents = library.documents ?? [];

  const change = (next: SpeechPoint[]) => {
    setPoints(next);
    autosave.change(next);
  };
  const patch = (pointId: string, p: Partial<SpeechPoint>) => change(points.map((x) => (x.id === pointId ? { ...x, ...p } : x)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...points];
    const [moved] = next.splice(index, 1);
    if (!moved) return;
    next.splice(index + by, 0, moved);
    change(next);
  };

  const exportDocx = async () => {
    try {
      if (!(await autosave.flush())) return notify({ key: 'speech.exportNeedsSave', tone: 'error' });
      const outcome = completeDelivery(await api(card.id));
      if (outcome.kind === 'saved') notify({ key: 'editor.savedTo', values: { path: outcome.path }, tone: 'info' });
      else if (outcome.kind === 'downloaded') notify({ key: 'editor.downloaded', values: { fileName: outcome.fileName }, tone: 'info' });
    } catch (error) {
      notify({ key: 'editor.exportFailed', values: { message: errorText(error) }, tone: 'error' });
    }
  };
  const exporter = useApiMutation('speech.exportDocx', { invalidate: false });
  const api = (cardId: string) => exporter.mutateAsync({ cardId });

  const print = () => {
    void autosave.flush();
    window.print();
  };

  const picked = picking ? points.find((p) => p.id === picking.pointId) : undefined;
  return (
    <article className="speech-editor" aria-labelledby={`${id}-heading`} data-testid="speech-editor">
      <header className="speech-editor-header">
        <h2 id={`${id}-heading`} className="speech-editor-title">
          {card.title.trim() || t('speech.untitled')}
        </h2>
        <span className="save-status" role="status" data-testid="speech-save-status">
          {t(`editor.status.${autosave.status}`)}
        </span>
        <div className="speech-editor-actions">
          <button type="button" className="primary-button" onClick={() => void exportDocx()} data-testid="speech-export-docx">
            {t('speech.exportDocx')}
          </button>
          <button type="button" className="text-button" onClick={print} data-testid="speech-print">
            {t('speech.print')}
          </button>
          <button type="button" className="text-button text-button--danger" onClick={onRemove}>
            {t('speech.remove')}
          </button>
        </div>
      </header>
      <div className="speech-settings">
        <label className="field">
          <span className="field-label">{t('speech.cardTitle')}</span>
          <input
            className="draft-input"
            defaultValue={card.title}
            maxLength={500}
            onBlur={(e) => e.target.value !== card.title && update.mutate({ cardId: card.id, title: e.target.value })}
          />
        </label>
        <label className="field speech-minutes">
          <span className="field-label">{t('speech.minutes')}</span>
          <input
            className="draft-input"
            type="number"
            min={SPEECH_MINUTES.min}
            max={SPEECH_MINUTES.max}
            defaultValue={card.minutes}
            onChange={(e) => {
              const minutes = e.target.valueAsNumber;
              if (Number.isInteger(minutes) && minutes >= SPEECH_MINUTES.min && minutes <= SPEECH_MINUTES.max && minutes !== card.minutes)
                update.mutate({ cardId: card.id, minutes });
            }}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('speech.language')}</span>
          <select
            className="draft-input"
            value={card.language}
            onChange={(e) => {
              const language = LanguageSchema.safeParse(e.target.value);
              if (language.success) update.mutate({ cardId: card.id, language: language.data });
            }}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        </label>
        <RateFields rate={rate} />
      </div>
      <BudgetLine budget={budget} />
      <PracticeTimer totalMs={card.minutes * 60_000} />
      <section className="speech-points" aria-labelledby={`${id}-points`}>
        <h3 id={`${id}-points`} className="draft-section-title">
          {t('speech.points')}
        </h3>
        <p className="field-hint">{t('speech.pointsHint')}</p>
        <ol className="speech-point-list">
          {points.map((point, i) => (
            <PointEditor
              key={point.id}
              point={point}
              index={i}
              count={points.length}
              seconds={budget.perPoint[i] ?? 0}
              documents={documents}
              onText={(text) => patch(point.id, { text })}
              onMove={(by) => move(i, by)}
              onRemove={() => change(points.filter((p) => p.id !== point.id))}
              onPick={(kind) => setPicking({ pointId: point.id, kind })}
              onUnlinkPassage={(documentId, paragraphId) =>
                patch(point.id, { passages: point.passages.filter((p) => !(p.documentId === documentId && p.paragraphId === paragraphId)) })
              }
              onUnlinkAnnotation={(annotationId) =>
                patch(point.id, { annotationIds: point.annotationIds.filter((a) => a !== annotationId) })
              }
              openPlace={openPlace}
            />
          ))}
        </ol>
        <button
          type="button"
          className="text-button"
          disabled={points.length >= SPEECH_POINTS_MAX}
          onClick={() => change([...points, newPoint()])}
          data-testid="speech-add-point"
        >
          {t('speech.addPoint')}
        </button>
      </section>
      {picking && picked && (
        <SpeechLinkDialog
          kind={picking.kind}
          point={picked}
          documents={documents}
          loadError={library.loadError}
          onChange={(p) => patch(picked.id, p)}
          onClose={() => setPicking(null)}
        />
      )}
      <SpeechPrintSheet card={{ ...card, points }} budget={budget} rate={rate} documents={documents} />
    </article>
  );
}
