/**
 * The counted noun after a number: "45 pilot reform projects", "12.44 million people", "35 such
 * courtyards", "2,000 km". Rule: up to five words after the number, stopping at a preposition,
 * article, pronoun, auxiliary or (after the noun) past participle, or right after a known unit noun; the phrase must
 * end on a noun-like word (not "more", "new", "provincial-level"). A capitalized first word means a
 * name ("1,000 Projects and …"), not a count. Without such a phrase a number is a figure only after
 * a measuring verb ("totaled 116,000", "exceeded 500").
 */

export interface CountPhrase {
  /** Offset just after the last word of the phrase. */
  end: number;
  unit: string;
}

const STOP = new Set(
  (
    'of in at to for with on from by into onto each per that which who whose were was are is be been being ' +
    'has have had will would can could should may might must as than the a an this these those their its ' +
    'our we they it he she you respectively including both all above below under over made won took got ' +
    'became did do does not no nor so if when while where after before since until'
  ).split(' '),
);
const UNIT_NOUNS = new Set(
  (
    'people persons person residents households families tons tonnes hectares mu km kilometers kilometres ' +
    'meters metres years months days hours minutes times kinds items cases pieces units sets enterprises ' +
    'companies firms projects jobs schools students teachers children doctors villages towns measures ' +
    'policies cities counties seats beds vehicles'
  ).split(' '),
);
const CASED_UNITS = new Set(['TEU', 'TEUs', 'MW', 'GW', 'kW', 'kWh', 'km']);
const MODIFIERS = new Set(['more', 'new', 'such', 'additional', 'other', 'extra', 'and', 'or', 'but', 'square', 'cubic']);
const ED_NOUNS = new Set(['hundred', 'need', 'needs', 'speed', 'seed', 'feed', 'bed', 'shed']);
const MEASURE_VERB =
  /\b(?:total(?:l)?ed|total(?:l)?ing|reached|reaching|exceeded|exceeding|exceeds?|hit|numbered|amounted to|stood at|stands at|came to)\s(?:more than\s|over\s|about\s|around\s|nearly\s)?$/i;
const WORD_AT = /[A-Za-z][A-Za-z&'-]{0,30}/y;

function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

function isModifier(word: string): boolean {
  return MODIFIERS.has(word.toLowerCase()) || /-(?:level|quality|based|oriented|scale|class|grade|tech)$/i.test(word);
}

/** Reads the counted noun phrase starting at `from` (just after the number and its scale). */
export function readCountPhrase(text: string, from: number): CountPhrase | null {
  if (text.charAt(from) !== ' ') return null;
  const words: { word: string; end: number }[] = [];
  let pos = from;
  while (words.length < 5) {
    while (text.charAt(pos) === ' ') pos += 1;
    WORD_AT.lastIndex = pos;
    const m = WORD_AT.exec(text);
    if (m === null) break;
    const word = m[0];
    const lower = word.toLowerCase();
    const end = pos + word.length;
    if (CASED_UNITS.has(word)) {
      words.push({ word, end });
      break;
    }
    if (STOP.has(lower)) break;
    // A participle after the noun ends the phrase ("items handled"); before it, it is an adjective ("more skilled personnel").
    const hasNoun = words.some((w) => !isModifier(w.word));
    if (hasNoun && lower.length > 4 && lower.endsWith('ed') && !ED_NOUNS.has(lower)) break;
    if (isCapitalized(word) && words.length === 0) return null;
    words.push({ word, end });
    if (UNIT_NOUNS.has(lower)) break;
    pos = end;
    if (text.charAt(pos) !== ' ') break;
  }
  while (words.length > 0 && isModifier(words[words.length - 1]!.word)) words.pop();
  const last = words[words.length - 1];
  if (last === undefined) return null;
  const before = words[words.length - 2]?.word.toLowerCase();
  const unit = before === 'square' || before === 'cubic' ? `${before} ${last.word}` : last.word;
  return { end: last.end, unit: CASED_UNITS.has(unit) ? unit : unit.toLowerCase() };
}

/** Whether a bare number at `start` follows a measuring verb ("totaled 116,000"). */
export function followsMeasureVerb(text: string, start: number): boolean {
  return MEASURE_VERB.test(text.slice(Math.max(0, start - 30), start));
}
