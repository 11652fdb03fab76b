import { Document, Packer } from 'docx';
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
  // The limit: docx's Packer writing an empty document (zip, styles, numbering: the fixed cost of any .docx).
  const empty = await medianMs(
    () => Packer.toBuffer(new Document({ sections: [{ children: [] }] })),
    pick(options, 30, 1),
    pick(options, 5, 0),
  );
  return {
    'export.proposal_10_pages_ms': {
      value: ms,
      unit: 'ms',
      size: `Chinese proposal, ${characters.toLocaleString('en')} characters of text, ${draft.coSigners.length} co-signers: 10 A4 pages in LibreOffice 7.4`,
      peer: { label: "docx's Packer.toBuffer of an empty document", value: empty },
      target: '< 300',
      met: ms < 300,
    },
  };
}
