/**
 * The co-signers' table of a proposal (附议代表): one row a deputy with an empty signature cell to
 * sign on paper. The header row repeats on every page so a long list stays a form.
 */
import { AlignmentType, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { CoSigner } from '../../../shared/domain/draft';
import type { ExportLabels } from './labels';
import type { TextStyle, Typography } from './official-layout';
import { LINE_PITCH, TEXT_WIDTH } from './official-layout';
import { styledRun } from './official-blocks';
import { singleLine } from './xml-text';

// Serial, name, delegation, deputy number, signature: widths sum to the text block (8845 twips).
const SERIAL = 900;
const NAME = 1800;
const NUMBER = 1900;
const SIGNATURE = 1900;
const DELEGATION = TEXT_WIDTH - SERIAL - NAME - NUMBER - SIGNATURE;
const WIDTHS = [SERIAL, NAME, DELEGATION, NUMBER, SIGNATURE] as const;

function cell(text: string, style: TextStyle, width: number, align: 'center' | 'left'): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT },
        children: [styledRun(text, style)],
      }),
    ],
  });
}

export function coSignersTable(t: Typography, labels: ExportLabels, coSigners: readonly CoSigner[]): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [labels.serial, labels.name, labels.delegation, labels.deputyNumber, labels.signature].map((text, i) =>
      cell(text, t.label, WIDTHS[i] ?? SERIAL, 'center'),
    ),
  });
  const rows = coSigners.map(
    (signer, i) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(String(i + 1), t.table, SERIAL, 'center'),
          cell(singleLine(signer.name), t.table, NAME, 'center'),
          cell(singleLine(signer.delegation), t.table, DELEGATION, 'left'),
          cell(singleLine(signer.deputyNumber), t.table, NUMBER, 'center'),
          cell('', t.table, SIGNATURE, 'center'),
        ],
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...WIDTHS],
    layout: TableLayoutType.FIXED,
    rows: [header, ...rows],
  });
}
