/** Number words, ordinals and scale words, and exact normalization of written numbers. */
import { parseChineseNumeral } from '../report/numerals';

const CARDINAL_LIST = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const ORDINAL_LIST = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const TENS: Record<string, number> = { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100 };

const CARDINALS = new Map<string, number>([...CARDINAL_LIST.map((w, i) => [w, i + 1] as const), ...Object.entries(TENS)]);
const ORDINALS = new Map<string, number>(ORDINAL_LIST.map((w, i) => [w, i + 1] as const));

/** Regex alternations (lower-case words; longest first so "seventeen" beats "seven"). */
const byLength = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join('|');
export const CARDINAL_WORDS = byLength(CARDINALS.keys());
export const ORDINAL_WORDS = byLength(ORDINALS.keys());

/** Powers of ten of scale words ("billion" → 9, "亿" → 8). */
const SCALES = new Map<string, number>([
  ['ten thousand', 4],
  ['hundred million', 8],
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
  ['trillion', 12],
  ['万亿', 12],
  ['千万', 7],
  ['百万', 6],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
]);

export function scaleExponent(word: string | undefined): number {
  return word === undefined ? 0 : (SCALES.get(word.toLowerCase()) ?? 0);
}

/**
 * Value of a written number: digits with thousands separators ("1,135.5"), an English cardinal
 * or ordinal word ("three", "tenth"), a numeric ordinal ("5th") or a Chinese numeral ("十八").
 * The scale is applied on the decimal string, so "12.44" × 10^6 is exactly 12440000.
 */
export function numberValue(written: string, exponent = 0): number | null {
  const word = written.trim().toLowerCase();
  const digits = /^(\d[\d,]*(?:\.\d+)?)(?:st|nd|rd|th)?$/.exec(word)?.[1];
  if (digits !== undefined) return Number(`${digits.replace(/,/g, '')}e${exponent}`);
  const small = CARDINALS.get(word) ?? ORDINALS.get(word) ?? (word === '两' ? 2 : parseChineseNumeral(word));
  return small === null || small === undefined ? null : small * 10 ** exponent;
}
