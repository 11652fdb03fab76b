import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildDocumentText } from '../../../shared/anchoring/document-text';
import type { AnnotationFate } from '../../../shared/compare/comparison-schema';
import { formatDateTime } from '../../app/date-format';
import { errorText } from '../../app/error-message';
import { useApiQuery } from '../../app/query/useApiQuery';
import { selectionToDocumentRange } from '../../app/reading/selection-dom';
import { AnnotationFateCard, fateElementId } from './AnnotationFateCard';
import { ChangeList } from './ChangeList';
import { ComparisonRows, rowElementId } from './ComparisonRows';
import { reviewQueue } from './review-queue';
import { ReviewQueue } from './ReviewQueue';
import './compare.css';

export const COMPARE_MAIN_ID = 'compare-main';
const NEW_PARAGRAPH = 'p[data-paragraph-id]';

interface CompareViewProps {
  documentId: string;
  title: string;
}

const reveal = (elementId: string) => {
  const element = document.getElementById(elementId);
  element?.scrollIntoView({ block: 'center' });
  element?.focus({ preventScroll: true });
};

/** Two versions of the open document compared: the change list, the paragraphs (side by side or inline) and the annotations with their review. */
export function CompareView({ documentId, title }: CompareViewProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const rowsRef = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState<{ documentId: string; from?: number; to?: number }>({ documentId });
  const [layout, setLayout] = useState<'side' | 'inline'>('side');
  const [onlyChanged, setOnlyChanged] = useState(false);
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set());
  const versions = useApiQuery('document.versions', { documentId });
  const list = versions.data ?? [];
  const current = list.find((v) => v.current)?.version;
  const picked = chosen.documentId === documentId ? chosen : { documentId };
  const to = picked.to ?? current;
  const from = picked.from ?? (to !== undefined ? Math.max(1, to - 1) : undefined);
  const ready = list.length >= 2 && from !== undefined && to !== undefined && from !== to;
  const comparison = useApiQuery('compare.versions', { documentId, from, to }, { enabled: ready });
  const report = useApiQuery('document.get', { documentId });
  const documentText = useMemo(() => (report.data ? buildDocumentText(report.data.outline) : null), [report.data]);
  const data = ready ? comparison.data : undefined;
  const queue = useMemo(() => (data ? reviewQueue(data, kept) : []), [data, kept]);

  const selection = () => {
    const pane = rowsRef.current;
    const current = window.getSelection();
    if (!pane || !documentText || !current || current.rangeCount === 0 || layout !== 'side') return null;
    const range = current.getRangeAt(0);
    const inNew = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest(NEW_PARAGRAPH) != null;
    if (!inNew(range.startContainer) || !inNew(range.endContainer)) return null;
    return selectionToDocumentRange(current, pane, documentText);
  };

  const versionPicker = (side: 'from' | 'to', value: number | undefined) => (
    <div className="field">
      <label htmlFor={`${id}-${side}`} className="field-label">
        {t(side === 'from' ? 'compare.older' : 'compare.newer')}
      </label>
      <select
        id={`${id}-${side}`}
        className="draft-input"
        value={value ?? ''}
        onChange={(event) => setChosen({ ...picked, from, to, [side]: Number(event.target.value) })}
      >
        {list.map((v) => (
          <option key={v.version} value={v.version}>
            {t(v.current ? 'compare.versionCurrent' : 'compare.version', {
              version: v.version,
              date: formatDateTime(v.addedAt, i18n.language),
            })}
          </option>
        ))}
      </select>
    </div>
  );

  const showFate = (fate: AnnotationFate) => reveal(fateElementId(fate.annotationId));
  return (
    <main id={COMPARE_MAIN_ID} className="cmp-view" tabIndex={-1} aria-labelledby={`${id}-title`} data-testid="compare-view">
      <div className="cmp-top">
        <h2 id={`${id}-title`} className="cmp-title">
          {t('compare.title', { title })}
        </h2>
        {versions.isSuccess && list.length < 2 ? (
          <p className="panel-empty">{t('compare.oneVersion', { title })}</p>
        ) : (
          <div className="cmp-controls">
            {versionPicker('from', from)}
            {versionPicker('to', to)}
            <fieldset className="cmp-layout">
              <legend className="field-label">{t('compare.layout')}</legend>
              {(['side', 'inline'] as const).map((value) => (
                <label key={value}>
                  <input type="radio" name={`${id}-layout`} checked={layout === value} onChange={() => setLayout(value)} />{' '}
                  {t(value === 'side' ? 'compare.sideBySide' : 'compare.inline')}
                </label>
              ))}
            </fieldset>
            <label className="cmp-only">
              <input type="checkbox" checked={onlyChanged} onChange={(event) => setOnlyChanged(event.target.checked)} />{' '}
              {t('compare.onlyChanged')}
            </label>
          </div>
        )}
        {data && (
          <p className="panel-count" role="status" data-testid="compare-summary">
            {t('compare.summary', data.counts)}
          </p>
        )}
      </div>
      {list.length >= 2 && from === to ? (
        <p className="panel-empty" role="alert">
          {t('compare.sameVersion')}
        </p>
      ) : comparison.isError ? (
        <p className="panel-empty" role="alert">
          {t('compare.loadFailed', { message: errorText(comparison.error) })}
        </p>
      ) : ready && !data ? (
        <p className="panel-empty" role="status">
          {t('compare.loading')}
        </p>
      ) : data ? (
        <div className="cmp-body">
          <div className="cmp-side">
            {data.sections.length === 0 ? (
              <p className="panel-empty">{t('compare.noChanges')}</p>
            ) : (
              <ChangeList sections={data.sections} onShow={(row) => reveal(rowElementId(row))} />
            )}
          </div>
          <div className="cmp-main" ref={rowsRef}>
            <ComparisonRows
              comparison={data}
              layout={layout}
              onlyChanged={onlyChanged}
              onShowAnnotation={(annotationId) => reveal(fateElementId(annotationId))}
            />
          </div>
          <aside className="cmp-side cmp-side--annotations" aria-label={t('compare.annotations')}>
            <ReviewQueue
              comparison={data}
              queue={queue}
              selection={selection}
              onKeep={(annotationId) => setKept((set) => new Set([...set, annotationId]))}
              onShow={showFate}
            />
            <h3 className="cmp-heading">{t('compare.annotations')}</h3>
            {data.annotations.length === 0 && <p className="panel-empty">{t('compare.noAnnotations')}</p>}
            <div data-testid="annotation-fates">
              {data.annotations.map((fate) => (
                <AnnotationFateCard key={fate.annotationId} fate={fate} comparison={data} />
              ))}
            </div>
          </aside>
        </div>
      ) : null}
    </main>
  );
}
