import { createPortal } from 'react-dom';
import type { DraftContent } from '../../../shared/domain/draft';
import { pairFormLines } from '../../../shared/drafts/form-lines';
import { balancedTitleLines } from '../../../shared/drafts/title-lines';
import { formatDocumentDate } from '../../../shared/i18n/document-date';
import { chineseNumeral, romanNumeral } from '../../../shared/i18n/numerals';
import { translator } from '../../../shared/i18n/shared-i18n';
import '../../components/print-sheet.css';
import './draft-print.css';

/** What a print covers: the whole draft, or a proposal's co-signers page alone (to collect signatures). */
export type PrintPart = 'draft' | 'co-signers';

const paragraphs = (text: string) =>
  text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Ems of body text in half the 156 mm block, less one for the gap (16 pt Chinese, 14 pt English, as draft-print.css sets them). */
const HALF_BLOCK_EMS: Record<DraftContent['language'], number> = { 'zh-CN': (78 * 72) / 25.4 / 16 - 1, en: (78 * 72) / 25.4 / 14 - 1 };

/** The header block's lines, paired as the DOCX pairs them (src/shared/drafts/form-lines.ts); the rule is under the last. */
function headerLines(draft: DraftContent, t: ReturnType<typeof translator>): string[][] {
  const fields: [label: string, value: string][] = [
    [t('delegation'), draft.delegation],
    [t('leadDeputy'), draft.leadDeputy],
    [t('deputyNumber'), draft.deputyNumber],
    [t('contact'), draft.contact],
  ];
  const texts = fields.flatMap(([label, value]) => {
    const line = paragraphs(value).join(' ');
    return line === '' ? [] : [t('field', { label, value: line })];
  });
  return pairFormLines(texts, HALF_BLOCK_EMS[draft.language]);
}

/**
 * The draft as it prints: the words of the document's language (the `export` catalogue the DOCX uses),
 * laid out on A4 with the GB/T 9704 margins by draft-print.css. Hidden on screen; a portal to <body>,
 * so printing shows it alone, without the app around it.
 */
export function DraftPrintSheet({ draft, part }: { draft: DraftContent; part: PrintPart }) {
  const t = translator(draft.language, 'export', 'draft');
  const kind = draft.kind;
  const numeral = draft.language === 'zh-CN' ? chineseNumeral : romanNumeral;
  const sections = [
    { heading: t(`reasons.${kind}`), items: paragraphs(draft.reasons) },
    { heading: t(`basis.${kind}`), items: paragraphs(draft.basis) },
    {
      heading: t(`measures.${kind}`),
      items: draft.measures
        .map((m) => paragraphs(m).join(' '))
        .filter((m) => m !== '')
        .map((m, i) => `${t('measureNumber', { n: i + 1 })}${m}`),
    },
    {
      heading: t('citations'),
      items: draft.citations.map((c) =>
        t('cited', {
          quote: c.quote.trim(),
          source: t(c.documentTitle ? 'source.both' : 'source.citation', { citation: c.citation, title: c.documentTitle }),
        }),
      ),
    },
  ].filter((s) => s.items.length > 0);
  const field = (label: string, value: string) =>
    value.trim() === '' ? null : <p className="print-line">{t('field', { label, value: value.trim() })}</p>;
  const date = formatDocumentDate(draft.date, draft.language);
  return createPortal(
    <div className="print-sheet" lang={draft.language} data-print-part={part} data-testid="print-sheet">
      <article className="print-text">
        {kind === 'proposal' && (
          <>
            <p className="print-kind">{t('kind.proposal')}</p>
            <p className="print-number">{t('blankNumber')}</p>
            {headerLines(draft, t).map((line, i, lines) => (
              <p key={i} className={`print-line print-form-line${i === lines.length - 1 ? ' print-form-line--ruled' : ''}`}>
                {line.map((text) => (
                  <span key={text}>{text}</span>
                ))}
              </p>
            ))}
          </>
        )}
        {draft.title.trim() !== '' && (
          <h1 className="print-title">
            {balancedTitleLines(paragraphs(draft.title), draft.language).map((line, i) => (
              <span key={i} className="print-title-line">
                {line}
              </span>
            ))}
          </h1>
        )}
        {sections.map((s, i) => (
          <section key={s.heading}>
            <h2 className="print-heading">{t('sectionNumber', { numeral: numeral(i + 1) }) + s.heading}</h2>
            {s.items.map((text, j) => (
              <p key={j} className="print-body">
                {text}
              </p>
            ))}
          </section>
        ))}
        <div className="print-signature">
          {kind === 'proposal' ? (
            field(t('leadDeputy'), draft.leadDeputy)
          ) : (
            <>
              {field(t('deputy'), draft.leadDeputy)}
              {field(t('delegation'), draft.delegation)}
              {field(t('deputyNumber'), draft.deputyNumber)}
              {field(
                t('coSigners'),
                draft.coSigners
                  .map((s) => s.name.trim())
                  .filter((n) => n !== '')
                  .join(t('listSeparator')),
              )}
              {field(t('contact'), draft.contact)}
            </>
          )}
          {date !== '' && <p className="print-date">{date}</p>}
        </div>
      </article>
      {kind === 'proposal' && draft.coSigners.length > 0 && (
        <section className="print-co-signers" data-testid="print-co-signers">
          <h2 className="print-heading">{t('counted', { label: t('coSigners'), n: draft.coSigners.length })}</h2>
          <table className="print-table">
            <thead>
              <tr>
                {[t('serial'), t('name'), t('delegation'), t('deputyNumberShort'), t('signature')].map((header) => (
                  <th key={header} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {draft.coSigners.map((signer, i) => (
                <tr key={i}>
                  <td>{i + 1}</td>
                  <td>{signer.name}</td>
                  <td>{signer.delegation}</td>
                  <td>{signer.deputyNumber}</td>
                  <td />
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>,
    document.body,
  );
}
