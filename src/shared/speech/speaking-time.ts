/**
 * How long a text takes to say: Chinese counted in characters (汉字, at the deputy's rate, ~250 a
 * minute), English and other Latin text in words (at ~130 words a minute, a measured public-speaking
 * pace); numbers count as one word each. Punctuation and spaces take no time.
 */
export interface SpeakingRate {
  charsPerMinute: number;
  wordsPerMinute: number;
}

export interface SpokenLength {
  chars: number;
  words: number;
}

const HAN = /\p{Script=Han}/gu;
const WORD = /[\p{Script=Latin}\d]+(?:['’.-][\p{Script=Latin}\d]+)*/gu;

export function spokenLength(text: string): SpokenLength {
  const chars = text.match(HAN)?.length ?? 0;
  const words = text.replace(HAN, ' ').match(WORD)?.length ?? 0;
  return { chars, words };
}

/** Seconds to say `text` at `rate`. */
export function speakingSeconds(text: string, rate: SpeakingRate): number {
  const { chars, words } = spokenLength(text);
  return (chars / rate.charsPerMinute) * 60 + (words / rate.wordsPerMinute) * 60;
}

export interface SpeechBudget {
  /** Seconds the points take, in total and each. */
  seconds: number;
  perPoint: number[];
  /** Seconds given. */
  budget: number;
  /** Positive: over the budget by that many seconds; negative: time to spare. */
  over: number;
  length: SpokenLength;
}

/** The card's points against its time: how long they take, and how far over or under the budget they are. */
export function speechBudget(points: readonly string[], minutes: number, rate: SpeakingRate): SpeechBudget {
  const perPoint = points.map((p) => speakingSeconds(p, rate));
  const seconds = perPoint.reduce((a, b) => a + b, 0);
  const length = points
    .map(spokenLength)
    .reduce((a, b) => ({ chars: a.chars + b.chars, words: a.words + b.words }), { chars: 0, words: 0 });
  return { seconds, perPoint, budget: minutes * 60, over: seconds - minutes * 60, length };
}

/** "m:ss" of a number of seconds (rounded up, so a count-down shows 0:00 only when time is up). */
export function clockText(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds - 1e-9));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
