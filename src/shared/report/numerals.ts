/** Parsing of the numerals used to number report parts and items. */

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

const ROMAN_TABLE: ReadonlyArray<readonly [number, string]> = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function toRoman(value: number): string {
  let rest = value;
  let out = '';
  for (const [n, sym] of ROMAN_TABLE) {
    while (rest >= n) {
      out += sym;
      rest -= n;
    }
  }
  return out;
}

/** Value of an upper-case Roman numeral made of I, V, X (1–39); null if malformed ("IIII", "VX"). */
export function parseRoman(text: string): number | null {
  if (text.length === 0 || text.length > 7) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const cur = ROMAN_VALUES[text.charAt(i)];
    if (cur === undefined) return null;
    const next = ROMAN_VALUES[text.charAt(i + 1)] ?? 0;
    total += cur < next ? -cur : cur;
  }
  // Round-trip check rejects non-canonical spellings.
  return total > 0 && toRoman(total) === text ? total : null;
}

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Value of a Chinese numeral 一 … 九十九 ("十一", "二十三"); null if malformed. */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 1) {
    if (text === '十') return 10;
    return CN_DIGITS[text] ?? null;
  }
  const ten = text.indexOf('十');
  if (ten < 0 || text.indexOf('十', ten + 1) >= 0) return null;
  const tensPart = text.slice(0, ten);
  const unitsPart = text.slice(ten + 1);
  const tens = tensPart === '' ? 1 : (CN_DIGITS[tensPart] ?? null);
  const units = unitsPart === '' ? 0 : (CN_DIGITS[unitsPart] ?? null);
  if (tens === null || units === null || tensPart.length > 1 || unitsPart.length > 1) return null;
  return tens * 10 + units;
}

/** Value of ASCII or full-width decimal digits ("12", "１２"). */
export function parseDecimal(text: string): number {
  let value = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const digit = code >= 0xff10 && code <= 0xff19 ? code - 0xff10 : code - 0x30;
    value = value * 10 + digit;
  }
  return value;
}
