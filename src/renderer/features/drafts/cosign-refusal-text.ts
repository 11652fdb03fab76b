import type { TFunction } from 'i18next';
import type { CoSignRefusal } from '../../../shared/cosign/cosign-refusal';

/** Why a co-signing file was refused, in the interface language. */
export function coSignRefusalText(refusal: CoSignRefusal, t: TFunction): string {
  return t(`cosign.refusal.${refusal.code}`, {
    field: refusal.field ?? '',
    title: refusal.title ?? '',
    limit: refusal.limit === undefined ? '' : Math.round(refusal.limit / 1024),
  });
}

/** A hash as the page shows it: its first 16 hexadecimal digits, in groups of four. */
export function shortHash(hash: string): string {
  return (hash.slice(0, 16).match(/.{4}/g) ?? []).join(' ');
}
