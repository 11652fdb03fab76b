/**
 * A table of the official layout (the co-signers' form, the voting notes' candidates): fixed columns
 * summing to the text block, a header row in the label face repeated on every page, rows never split
 * across pages, cell text in the "Table Text" style on the 28.9 pt pitch.
 */
import { AlignmentType, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { TextStyle, Typography } from './official-layout';
import { LINE_PITCH, TEXT_WIDTH } from './official-layout';
import { styledRun } from './official-blocks';
import { STYLE_IDS } from './official-styles';
import { singleLine } from './xml-text';

export interface TableColumn {
  readonly header: string;
  /** Twips; the column without one takes the rest of the text block. */
  readonly width?: number;
  readonly align: 'center' | 'left';
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
        children: [styledRun(singleLine(text), style)],
      }),
    ],
  });
}

/** The table of `rows` (one string a cell) under a header row of `columns`. */
export function officialTable(t: Typography, columns: readonly TableColumn[], rows: readonly (readonly string[])[]): Table {
  const fixed = columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
  const widths = columns.map((c) => c.width ?? TEXT_WIDTH - fixed);
  const row = (texts: readonly string[], style: TextStyle, header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: columns.map((column, i) => cell(texts[i] ?? '', style, widths[i] ?? 0, header ? 'center' : column.align)),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      row(
        columns.map((c) => c.header),
        t.label,
        true,
      ),
      ...rows.map((texts) => row(texts, t.table, false)),
    ],
  });
}
