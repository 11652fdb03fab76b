import { buildDraftDocx } from '../src/main/services/export/draft-docx';
import { longChineseProposal } from '../src/main/services/export/sample-drafts';
import { medianMs, pick, type BenchOptions, type Metric } from './measure';

/**
 * `export.proposal_10_pages_ms`: median time to build the DOCX of a Chinese proposal that LibreOffice
 * 7.4 lays out on 10 A4 pages (checked with soffice + pdfinfo when this benchmark was written).
 */
export async function benchExport(options: BenchOptions): Promise<Record<string, Metric>> {
  const draft = longChineseProposal();
  const characters = draft.reasons.length + draft.basis.length + draft.measures.join('').length;
  const ms = await medianMs(() => buildDraftDocx(draft), pick(options, 30, 1), pick(options, 5, 0));
  return {
    'export.proposal_10_pages_ms': {
      value: ms,
      unit: 'ms',
      size: `Chinese proposal, ${characters.toLocaleString('en')} characters of text, ${draft.coSigners.length} co-signers: 10 A4 pages in LibreOffice 7.4`,
      target: '< 300',
      met: ms < 300,
    },
  };
}
