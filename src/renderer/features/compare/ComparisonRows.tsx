import { useTranslation } from 'react-i18next';
import type { AnnotationFate, ComparisonRow } from '../../../shared/compare/comparison-schema';
import { fatesOfRow, visibleRows } from './review-queue';
import { Segments } from './Segments';

export const rowElementId = (index: number) => `cmp-row-${index}`;

interface ComparisonRowsProps {
  rows: readonly ComparisonRow[];
  /** The headings of the old and the new column (side by side). */
  columns: { old: string; new: string };
  layout: 'side' | 'inline';
  onlyChanged: boolean;
  /** The annotations to mark beside their rows (none when two documents are compared). */
  annotations?: readonly AnnotationFate[];
  onShowAnnotation?: (annotationId: string) => void;
  /** The element id of a row (default `rowElementId`): unique when several row lists are shown. */
  rowId?: (index: number) => string;
}

/**
 * The two versions row by row. Side by side, both columns sit in one scroller, each row holding the
 * old paragraph and the new one at the same height, so scrolling one side scrolls the other. The
 * new column's paragraphs carry the reader's markup (`p[data-paragraph-id] .para-text` holding
 * exactly the new text), so a selection there can re-attach an annotation.
 */
export function ComparisonRows({
  rows: allRows,
  columns,
  layout,
  onlyChanged,
  annotations = [],
  onShowAnnotation,
  rowId = rowElementId,
}: ComparisonRowsProps) {
  const { t } = useTranslation();
  const rows = visibleRows(allRows, onlyChanged);

  const chips = (fates: readonly AnnotationFate[]) =>
    fates.length === 0 ? null : (
      <span className="cmp-chips">
        {fates.map((fate) => (
          <button
            key={fate.annotationId}
            type="button"
            className={`cmp-chip cmp-fate--${fate.fate}`}
            onClick={() => onShowAnnotation?.(fate.annotationId)}
          >
            {t(`compare.fate.${fate.fate}`)}
          </button>
        ))}
      </span>
    );

  const oldCell = (row: ComparisonRow) =>
    row.old === null ? (
      <div className="cmp-cell cmp-cell--empty" aria-hidden="true" />
    ) : (
      <div className="cmp-cell">
        <span className="cmp-cite">{row.old.citation}</span>
        {row.kind === 'moved' && row.new && <span className="cmp-note">{t('compare.movedTo', { citation: row.new.citation })}</span>}
        <span className="cmp-text">
          {row.kind === 'changed' ? (
            <Segments segments={row.segments} side="old" />
          ) : row.kind === 'removed' ? (
            <del className="cmp-del">{row.old.text}</del>
          ) : (
            row.old.text
          )}
        </span>
      </div>
    );

  const newCell = (row: ComparisonRow, fates: readonly AnnotationFate[]) =>
    row.new === null ? (
      <div className="cmp-cell cmp-cell--empty">{chips(fates)}</div>
    ) : (
      <p className="cmp-cell" data-paragraph-id={row.new.id}>
        <span className="cmp-cite">{row.new.citation}</span>
        {row.kind === 'moved' && row.old && <span className="cmp-note">{t('compare.movedFrom', { citation: row.old.citation })}</span>}
        {chips(fates)}
        <span className="para-text">
          {row.kind === 'changed' ? (
            <Segments segments={row.segments} side="new" />
          ) : row.kind === 'added' ? (
            <ins className="cmp-ins">{row.new.text}</ins>
          ) : (
            row.new.text
          )}
        </span>
      </p>
    );

  const inlineCell = (row: ComparisonRow, fates: readonly AnnotationFate[]) => {
    const paragraph = row.new ?? row.old;
    return (
      <div className="cmp-cell">
        <span className="cmp-cite">{paragraph?.citation}</span>
        {row.kind === 'moved' && row.old && <span className="cmp-note">{t('compare.movedFrom', { citation: row.old.citation })}</span>}
        {chips(fates)}
        <span className="cmp-text">
          {row.kind === 'changed' ? (
            <Segments segments={row.segments} side="both" />
          ) : row.kind === 'added' ? (
            <ins className="cmp-ins">{paragraph?.text}</ins>
          ) : row.kind === 'removed' ? (
            <del className="cmp-del">{paragraph?.text}</del>
          ) : (
            paragraph?.text
          )}
        </span>
      </div>
    );
  };

  return (
    <div className={`cmp-rows cmp-rows--${layout}`} data-testid="comparison-rows">
      {layout === 'side' && (
        <div className="cmp-row cmp-row--head" aria-hidden="true">
          <div className="cmp-cell">{columns.old}</div>
          <div className="cmp-cell">{columns.new}</div>
        </div>
      )}
      {rows.map(({ row, index }) => {
        const fates = fatesOfRow(row, annotations);
        return (
          <div key={index} id={rowId(index)} className={`cmp-row cmp-row--${row.kind}`} data-kind={row.kind} tabIndex={-1}>
            {layout === 'side' ? (
              <>
                {oldCell(row)}
                {newCell(row, fates)}
              </>
            ) : (
              inlineCell(row, fates)
            )}
          </div>
        );
      })}
    </div>
  );
}
