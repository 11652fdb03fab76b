/**
 * The fields of a pasted candidate line: investment amounts (→ 万元) and completion dates (→ YYYY,
 * YYYY-MM or YYYY-MM-DD), in the forms Chinese and English project lists write them.
 */

/** What a field is as an amount: a value in 万元, an amount that is not a number, or not an amount at all. */
export type AmountField = { kind: 'amount'; value: number } | { kind: 'notNumber' } | { kind: 'other' };
/** What a field is as a date: a normalized date (`bare` for a lone year such as "2024"), a broken date, or no date. */
export type DateField = { kind: 'date'; value: string; bare: boolean } | { kind: 'notDate' } | { kind: 'other' };

/** Full-width digits and punctuation people type in Chinese input modes, made ASCII. */
export function normalizeWidth(text: string): string {
  return text
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/[\u00a0\u2002-\u200a\u202f]/g, ' ');
}

const INVESTMENT_LABEL =
  /^(?:项目)?(?:总投资|计划投资|估算投资|投资总额|投资额|投资|资金|总额|预算|investment|budget|cost|total)(?:\s*[（(][^）)]*[）)])?\s*[:：]?\s*/i;
const ABOUT = /^(?:约|约为|大约|计|共|approx(?:imately|\.)?|about|around|~|≈)\s*/i;

/** Units of 万元 per unit named (none: the list's column is in 万元, as these lists are). */
const UNITS: [RegExp, number][] = [
  [/^(?:万元|万|10k yuan|10,?000 yuan|ten thousand yuan)$/i, 1],
  [/^(?:亿元|亿|100 million yuan)$/i, 10_000],
  [/^(?:million yuan|million|mn)$/i, 100],
  [/^(?:billion yuan|billion|bn)$/i, 100_000],
  [/^(?:元|yuan|rmb|cny)$/i, 0.0001],
];

/** Money words that make a field an amount even when its number is unreadable. */
const MONEY_MARK = /(?:万元|亿元|元|yuan)$|^(?:rmb|cny|[¥￥])/i;

/** "1200", "1,200", "1200万元", "0.12亿元", "RMB 12 million", "¥800万" → 万元 (rounded to 0.01). */
export function parseAmount(field: string, labelled = false): AmountField {
  const raw = normalizeWidth(field).trim();
  const label = INVESTMENT_LABEL.exec(raw)?.[0] ?? '';
  const text = raw.slice(label.length).replace(ABOUT, '');
  // "投资1200万元" and "投资：…" are labelled amounts; "投资建设养老中心" is a description.
  const hadLabel = label !== '' && (/[:：]/.test(label) || /^(?:rmb|cny|[¥￥\d])/i.test(text));
  const isMoney = labelled || hadLabel || MONEY_MARK.test(text);
  const match = /^(?:rmb|cny|[¥￥])?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(.*)$/i.exec(text);
  if (match) {
    // Both groups always take part in a match; the defaults only satisfy the index type.
    const [, digits = '', unitText = ''] = match;
    const unit = unitText
      .trim()
      .replace(/^\(|\)$/g, '')
      .replace(/^（|）$/g, '');
    const factor = unit === '' ? 1 : UNITS.find(([pattern]) => pattern.test(unit))?.[1];
    if (factor !== undefined) {
      const value = Math.round(Number(digits.replace(/,/g, '')) * factor * 100) / 100;
      if (Number.isFinite(value)) return { kind: 'amount', value };
    }
  }
  return isMoney ? { kind: 'notNumber' } : { kind: 'other' };
}

/** Whether the field is only an investment label ("总投资（万元）", "Investment"). */
export function isInvestmentLabel(field: string): boolean {
  return field.trim() !== '' && normalizeWidth(field).trim().replace(INVESTMENT_LABEL, '') === '';
}

const DATE_LABEL =
  /^(?:计划|预计|预期)?(?:完成时间|完工时间|竣工时间|建成时间|完成期限|完成|完工|竣工|建成|时间|期限)\s*[:：]?\s*|^(?:completion date|completion|completed by|complete by|finish(?:ed)? by|deadline|due)\s*[:：]?\s*/i;
const DATE_TAIL = /\s*(?:前|以前|之前|左右)?\s*(?:完成|完工|建成|竣工|投用|投运)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const QUARTER_END: Record<string, number> = { 一: 3, 1: 3, 二: 6, 2: 6, 三: 9, 3: 9, 四: 12, 4: 12 };

