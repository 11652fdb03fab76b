/**
 * Line breaks of a document title. 公文 titles wrap into balanced lines (上长下短, never a lone character
 * on the last line), which a word processor's or a browser's greedy wrap does not do, so Chinese titles
 * are broken here: for the DOCX (src/main/services/export/title-lines.ts) and the printed draft alike.
 */
import type { Language } from '../domain/settings';

/** 二号 (22 pt) characters on a line of the 156 mm text block. */
export const TITLE_CHARS_PER_LINE = 20;

/** Characters after which a line reads as complete: 的-phrases, conjunctions, enumeration commas. */
const NATURAL_BREAK_AFTER = new Set(['的', '、', '，', '和', '与', '及', '或']);
/** One-character words that are words of their own; any other lone character is likely a cut-up name (秀|洲|区). */
const FUNCTION_CHARACTERS = new Set([...NATURAL_BREAK_AFTER, '对', '在', '为', '把', '将', '向', '从', '由', '于']);
/** Head nouns that close a noun phrase: breaking before one separates it from its modifier (养老|服务, 就业|人员). */
const HEAD_NOUNS = new Set(['服务', '人员', '设施', '体系', '机制', '制度', '中心', '工程', '项目', '平台', '网络', '标准', '工作']);

/** The lines of a title given as its lines: the deputy's own line breaks, else balanced lines for a Chinese title. */
export function balancedTitleLines(given: readonly string[], language: Language, perLine = TITLE_CHARS_PER_LINE): string[] {
  // English titles wrap at spaces well enough; mixed or explicit lines are the deputy's choice.
  if (given.length !== 1 || language !== 'zh-CN') return [...given];
  const chars = Array.from(given[0] ?? '');
  if (chars.some((c) => /[A-Za-z\s]/.test(c))) return [...given];
  if (chars.length <= perLine) return [...given];
  const lineCount = Math.ceil(chars.length / perLine);
  const lines: string[] = [];
  let rest = chars;
  for (let remaining = lineCount; remaining > 1; remaining--) {
    const cut = chooseCut(rest, Math.ceil(rest.length / remaining), perLine, remaining);
    lines.push(rest.slice(0, cut).join(''));
    rest = rest.slice(cut);
  }
  lines.push(rest.join(''));
  return lines;
}

/** The words of `chars` (Intl.Segmenter's Chinese word boundaries), with where each ends. */
function wordsOf(chars: readonly string[]): { word: string; end: number }[] {
  const words: { word: string; end: number }[] = [];
  let offset = 0;
  for (const { segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(chars.join(''))) {
    offset += Array.from(segment).length;
    words.push({ word: segment, end: offset });
  }
  return words;
}

/** How bad it is to end a line between `before` and `after` (lower is better). */
function breakCost(before: string, after: string): number {
  if (NATURAL_BREAK_AFTER.has(Array.from(before).at(-1) ?? '')) return -6;
  let cost = 5; // between two content words, inside some phrase
  if (HEAD_NOUNS.has(after)) cost += 8;
  const lone = (w: string) => Array.from(w).length === 1 && !FUNCTION_CHARACTERS.has(w);
  if (lone(before) || lone(after)) cost += 10;
  if (after === '的') cost += 30; // a line never starts with 的
  return cost;
}

/**
 * Where to end the upper line: at a word boundary near `ideal`, never inside a word, weighing the
 * balance of the lines (上长下短: the upper line may be longer, a longer lower line costs more) against
 * the quality of the break (natural after 的, 和…; bad before a head noun or inside a cut-up name).
 */
function chooseCut(chars: readonly string[], ideal: number, perLine: number, remaining: number): number {
  const words = wordsOf(chars);
  let best = { cut: ideal, cost: Infinity };
  for (let i = 0; i < words.length - 1; i++) {
    const cut = words[i]?.end ?? 0;
    const rest = chars.length - cut;
    if (cut > perLine || rest > perLine * (remaining - 1) || Math.abs(cut - ideal) > 4) continue;
    const d = 2 * (cut - ideal);
    const balance = d < 0 ? 3 * -d : Math.max(0, d - 4);
    const cost = balance + breakCost(words[i]?.word ?? '', words[i + 1]?.word ?? '');
    if (cost < best.cost) best = { cut, cost };
  }
  return best.cut;
}
