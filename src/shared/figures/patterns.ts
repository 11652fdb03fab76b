/**
 * Regular expressions of the figure matchers. All are bounded (fixed alternations, {m,n}
 * repetitions, no nested unbounded groups), so each scan is linear in the sentence length.
 */
import { CARDINAL_WORDS, ORDINAL_WORDS } from './number-words';

/** "706.25", "1,135", "9933". */
export const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/** A number must not continue a word, a code or another number ("G60", "100·1,000", "3.5.1"). */
export const NUM_START = String.raw`(?<![A-Za-z0-9_.,·])`;
export const SCALE_EN = String.raw`(?:ten thousand|hundred million|thousand|million|billion|trillion)`;
export const SCALE_ZH = String.raw`(?:万亿|千万|百万|亿|万|千)`;
const WORD = `(?:${CARDINAL_WORDS})`;
const ORD = `(?:${ORDINAL_WORDS})`;
const CN_NUM = String.raw`(?:\d{1,3}|[一二三四五六七八九十两]{1,3})`;

const PCT_UNIT = String.raw`(?:\s?[%％]|\s(?:percentage points?|percent|per cent)\b|个百分点|百分点)`;
/** "6.3%", "6%–7%", "6-7 percent", "2.8 percentage points". Groups: low, [first unit], high, unit. */
export const PERCENT_RE = new RegExp(String.raw`${NUM_START}(${NUM})(?:(${PCT_UNIT})?\s?[-–—~～]\s?(${NUM}))?(${PCT_UNIT})`, 'gu');

const AMOUNT = String.raw`(${NUM}|${WORD})(?:[\s-](${SCALE_EN})|\s?(${SCALE_ZH}))?`;
/** "US$100 million", "USD 3.01 billion", "US$ three billion". Groups: currency, amount, scale en, scale zh. */
export const MONEY_PREFIX_RE = new RegExp(String.raw`(?<![A-Za-z0-9])(US\$|USD|RMB|CNY|HK\$|¥|￥|€|\$)\s?${AMOUNT}`, 'gu');
/** "706.25 billion yuan", "104.1-billion-yuan", "30 billion more yuan", "7062.5亿元". */
export const MONEY_SUFFIX_RE = new RegExp(
  String.raw`${NUM_START}${AMOUNT}(?:[\s-](?:more\s)?(yuan|RMB|US dollars|dollars|USD|euros)\b|\s?(元|美元|人民币|欧元))`,
  'gu',
);

/** A number with an optional scale; the counted noun is read after it by code. Groups: number, scale en, scale zh. */
export const COUNT_RE = new RegExp(String.raw`${NUM_START}(${NUM})(?:\s(${SCALE_EN})\b|(${SCALE_ZH}))?`, 'gu');
export const CN_COUNT_UNIT_RE = /^(人次|人|个|项|家|所|公里|千米|吨|亩|公顷|平方米|件|条|座|台|户|名|辆|套|处|批)/u;

const SCOPE = String.raw`(?:\s(?:in|among)\s(?:(?:the\s)?top\s(?:${NUM}|${WORD})|(?:the\s)?[A-Z][\p{L}-]*(?:\s[A-Z][\p{L}-]*){0,2}))?`;
/** "ranking third in Zhejiang", "ranked 75 in top 100", "remained the first in Zhejiang". Group: rank. */
export const RANK_RE = new RegExp(
  String.raw`\b(?:[Rr]ank(?:ed|ing|s)?|[Pp]laced|[Cc]ame)\s(?:the\s)?(${ORD}|\d{1,4}(?:st|nd|rd|th)?)\b${SCOPE}` +
    String.raw`|\b(?:[Rr]emain(?:ed|s|ing)?|[Ss]tay(?:ed|s)?)\s(?:the\s)?(${ORD})\b${SCOPE}` +
    String.raw`|\b[Tt]op\s(${NUM}|${WORD})\b` +
    String.raw`|\bNo\.\s?(\d{1,4})(?=\s(?:among|in|nationwide|across|worldwide)\b)` +
    String.raw`|(?:(?:位居|位列|居|排名|排)(?:全国|全省|全市)?|全国|全省|全市)第(${CN_NUM})(?:位|名)?`,
  'gu',
);

/** "for the 5th consecutive year", "for three consecutive years", "for 20 years in a row", "连续5年". */
export const STREAK_RE = new RegExp(
  String.raw`\b[Ff]or\s(?:the\s)?(${ORD}|${WORD}|\d{1,3}(?:st|nd|rd|th)?)\s(?:consecutive|straight|successive)(?:\s(years?|times|sessions|terms|months|quarters)\b)?` +
    String.raw`|\b[Ff]or\s(${WORD}|\d{1,3})\s(years?)\sin\sa\srow\b` +
    String.raw`|连续(${CN_NUM})(年|届|次|个月)`,
  'gu',
);

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Spans whose numbers are never figures: dates, times, names, codes, quoted titles, list markers. */
export const BLOCK_RE = new RegExp(
  [
    String.raw`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}`,
    String.raw`\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日`,
    String.raw`\b\d{1,2}:\d{2}(?::\d{2})?\b`,
    String.raw`\b(?:${MONTHS})\s\d{1,2}(?:st|nd|rd|th)?\b`,
    String.raw`\bNos?\.\s?\d{1,6}\b`,
    String.raw`\b\d+(?:\.\d+){2,}\b`,
    String.raw`\b(?:[Gg]rade|[Cc]lass|[Ll]evel|[Pp]hase|[Tt]ype|[Aa]rticle|[Ss]ection|[Cc]hapter|[Ii]tem|[Rr]oom|[Bb]us|[Ll]ine|[Rr]oute|[Vv]ersion)\s?\d+[A-Za-z]?\b`,
    String.raw`[“"「『《][^“”"「」『』《》\n]{0,80}[”"」』》]`,
    String.raw`[(（]\d{1,2}[)）]`,
    String.raw`^\d{1,2}[.、)）](?=\s|$)`,
  ].join('|'),
  'gu',
);
