import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { buildDocumentText } from '../../../shared/anchoring/document-text';
import type { AnnotationFate } from '../../../shared/compare/comparison-schema';
import type { ApiOutput } from '../../../shared/contract/api-contract';
import { formatDateTime } from '../../app/date-format';
import { errorText } from '../../app/error-message';
import { useApiQuery } from '../../app/query/useApiQuery';
import { selectionToDocumentRange } from '../../app/reading/selection-dom';
import { AnnotationFateCard, fateElementId } from './AnnotationFateCard';
import { ChangeList } from './ChangeList';
import { ComparisonRows, rowElementId } from './ComparisonRows';
import { PaneMessageView, firstPaneMessage } from './PaneMessage';
import { reviewQueue } from './review-queue';
import { ReviewQueue } from './ReviewQueue';
import { RowOptions, type RowLayout } from './RowOptions';

const NEW_PARAGRAPH = 'p[data-paragraph-id]';

interface VersionCompareProps {
  documentId: string;
  title: string;
  /** The view's title and mode choice, shown above the version pickers. */
  header: ReactNode;
  /** The document's versions (undefined while they are read). */
  versions: ApiOutput<'document.versions'> | undefined;
}

const reveal = (elementId: string) => {
  const element = document.getElementById(elementId);
  element?.scrollIntoView({ block: 'center' });
  element?.focus({ preventScroll: true });
};

/** Two versions of the open document compared: the change list, the paragraphs (side by side or inline) and the annotations with their review. */
export function VersionCompare({ documentId, title, header, versions }: VersionCompareProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const rowsRef = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState<{ documentId: string; from?: number; to?: number }>({ documentId });
  const [layout, setLayout] = useState<RowLayout>('side');
  const [onlyChanged, setOnlyChanged] = useState(false);
  const list = versions ?? [];
  const current = list.find((v) => v.current)?.version;
  const picked = chosen.documentId === documentId ? chosen : { documentId };
  const to = picked.to ?? current;
  const from = picked.from ?? (to !== undefined ? Math.max(1, to - 1) : undefined);
  const ready = list.length >= 2 && from !== undefined && to !== undefined && from !== to;
  const comparison = useApiQuery('compare.versions', { documentId, from, to }, { enabled: ready });
  const report = useApiQuery('document.get', { documentId });
  const documentText = useMemo(() => (report.data ? buildDocumentText(report.data.outline) : null), [report.data]);
  const data = ready ? comparison.data : undefined;
  const message = firstPaneMessage([
    list.length >= 2 && from === to && { text: t('compare.sameVersion'), role: 'alert' },
    comparison.isError && { text: t('compare.loadFailed', { message: errorText(comparison.error) }), role: 'alert' },
    ready && !data && { text: t('compare.loading'), role: 'status' },
  ]);
  const queue = useMemo(() => (data ? reviewQueue(data) : []), [data]);

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
    <>
      <div className="cmp-top">
        {header}
        {versions && list.length < 2 ? (
          <p className="panel-empty">{t('compare.oneVersion', { title })}</p>
        ) : (
          <div className="cmp-controls">
            {versionPicker('from', from)}
            {versionPicker('to', to)}
            <RowOptions layout={layout} onLayout={setLayout} onlyChanged={onlyChanged} onOnlyChanged={setOnlyChanged} />
          </div>
        )}
        {data && (
          <p className="panel-count" role="status" data-testid="compare-summary">
            {t('compare.summary', data.counts)}
          </p>
        )}
      </div>
      {message ? (
        <PaneMessageView message={message} />
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
              rows={data.rows}
              columns={{
                old: t('compare.column', { version: data.from.version }),
                new: t(data.to.current ? 'compare.columnCurrent' : 'compare.column', { version: data.to.version }),
              }}
              annotations={data.annotations}
              layout={layout}
              onlyChanged={onlyChanged}
              onShowAnnotation={(annotationId) => reveal(fateElementId(annotationId))}
            />
          </div>
          <aside className="cmp-side cmp-side--annotations" aria-label={t('compare.annotations')}>
            <ReviewQueue comparison={data} queue={queue} selection={selection} onShow={showFate} />
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
    </>
  );
}
