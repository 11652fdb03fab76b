import type { Language } from '../domain/settings';
import type errorsEn from './errors/en.json';
import { translator } from './shared-i18n';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** The dotted keys of a catalogue's texts, i18next's plural forms folded into their base key. */
type TextKeys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K extends `${infer Base}_${PluralSuffix}` ? Base : K}`
    : TextKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A message of the `errors` catalogue (src/shared/i18n/errors): what a DomainError says. */
export type ErrorMessageKey = TextKeys<typeof errorsEn>;

/** A message and the values it fills in, worded when the language is known. */
export interface ErrorMessage {
  key: ErrorMessageKey;
  values?: MessageValues;
}

/**
 * What fills a message's `{{name}}`: text as it is; a number (written the language's way where the
 * catalogue says `{{name, number}}`); page numbers, listed the language's way ("2, 5 and 9", "2、5和9");
 * or another message of the catalogue, worded in the same language.
 */
export type MessageValue = string | number | readonly number[] | ErrorMessage;
export type MessageValues = Readonly<Record<string, MessageValue>>;

/** `key`, its values filled in, in `language`. */
export function wordMessage(language: Language, key: ErrorMessageKey, values: MessageValues = {}): string {
  const filled: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number') filled[name] = value;
    else if (isList(value)) filled[name] = new Intl.ListFormat(language, { type: 'conjunction' }).format(value.map(String));
    else filled[name] = wordMessage(language, value.key, value.values);
  }
  return translator(language, 'errors')(key, filled);
}

function isList(value: readonly number[] | ErrorMessage): value is readonly number[] {
  return Array.isArray(value);
}
