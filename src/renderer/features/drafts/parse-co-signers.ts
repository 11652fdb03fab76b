import type { CoSigner } from '../../../shared/domain/draft';

/**
 * A pasted list of co-signers, one a line: name, delegation, deputy number. Fields are split by
 * tabs (a spreadsheet), else by commas (, ，) or 、, else by spaces (also the ideographic space).
 * Blank lines are skipped; missing fields stay empty; extra fields join the deputy number.
 */
export function parseCoSigners(text: string): CoSigner[] {
  const out: CoSigner[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const separator = line.includes('\t') ? /\t+/ : /[,，、]/.test(line) ? /\s*[,，、]\s*/ : /[\s\u3000]+/;
    const [name = '', delegation = '', ...rest] = line.split(separator).map((field) => field.trim());
    out.push({ name, delegation, deputyNumber: rest.filter((f) => f !== '').join(' ') });
  }
  return out;
}

/** Appends pasted co-signers, first filling rows that are still completely empty. */
export function mergeCoSigners(existing: readonly CoSigner[], added: readonly CoSigner[]): CoSigner[] {
  const kept = existing.filter((s) => s.name.trim() !== '' || s.delegation.trim() !== '' || s.deputyNumber.trim() !== '');
  return [...kept, ...added];
}
