/**
 * Packs blocks into a DOCX with the official page: A4, GB/T 9704 margins, the 22 × 28 grid, and page
 * numbers "— 1 —" right on odd pages and left on even pages (单页码居右空一字，双页码居左空一字).
 */
import type { Paragraph, Table } from 'docx';
import { AlignmentType, DocumentGridType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph as P, TextRun } from 'docx';
import type { Language } from '../../../shared/domain/settings';
import { finishPackage } from './docx-package';
import { officialStyles } from './official-styles';
import type { Typography } from './official-layout';
import { CHAR_SPACE, FOOTER_DISTANCE, LINE_PITCH, PAGE_GEOMETRY, PAGE_NUMBER_LINE, typographyFor } from './official-layout';
import { toXmlSafeText } from './xml-text';

export type Block = Paragraph | Table;

export interface OfficialDocumentInput {
  readonly language: Language;
  /** The document title, for the file's properties. */
  readonly title: string;
  readonly blocks: readonly Block[];
  /** Who the file's properties name as author and last editor (the deputy); empty when unknown. */
  readonly author?: string;
}

/**
 * The section's grid as Word's 页面设置 › 文档网格 shows it: 22 lines of 28.9 pt, and in Chinese 28
 * characters a line (official-layout.ts says how that was measured in LibreOffice). Text does not snap
 * to the grid (docx-package.ts); exact line spacing and condensed characters keep it on the grid.
 */
function documentGrid(t: Typography) {
  return t.characterGrid
    ? { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE }
    : { type: DocumentGridType.LINES, linePitch: LINE_PITCH };
}

function pageNumberFooter(t: Typography, side: 'left' | 'right'): Footer {
  const s = t.pageNumber;
  const oneChar = s.size * 10; // 一字 of the 14 pt page number, in twips
  return new Footer({
    children: [
      new P({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { line: PAGE_NUMBER_LINE, lineRule: LineRuleType.EXACT },
        indent: side === 'right' ? { right: oneChar, firstLine: 0 } : { left: oneChar, firstLine: 0 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: { ascii: s.face.latin, hAnsi: s.face.latin, eastAsia: s.face.eastAsia, cs: s.face.latin },
            size: s.size,
          }),
        ],
      }),
    ],
  });
}

/** Builds the DOCX file of `blocks` in the official layout of `language`. */
export async function buildOfficialDocx(input: OfficialDocumentInput): Promise<Buffer> {
  const t = typographyFor(input.language);
  const document = new Document({
    title: toXmlSafeText(input.title),
    creator: toXmlSafeText(input.author ?? ''),
    lastModifiedBy: toXmlSafeText(input.author ?? ''),
    evenAndOddHeaderAndFooters: true,
    styles: officialStyles(t),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_GEOMETRY.width, height: PAGE_GEOMETRY.height },
            margin: {
              top: PAGE_GEOMETRY.marginTop,
              left: PAGE_GEOMETRY.marginLeft,
              bottom: PAGE_GEOMETRY.marginBottom,
              right: PAGE_GEOMETRY.marginRight,
              header: 851,
              footer: FOOTER_DISTANCE,
              gutter: 0,
            },
          },
          grid: documentGrid(t),
        },
        footers: { default: pageNumberFooter(t, 'right'), even: pageNumberFooter(t, 'left') },
        children: [...input.blocks],
      },
    ],
  });
  return finishPackage(await Packer.toBuffer(document));
}
