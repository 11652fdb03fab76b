/**
 * Recognizes the numbering that starts a part or item line.
 *
 * Every pattern is anchored at the line start with bounded quantifiers, so matching is O(1) in the
 * line length apart from the final slice. Input lines are already normalized (see normalize-text).
 */
import { parseChineseNumeral, parseDecimal, parseRoman } from './numerals';

/**
 * Numbering styles, from the usual outer to inner level:
 * - `roman`        "I." "II." (English reports' parts)
 * - `cn-part`      "一、" (Chinese reports' parts)
 * - `cn-paren`     "（一）"
 * - `arabic`       "1." "1、" "１．"
 * - `arabic-paren` "（1）" "(1)"
 * `roman` and `cn-part` always open level-1 parts; the others nest under whatever section is open.
 */
export type NumberingStyle = 'roman' | 'cn-part' | 'cn-paren' | 'arabic' | 'arabic-paren';

export interface Numbering {
  style: NumberingStyle;
  /** The number as printed, without trailing punctuation: "II", "一", "（一）", "1", "（1）". */
  label: string;
  value: number;
  /** The text after the number and its punctuation/space. Never empty. */
  rest: string;
}

export interface MarkdownHeading {
  /** Number of leading '#' characters (1–6). */
  depth: number;
  text: string;
}

// "I." / "II．" / "IV、"; a space after the dot is optional ("I.AReview" is tolerated).
const ROMAN = /^([IVX]{1,7})[.．、]/;
const CN_PART = /^([一二三四五六七八九十]{1,3})[、.．]/;
const CN_PAREN = /^([（(][一二三四五六七八九十]{1,3}[）)])[、.．]?/;
// At most two digits, and the delimiter must not be followed by another digit: "12.44 million",
// "3.5%" and "2022 was…" are not item numbers.
const ARABIC = /^([0-9０-９]{1,2})[.．、](?![0-9０-９])/;
const ARABIC_PAREN = /^([（(][0-9０-９]{1,2}[）)])[、.．]?/;
const MARKDOWN = /^(#{1,6}) /;

function stripBrackets(label: string): string {
  return label.slice(1, -1);
}

function restAfter(line: string, matchLength: number): string {
  return line.slice(matchLength).trimStart();
}

/** Numbering at the start of `line`, or null. Does not check that numbers are in sequence. */
export function matchNumbering(line: string): Numbering | null {
  let m = ROMAN.exec(line);
  if (m?.[1] !== undefined) {
    const value = parseRoman(m[1]);
    const rest = restAfter(line, m[0].length);
    // "I.e." / "V.s." would have a lower-case letter glued to the dot.
    const glued = line.charAt(m[0].length);
    if (value !== null && rest !== '' && !/[a-z]/.test(glued)) {
      return { style: 'roman', label: m[1], value, rest };
    }
    return null;
  }
  m = CN_PART.exec(line);
  if (m?.[1] !== undefined) {
    const value = parseChineseNumeral(m[1]);
    const rest = restAfter(line, m[0].length);
    return value !== null && rest !== '' ? { style: 'cn-part', label: m[1], value, rest } : null;
  }
  m = CN_PAREN.exec(line);
  if (m?.[1] !== undefined) {
    const value = parseChineseNumeral(stripBrackets(m[1]));
    const rest = restAfter(line, m[0].length);
    return value !== null && rest !== '' ? { style: 'cn-paren', label: m[1], value, rest } : null;
  }
  m = ARABIC.exec(line);
  if (m?.[1] !== undefined) {
    const value = parseDecimal(m[1]);
    const rest = restAfter(line, m[0].length);
    return value > 0 && rest !== '' ? { style: 'arabic', label: m[1], value, rest } : null;
  }
  m = ARABIC_PAREN.exec(line);
  if (m?.[1] !== undefined) {
    const value = parseDecimal(stripBrackets(m[1]));
    const rest = restAfter(line, m[0].length);
    return value > 0 && rest !== '' ? { style: 'arabic-paren', label: m[1], value, rest } : null;
  }
  return null;
}

/** "# Title" / "## 1. Item" (a space after the hashes is required; trailing hashes are dropped). */
export function matchMarkdownHeading(line: string): MarkdownHeading | null {
  const m = MARKDOWN.exec(line);
  if (m?.[1] === undefined) return null;
  // Strip a closing "###" sequence with a loop rather than a regex (no backtracking on long lines).
  let end = line.length;
  while (end > m[0].length && line.charAt(end - 1) === '#') end -= 1;
  const text = line.slice(m[0].length, end).trim();
  return text === '' ? null : { depth: m[1].length, text };
}

/** Whether `style` always opens a level-1 part. */
export function isPartStyle(style: NumberingStyle): boolean {
  return style === 'roman' || style === 'cn-part';
}

// "——" dashes (Chinese reports' bullet points) and Markdown/plain-text list bullets.
const BULLET = /^(——|—|[-*•·▪●○◆■] )/;

/** Lines starting with a bullet are ordinary paragraphs, never headings. */
export function isBullet(line: string): boolean {
  return BULLET.test(line);
}
