/**
 * The co-signers' table of a proposal (附议代表): one row a deputy with an empty signature cell to
 * sign on paper. The header row repeats on every page so a long list stays a form. Co-signers who
 * confirmed the text as it is (a signed confirmation file) are marked in a column of their own; the
 * signature column stays for ink.
 */
import type { Paragraph, Table } from 'docx';
import type { CoSigner } from '../../../shared/domain/draft';
import { translator } from '../../../shared/i18n/shared-i18n';
import type { ExportLabels } from './labels';
import type { Typography } from './official-layout';
import { lineParagraph } from './official-blocks';
import { officialTable } from './official-table';

/** Which co-signers confirmed the text being exported, row by row, and the first characters of its hash. */
export interface CoSignMarks {
  readonly confirmed: readonly boolean[];
  readonly textHash: string;
}

/**
 * Column widths (serial, name, deputy number, signature; the delegation takes the rest of the 8845
 * twips). English names and delegations are longer at 13 pt than Chinese ones at 14 pt, and the English
 * header uses "No." and "Deputy no.", so the delegation column takes the room: each row stays one line.
 * With the confirmed column, the others give it a little of theirs.
 */
function columnWidths(t: Typography, marked: boolean): readonly number[] {
  if (marked) return t.language === 'zh-CN' ? [800, 1600, 1700, 1200, 1500] : [600, 2000, 1400, 1200, 1300];
  return t.language === 'zh-CN' ? [900, 1800, 1900, 1900] : [600, 2100, 1500, 1500];
}

export function coSignersTable(
  t: Typography,
  labels: ExportLabels,
  coSigners: readonly CoSigner[],
  marks?: CoSignMarks,
): (Table | Paragraph)[] {
  const marked = marks !== undefined && marks.confirmed.some(Boolean);
  if (!marks || !marked) {
    const [serial, name, number, signature] = columnWidths(t, false);
    return [
      officialTable(
        t,
        [
          { header: labels.serial, width: serial, align: 'center' },
          { header: labels.name, width: name, align: 'center' },
          { header: labels.delegation, align: 'left' },
          { header: labels.deputyNumberShort, width: number, align: 'center' },
          { header: labels.signature, width: signature, align: 'center' },
        ],
        coSigners.map((signer, i) => [String(i + 1), signer.name, signer.delegation, signer.deputyNumber, '']),
      ),
    ];
  }
  const words = translator(t.language, 'export', 'cosign');
  const [serial, name, number, confirmed, signature] = columnWidths(t, true);
  return [
    officialTable(
      t,
      [
        { header: labels.serial, width: serial, align: 'center' },
        { header: labels.name, width: name, align: 'center' },
        { header: labels.delegation, align: 'left' },
        { header: labels.deputyNumberShort, width: number, align: 'center' },
        { header: words('confirmedColumn'), width: confirmed, align: 'center' },
        { header: labels.signature, width: signature, align: 'center' },
      ],
      coSigners.map((signer, i) => [
        String(i + 1),
        signer.name,
        signer.delegation,
        signer.deputyNumber,
        marks.confirmed[i] ? words('confirmedMark') : '',
        '',
      ]),
    ),
    lineParagraph(t, words('confirmedNote', { hash: marks.textHash.slice(0, 16) }), { style: t.table }),
  ];
}
