/**
 * Which indicator a figure measures: the indicator named nearest before it in its clause, else the
 * one named right after it in its clause ("110,000 new jobs"), else the one named last before it in
 * its sentence ("The GDP reached 706.25 billion yuan, an increase of 6.3%"). A figure naming no
 * indicator of the lexicon gets a key from its own words (its unit and the clause's content words),
 * so that "3,500 childcare places" can still be paired by similarity.
 */
import type { Figure } from '../figures/figure';
import { indicatorMentions, type Indicator } from './indicators';

const CLAUSE_BREAK = /[;；。,，、:：]/;
/** How far after the figure a name may follow in the clause ("110,000 new jobs are to be created"). */
const AFTER_WINDOW = 40;

/** Offsets of the figure in its sentence (the figure's own offsets are in its paragraph). */
function inSentence(figure: Figure): { start: number; end: number } {
  return { start: figure.start - figure.sentenceStart, end: figure.end - figure.sentenceStart };
}

function clauseAround(sentence: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(sentence.charAt(from - 1))) from -= 1;
  let to = end;
  while (to < sentence.length && !CLAUSE_BREAK.test(sentence.charAt(to))) to += 1;
  return { from, to };
}

export function indicatorOf(figure: Figure): Indicator | null {
  const { start, end } = inSentence(figure);
  const mentions = indicatorMentions(figure.sentence);
  if (mentions.length === 0) return null;
  const clause = clauseAround(figure.sentence, start, end);
  // "100,000 new urban jobs": the counted noun names the indicator.
  const inFigure = mentions.find((m) => m.start < end && start < m.end);
  if (inFigure) return inFigure.indicator;
  const before = mentions.filter((m) => m.end <= start);
  const inClauseBefore = before.filter((m) => m.start >= clause.from).at(-1);
  if (inClauseBefore) return inClauseBefore.indicator;
  const inClauseAfter = mentions.find((m) => m.start >= end && m.start <= Math.min(clause.to, end + AFTER_WINDOW));
  if (inClauseAfter) return inClauseAfter.indicator;
  return before.at(-1)?.indicator ?? null;
}

const STOP_WORDS = new Set(
  'the a an of and or to in on for by with at as is are was were be been will shall more than over about around least up new our we this that these those year years per each all its their from into will grow grows grew growth increase increased reach reaches reached created create total'.split(
    ' ',
  ),
);

/** The content words of the figure and its clause (Chinese: character pairs), for pairing figures no lexicon names. */
export function contentWords(figure: Figure): Set<string> {
  const { start, end } = inSentence(figure);
  const clause = clauseAround(figure.sentence, start, end);
  // The clause around the figure and the figure's own words ("3,500 childcare places", "托位3500个").
  const text = `${figure.sentence.slice(clause.from, start)} ${figure.text} ${figure.sentence.slice(end, clause.to)}`.toLowerCase();
  const words = new Set<string>();
  for (const word of text.match(/[a-z][a-z-]+/g) ?? []) if (!STOP_WORDS.has(word)) words.add(word.replace(/s$/, ''));
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) for (let i = 0; i + 1 < run.length; i += 1) words.add(run.slice(i, i + 2));
  return words;
}
