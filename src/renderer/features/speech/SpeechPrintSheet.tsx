import { createPortal } from 'react-dom';
import { translator } from '../../../shared/i18n/shared-i18n';
import { chineseNumeral, romanNumeral } from '../../../shared/i18n/numerals';
import { clockText, type SpeakingRate, type SpeechBudget } from '../../../shared/speech/speaking-time';
import type { SpeechCard } from '../../../shared/speech/speech-card';
import type { LibraryDocument } from '../../components/useLibraryDocuments';
import { findAnnotation } from './speech-links';
import './speech-print.css';

interface SpeechPrintSheetProps {
  card: SpeechCard;
  budget: SpeechBudget;
  rate: SpeakingRate;
  documents: readonly LibraryDocument[];
}

/**
 * The card as it prints: the words of the card's language (the `export` catalogue the DOCX uses), on A4
 * with the official margins (speech-print.css). Hidden on screen; a portal to <body>, so it prints alone.
 */
export function SpeechPrintSheet({ card, budget, rate, documents }: SpeechPrintSheetProps) {
  const s = translator(card.language, 'export', 'speech');
  const d = translator(card.language, 'export', 'draft');
  const n = translator(card.language, 'export', 'notes');
  const numeral = card.language === 'zh-CN' ? chineseNumeral : romanNumeral;
  const rateText = s('rate', { chars: rate.charsPerMinute, words: rate.wordsPerMinute });
  return createPortal(
    <div className="speech-print-sheet" lang={card.language} data-testid="speech-print-sheet">
      <p className="speech-print-kind">{s('kind')}</p>
      <h1 className="speech-print-title">{card.title.trim() || s('untitled')}</h1>
      <p className="speech-print-line">{s('budget', { minutes: card.minutes, time: clockText(budget.seconds), rate: rateText })}</p>
      <p className="speech-print-line speech-print-rule">
        {budget.over > 0 ? s('over', { time: clockText(budget.over) }) : s('under', { time: clockText(-budget.over) })}
      </p>
      {card.points.map((point, i) => (
        <section key={point.id}>
          <h2 className="speech-print-heading">
            {d('sectionNumber', { numeral: numeral(i + 1) })}
            {s('point', { time: clockText(budget.perPoint[i] ?? 0) })}
          </h2>
          {point.text.trim() !== '' && <p className="speech-print-body">{point.text.trim()}</p>}
          {point.passages.map((p) => (
            <p key={`${p.documentId}/${p.paragraphId}`} className="speech-print-body">
              {d('field', { label: s('passage'), value: '' })}
              {d('cited', { quote: p.excerpt, source: d('source.both', { citation: p.citation, title: p.documentTitle }) })}
            </p>
          ))}
          {point.annotationIds.map((annotationId) => {
            const found = findAnnotation(documents, annotationId);
            return (
              <p key={annotationId} className="speech-print-body">
                {d('field', { label: s('annotation'), value: '' })}
                {found
                  ? `${n(`kind.${found.annotation.kind}`)}${d('quote', { text: found.annotation.target.quote.exact.trim() })}${found.annotation.note.trim()}`
                  : s('annotationGone')}
              </p>
            );
          })}
        </section>
      ))}
    </div>,
    document.body,
  );
}
