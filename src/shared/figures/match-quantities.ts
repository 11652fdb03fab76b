/**
 * Finds the quantities of one sentence. Each matcher is one bounded regex scan (linear); the
 * candidates are then resolved by priority — streak > ranking > blocked span > money > percentage
 * > count — so "for 20 consecutive years" is a streak, not a count of years, and "US$100 million"
 * is money, not a count.
 */
import type { FigureKind, FigureRange } from './figure';
import { followsMeasureVerb, readCountPhrase } from './count-phrase';
import { numberValue, scaleExponent } from './number-words';
import { BLOCK_RE, CN_COUNT_UNIT_RE, COUNT_RE, MONEY_PREFIX_RE, MONEY_SUFFIX_RE, PERCENT_RE, RANK_RE, STREAK_RE } from './patterns';

/** A quantity found in a sentence; offsets are relative to the sentence. */
export interface Quantity {
  start: number;
  end: number;
  kind: FigureKind;
  value: number | null;
  unit: string | null;
  range: FigureRange | null;
}

type Candidate = Quantity & { priority: number };

const BLOCK_PRIORITY = 2;
const CURRENCIES: Record<string, string> = {
  US$: 'USD',
  USD: 'USD',
  'US dollars': 'USD',
  dollars: 'USD',
  $: 'USD',
  美元: 'USD',
  HK$: 'HKD',
  '€': 'EUR',
  euros: 'EUR',
  欧元: 'EUR',
};
const currencyUnit = (written: string) => CURRENCIES[written] ?? 'yuan';
/** Words before a number that make it a denominator or an identifier, not a quantity. */
const NOT_A_QUANTITY_BEFORE = /(?:\b(?:per|every|each)\s|\bNos?\.\s?|[“‘"「『《]\s?)$/;
/** Plain years: 4-digit integers 1900–2100 without a separator. */
const isYear = (written: string) => /^(?:19\d\d|20\d\d|2100)$/.test(written);

function scan(re: RegExp, text: string, visit: (m: RegExpExecArray) => Candidate | null, out: Candidate[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const c = visit(m);
    if (c !== null) out.push(c);
    if (m[0] === '') re.lastIndex += 1;
  }
}

function candidate(
  m: RegExpExecArray,
  priority: number,
  kind: FigureKind,
  value: number | null,
  unit: string | null,
  range: FigureRange | null = null,
): Candidate {
  return { start: m.index, end: m.index + m[0].length, priority, kind, value, unit, range };
}

function excludedBefore(text: string, start: number): boolean {
  if (NOT_A_QUANTITY_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return true;
  // "Jiaxing-5": a number glued by a hyphen to a word is part of a name.
  return text.charAt(start - 1) === '-' && /[\p{L}\p{N}]/u.test(text.charAt(start - 2));
}

/** An explicit minus sign ("-2.1%", "−3%") right before the number, not a hyphen inside a word. */
function signBefore(text: string, start: number): number {
  const ch = text.charAt(start - 1);
  if (ch !== '-' && ch !== '−') return 1;
  return /[\p{L}\p{N}]/u.test(text.charAt(start - 2)) ? 1 : -1;
}

function percent(text: string, m: RegExpExecArray): Candidate | null {
  if (excludedBefore(text, m.index)) return null;
  const unit = /point/.test(m[4] ?? '') || /百分点/.test(m[4] ?? '') ? 'percentage points' : '%';
  const low = numberValue(m[1] ?? '');
  if (m[3] !== undefined) {
    const high = numberValue(m[3]);
    if (low === null || high === null || high <= low) return null;
    return candidate(m, 4, 'percentage', null, unit, { low, high });
  }
  return candidate(m, 4, 'percentage', low === null ? null : signBefore(text, m.index) * low, unit);
}

function money(text: string, m: RegExpExecArray, prefixed: boolean): Candidate | null {
  if (!prefixed && excludedBefore(text, m.index)) return null;
  const [amount, scaleEn, scaleZh] = prefixed ? [m[2], m[3], m[4]] : [m[1], m[2], m[3]];
  const currency = prefixed ? m[1] : (m[4] ?? m[5]);
  const value = numberValue(amount ?? '', scaleExponent(scaleEn ?? scaleZh));
  if (value === null) return null;
  return candidate(m, 3, 'money', value, currencyUnit(currency ?? ''));
}

function count(text: string, m: RegExpExecArray): Candidate | null {
  const written = m[1] ?? '';
  const scale = m[2] ?? m[3];
  if (excludedBefore(text, m.index)) return null;
  const end = m.index + m[0].length;
  const value = numberValue(written, scaleExponent(scale));
  if (value === null) return null;
  const cn = CN_COUNT_UNIT_RE.exec(text.slice(end, end + 4));
  if (cn !== null) {
    if (isYear(written) && scale === undefined) return null;
    return { start: m.index, end: end + (cn[1] ?? '').length, priority: 5, kind: 'count', value, unit: cn[1] ?? null, range: null };
  }
  const phrase = readCountPhrase(text, end);
  if (phrase !== null) {
    // A year followed by a noun is still a year ("in 2024 we"), unless it is a measure ("2000 km").
    if (isYear(written) && scale === undefined && !/^(?:km|tons|hectares|mu|people|meters|yuan)$/.test(phrase.unit)) return null;
    return { start: m.index, end: phrase.end, priority: 5, kind: 'count', value, unit: phrase.unit, range: null };
  }
  if (isYear(written) || /[\p{L}\p{N}]/u.test(text.charAt(end))) return null;
  return followsMeasureVerb(text, m.index) ? candidate(m, 5, 'count', value, null) : null;
}

function ranking(m: RegExpExecArray): Candidate | null {
  const rank = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
  const value = rank === undefined ? null : numberValue(rank);
  return value === null ? null : candidate(m, 1, 'ranking', value, null);
}

function streak(m: RegExpExecArray): Candidate | null {
  const n = m[1] ?? m[3] ?? m[5];
  const value = n === undefined ? null : numberValue(n);
  if (value === null) return null;
  const written = m[2] ?? m[4] ?? m[6];
  const unit =
    written === undefined || written === '年' ? 'years' : written === '次' ? 'times' : written.endsWith('s') ? written : `${written}s`;
  return candidate(m, 0, 'streak', value, unit);
}

/** The quantities of `sentence`, in reading order. */
export function matchQuantities(sentence: string): Quantity[] {
  const all: Candidate[] = [];
  scan(STREAK_RE, sentence, streak, all);
  scan(RANK_RE, sentence, ranking, all);
  scan(BLOCK_RE, sentence, (m) => candidate(m, BLOCK_PRIORITY, 'count', null, null), all);
  scan(MONEY_PREFIX_RE, sentence, (m) => money(sentence, m, true), all);
  scan(MONEY_SUFFIX_RE, sentence, (m) => money(sentence, m, false), all);
  scan(PERCENT_RE, sentence, (m) => percent(sentence, m), all);
  scan(COUNT_RE, sentence, (m) => count(sentence, m), all);
  all.sort((a, b) => a.priority - b.priority || a.start - b.start);
  // Candidate spans are bounded in length, so marking covered characters keeps this linear.
  const covered = new Uint8Array(sentence.length);
  const kept: Candidate[] = [];
  for (const c of all) {
    if (covered.subarray(c.start, c.end).includes(1)) continue;
    covered.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept
    .filter((c) => c.priority !== BLOCK_PRIORITY)
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, kind, value, unit, range }) => ({ start, end, kind, value, unit, range }));
}
