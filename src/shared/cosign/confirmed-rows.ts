import type { CoSigner } from '../domain/draft';
import type { CoSignDeputy } from './cosign-format';

const normal = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/**
 * Which rows of a draft's co-signers' list a confirmation stands for: the same name, and the same
 * deputy number where both give one (two deputies may share a name; a number is theirs alone).
 */
export function confirmedRows(coSigners: readonly CoSigner[], signers: readonly CoSignDeputy[]): boolean[] {
  return coSigners.map((row) =>
    signers.some(
      (signer) =>
        normal(row.name) !== '' &&
        normal(row.name) === normal(signer.name) &&
        (normal(row.deputyNumber) === '' || normal(signer.deputyNumber) === '' || normal(row.deputyNumber) === normal(signer.deputyNumber)),
    ),
  );
}
