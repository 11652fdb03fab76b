import { createPortal } from 'react-dom';
import type { Language } from '../../../shared/domain/settings';
import { localIsoDate } from '../../../shared/i18n/local-iso-date';
import { notesLines } from '../../../shared/notes/notes-lines';
import { PrintTextLineView } from '../../components/PrintLines';
import '../../components/print-sheet.css';
import './notes-print.css';
import type { PrintableNotes } from './usePrintableNotes';

/**
 * The deliberation notes as they print: the same words and order as the DOCX (src/shared/notes/notes-lines.ts),
 * laid out on A4 with the GB/T 9704 margins by components/print-sheet.css. Hidden on screen; a portal to <body>,
 * so printing shows it alone.
 */
export function NotesPrintSheet({
  documents,
  language,
  session,
}: {
  documents: readonly PrintableNotes[];
  language: Language;
  session: boolean;
}) {
  const lines = notesLines(
    documents.map((d) => ({
      documentTitle: d.title,
      outline: d.outline,
      annotations: d.annotations,
      version: { number: d.version.number, addedOn: localIsoDate(new Date(d.version.addedAt)) },
    })),
    language,
    { session, exportedOn: localIsoDate(new Date()) },
  );
  return createPortal(
    <div className="print-sheet" lang={language} data-testid="notes-print-sheet">
      <article className="print-text">
        {lines.map((line, i) => (
          <PrintTextLineView key={i} line={line} />
        ))}
      </article>
    </div>,
    document.body,
  );
}
