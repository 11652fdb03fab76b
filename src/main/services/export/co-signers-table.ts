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
import { STYLE_IDS } from './official-styles';
import { singleLine } from './xml-text';

/**
 * Column widths (serial, name, delegation, deputy number, signature), summing to the text block (8845
 * twips). English names and delegations are longer at 13 pt than Chinese ones at 14 pt, and the English
 * header uses "No." and "Deputy no.", so the delegation column takes the room: each row stays one line.
 */
function columnWidths(t: Typography): readonly number[] {
  const [serial, name, number, signature] = t.language === 'zh-CN' ? [900, 1800, 1900, 1900] : [600, 2100, 1500, 1500];
  return [serial, name, TEXT_WIDTH - serial - name - number - signature, number, signature];
}

function cell(text: string, style: TextStyle, width: number, align: 'center' | 'left'): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80 },
    children: [
      new Paragraph({
        style: STYLE_IDS.table,
        alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        indent: { firstLine: 0 },
        spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT },
        children: [styledRun(text, style)],
      }),
    ],
  });
}

export function coSignersTable(t: Typography, labels: ExportLabels, coSigners: readonly CoSigner[]): Table {
  const widths = columnWidths(t);
  const width = (i: number) => widths[i] ?? 0;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [labels.serial, labels.name, labels.delegation, labels.deputyNumberShort, labels.signature].map((text, i) =>
      cell(text, t.label, width(i), 'center'),
    ),
  });
  const rows = coSigners.map(
    (signer, i) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(String(i + 1), t.table, width(0), 'center'),
          cell(singleLine(signer.name), t.table, width(1), 'center'),
          cell(singleLine(signer.delegation), t.table, width(2), 'left'),
          cell(singleLine(signer.deputyNumber), t.table, width(3), 'center'),
          cell('', t.table, width(4), 'center'),
        ],
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    rows: [header, ...rows],
  });
}
