/**
 * The co-signers' table of a proposal (附议代表): one row a deputy with an empty signature cell to
 * sign on paper. The header row repeats on every page so a long list stays a form.
 */
import type { Table } from 'docx';
import type { CoSigner } from '../../../shared/domain/draft';
import type { ExportLabels } from './labels';
import type { Typography } from './official-layout';
import { officialTable } from './official-table';

/**
 * Column widths (serial, name, deputy number, signature; the delegation takes the rest of the 8845
 * twips). English names and delegations are longer at 13 pt than Chinese ones at 14 pt, and the English
 * header uses "No." and "Deputy no.", so the delegation column takes the room: each row stays one line.
 */
function columnWidths(t: Typography): readonly number[] {
  return t.language === 'zh-CN' ? [900, 1800, 1900, 1900] : [600, 2100, 1500, 1500];
}

export function coSignersTable(t: Typography, labels: ExportLabels, coSigners: readonly CoSigner[]): Table {
  const [serial, name, number, signature] = columnWidths(t);
  return officialTable(
    t,
    [
      { header: labels.serial, width: serial, align: 'center' },
      { header: labels.name, width: name, align: 'center' },
      { header: labels.delegation, align: 'left' },
      { header: labels.deputyNumberShort, width: number, align: 'center' },
      { header: labels.signature, width: signature, align: 'center' },
    ],
    coSigners.map((signer, i) => [String(i + 1), signer.name, signer.delegation, signer.deputyNumber, '']),
  );
}
