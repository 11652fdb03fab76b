/**
 * What the words around a quantity say about it: a qualifier ("around 6%", "6%左右") and a change
 * direction ("fell by 3.4%", "a growth of 6.3%"). Both look only at a bounded window inside the
 * current clause, so they stay linear.
 */
import type { FigureDirection, FigureQualifier } from './figure';

const QUALIFIER_BEFORE =
  /(?:\b(around|about|approximately|roughly|some|nearly|almost|no more than|at most|up to|no less than|not less than|no fewer than|at least|more than|over|above|exceed(?:ed|s|ing)?|less than|fewer than|below|under|within)|(约|超过|至少|不低于|不少于|不超过|近))\s*$/i;
const QUALIFIER_AFTER = /^(?:\s?(左右|以上|以下|以内|多)|\s(or more|or above|or less|or below)\b)/;

const QUALIFIERS: Record<string, FigureQualifier> = {
  around: 'around',
  左右: 'around',
  about: 'about',
  approximately: 'about',
  roughly: 'about',
  some: 'about',
  nearly: 'about',
  almost: 'about',
  约: 'about',
  近: 'about',
  'no more than': 'up to',
  'at most': 'up to',
  'up to': 'up to',
  不超过: 'up to',
  'or less': 'up to',
  'or below': 'up to',
  'no less than': 'at least',
  'not less than': 'at least',
  'no fewer than': 'at least',
  'at least': 'at least',
  至少: 'at least',
  不低于: 'at least',
  不少于: 'at least',
  'or more': 'at least',
  'or above': 'at least',
  'less than': 'less than',
  'fewer than': 'less than',
  below: 'less than',
  under: 'less than',
  within: 'less than',
  以下: 'less than',
  以内: 'less than',
};

/** "more than", "over", "above", "exceeds…", 超过, 以上, 多 all read as 'more than'. */
function qualifierOf(word: string): FigureQualifier {
  return QUALIFIERS[word.toLowerCase()] ?? 'more than';
}

/**
 * The qualifier of the quantity at `start`–`end` of the sentence, and the span of the whole phrase
 * as written ("below 5%", "6%左右", "exceed 330 billion yuan"): what the card shows and the highlight covers.
 */
export function findQualifier(
  sentence: string,
  start: number,
  end: number,
): { qualifier: FigureQualifier; start: number; end: number } | null {
  const from = Math.max(0, start - 24);
  const before = QUALIFIER_BEFORE.exec(sentence.slice(from, start));
  const wordBefore = before?.[1] ?? before?.[2];
  if (before && wordBefore !== undefined)
    return { qualifier: qualifierOf(wordBefore), start: from + before.index + before[0].indexOf(wordBefore), end };
  const after = QUALIFIER_AFTER.exec(sentence.slice(end, end + 12));
  const wordAfter = after?.[1] ?? after?.[2];
  return after && wordAfter !== undefined ? { qualifier: qualifierOf(wordAfter), start, end: end + after[0].length } : null;
}

const DIRECTION_CUES =
  /\b(?:(increas(?:e|ed|es|ing)|grow(?:s|n|ing)?|grew|growth|ris(?:e|es|en|ing)|rose|up|higher|gain(?:ed|s)?)|(decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|drop(?:ped|s)?|fell|fall(?:s|en|ing)?|down|lower(?:ed)?|reduc(?:e|ed|es|ing|tion)|cut)|(reach(?:ed|es|ing)?|total(?:l)?(?:ed|ing|s)?|amount(?:ed|s)?|stands?|stood|is|was|were|are|hit|exceed(?:ed|s|ing)?|keeps?|kept))\b|(增长|增加|提高|上升)|(下降|减少|降低|下跌)|(达到|为)/giu;
/** Only the separators of a list ("3.4%, 11.8%, and 8.9%") let a figure inherit the previous direction. */
const LIST_GAP = /^[\s,，、]*(?:and|or|和|及)?\s*$/;
const CLAUSE_BREAK = /[;；:：]/g;

/**
 * The change direction of a quantity from the nearest cue word before it, looking back at most 50
 * characters, not past the previous figure nor a clause break. `previous` is the preceding figure
 * of the same sentence, if any.
 */
export function findDirection(
  sentence: string,
  start: number,
  previous: { end: number; direction: FigureDirection | null } | null,
): FigureDirection | null {
  const adjacent = previous !== null && previous.end >= start - 50;
  const window = sentence.slice(Math.max(0, start - 50, previous?.end ?? 0), start);
  let lastBreak = -1;
  for (let m = CLAUSE_BREAK.exec(window); m !== null; m = CLAUSE_BREAK.exec(window)) lastBreak = m.index;
  CLAUSE_BREAK.lastIndex = 0;
  const gap = window.slice(lastBreak + 1);
  let direction: FigureDirection | null | undefined;
  DIRECTION_CUES.lastIndex = 0;
  for (let m = DIRECTION_CUES.exec(gap); m !== null; m = DIRECTION_CUES.exec(gap)) {
    direction = m[1] !== undefined || m[4] !== undefined ? 'up' : m[2] !== undefined || m[5] !== undefined ? 'down' : null;
  }
  if (direction !== undefined) return direction;
  if (adjacent && lastBreak < 0 && LIST_GAP.test(gap)) return previous.direction;
  return null;
}