/** Whether the field is only a date label ("完成时间", "Completion date"). */
export function isDateLabel(field: string): boolean {
  return field.trim() !== '' && normalizeWidth(field).trim().replace(DATE_LABEL, '') === '';
}

const pad = (n: number): string => String(n).padStart(2, '0');

function ym(year: string, month: number): DateField {
  return month >= 1 && month <= 12 ? { kind: 'date', value: `${year}-${pad(month)}`, bare: false } : { kind: 'notDate' };
}

/**
 * "2024年12月", "2024-12", "2024/12/31", "2024年底", "2024年上半年", "Dec 2024", "end of 2024",
 * "by 2024-06" → a normalized date; "2024年13月", "明年底", "年底" (no year) → notDate.
 */
export function parseCompletion(field: string, labelled = false): DateField {
  const raw = normalizeWidth(field).trim();
  const label = DATE_LABEL.exec(raw)?.[0] ?? '';
  const text = raw.slice(label.length).replace(DATE_TAIL, '').trim();
  // "完成时间2024年底" and "完成时间：…" are labelled dates; "完成改造36个小区" is a description.
  const hadLabel = label !== '' && (/[:：]/.test(label) || /^\d/.test(text));
  const zh =
    /^(\d{4})\s*年\s*(?:(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日|份|底|末|中旬|上旬|下旬|初)?|(年底|年末|底|末)|([上下])半年|第?([一二三四1-4])季度|(内|度)?)$/.exec(
      text,
    );
  if (zh) {
    const [, year = '', month, day, end, half, quarter] = zh;
    if (day !== undefined) return ymd(year, Number(month), Number(day));
    if (month !== undefined) return ym(year, Number(month));
    if (end !== undefined) return ym(year, 12);
    if (half !== undefined) return ym(year, half === '上' ? 6 : 12);
    if (quarter !== undefined) return ym(year, QUARTER_END[quarter] ?? 0);
    return { kind: 'date', value: year, bare: false };
  }
  const numeric = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(text);
  if (numeric) {
    const [, year = '', month, day] = numeric;
    return day === undefined ? ym(year, Number(month)) : ymd(year, Number(month), Number(day));
  }
  const english = parseEnglishDate(text.toLowerCase());
  if (english) return english;
  const lone = /^(\d{4})$/.exec(text);
  const loneYear = lone?.[1];
  if (loneYear !== undefined && Number(loneYear) >= 1990 && Number(loneYear) <= 2100)
    return { kind: 'date', value: loneYear, bare: !hadLabel && !labelled };
  // Looks like a date (a year with 年, a numeric date, a year-less deadline) but is not one we can read.
  const dateShaped =
    /^\d{4}\s*年\s*\d{1,2}\s*月|^(?:今年|明年|后年)(?:底|年底|年末|内|上半年|下半年)?$|^(?:年底|年末|年内|上半年|下半年|待定|end of (?:the )?year|year-end|tbd)$/i.test(
      text,
    );
  return hadLabel || labelled || dateShaped ? { kind: 'notDate' } : { kind: 'other' };
}

function ymd(year: string, month: number, day: number): DateField {
  if (month < 1 || month > 12 || day < 1 || day > 31) return { kind: 'notDate' };
  return { kind: 'date', value: `${year}-${pad(month)}-${pad(day)}`, bare: false };
}

function parseEnglishDate(text: string): DateField | null {
  const t = text.replace(/^(?:by|before|in|until)\s+/, '').replace(/^the\s+/, '');
  const end = /^(?:end(?:\s+of|-of-|-)?\s*|year[- ]end\s+|yearend\s+)(\d{4})$|^(\d{4})\s+year[- ]end$/.exec(t);
  if (end) return ym(end[1] ?? end[2] ?? '', 12);
  const monthYear = /^(?:(?:end|mid)(?:\s+of|-)?\s*)?([a-z]{3,9})\.?,?\s+(\d{4})$/.exec(t);
  if (monthYear) {
    const [, month = '', year = ''] = monthYear;
    const index = MONTHS.indexOf(month.slice(0, 3));
    return index >= 0 ? ym(year, index + 1) : null;
  }
  const half = /^(?:h([12])|(first|second) half(?: of)?)\s+(\d{4})$|^mid[- ](\d{4})$/.exec(t);
  if (half) return ym(half[3] ?? half[4] ?? '', half[1] === '2' || half[2] === 'second' ? 12 : 6);
  const quarter = /^q([1-4])\s+(\d{4})$/.exec(t);
  if (quarter) {
    const [, number, year = ''] = quarter;
    return ym(year, Number(number) * 3);
  }
  return null;
}
