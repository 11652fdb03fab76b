import { useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Language } from '../../../shared/domain/settings';
import type { VoteItem } from '../../../shared/domain/vote';
import { CANDIDATE_COLUMNS, CANDIDATE_WIDTHS, votesLines, type VotesLine } from '../../../shared/votes/votes-lines';
import { useApiQuery } from '../../app/query/useApiQuery';
import { PrintTextLineView } from '../../components/PrintLines';
import '../../components/print-sheet.css';
import './votes-print.css';

const TWIPS_PER_MM = 1440 / 25.4;

/** The width of a candidates' column as the DOCX sets it (the project's column takes the rest). */
function columnWidth(language: Language, column: (typeof CANDIDATE_COLUMNS)[number]): string | undefined {
  return column === 'project' ? undefined : `${(CANDIDATE_WIDTHS[language][column] / TWIPS_PER_MM).toFixed(2)}mm`;
}

function LineView({ line, language }: { line: VotesLine; language: Language }) {
  switch (line.role) {
    case 'table':
      return (
        <table className="print-table print-candidates">
          <colgroup>
            {CANDIDATE_COLUMNS.map((column) => (
              <col key={column} style={{ width: columnWidth(language, column) }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {line.header.map((cell, i) => (
                <th key={i} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {line.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    default:
      return <PrintTextLineView line={line} />;
  }
}

/**
 * The voting notes' lines in `language`, with the linked annotations read through the query cache;
 * null until they have arrived (a linked annotation would otherwise print as deleted).
 */
export function useVotesPrintLines(items: readonly VoteItem[] | null, language: Language, enabled: boolean): VotesLine[] | null {
  const groups = useApiQuery('annotation.listAll', {}, { enabled }).data;
  return useMemo(() => {
    if (!groups || !items) return null;
    const annotations = new Map<string, Annotation>();
    for (const group of groups) for (const { annotation } of group.annotations) annotations.set(annotation.id, annotation);
    return votesLines({ items, annotations, language });
  }, [groups, items, language]);
}

/**
 * The voting notes as they print: the same words, order and table as the DOCX (src/shared/votes/votes-lines.ts),
 * laid out on A4 with the GB/T 9704 margins by components/print-sheet.css. Hidden on screen; a portal to <body>,
 * so printing shows it alone, without the app around it.
 */
export function VotesPrintSheet({ lines, language }: { lines: readonly VotesLine[]; language: Language }) {
  return createPortal(
    <div className="print-sheet print-sheet--votes" lang={language} data-testid="votes-print-sheet">
      <article className="print-text">
        {lines.map((line, i) => (
          <LineView key={i} line={line} language={language} />
        ))}
      </article>
    </div>,
    document.body,
  );
}
