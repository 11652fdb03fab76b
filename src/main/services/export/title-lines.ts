/**
 * Line breaks of a title. 公文 titles wrap into balanced lines (上长下短, never a lone character on the
 * last line), which a word processor's greedy wrap does not do, so Chinese titles are broken here.
 */
import type { Typography } from './official-layout';
import { TEXT_WIDTH } from './official-layout';
import { splitParagraphs } from './xml-text';

const NATURAL_BREAK_AFTER = new Set(['的', '、', '，', '和', '与', '及']);

/** The lines of a title: the deputy's own line breaks, else balanced lines for a Chinese title. */
export function titleLines(t: Typography, title: string): string[] {
  const given = splitParagraphs(title);
  // English titles wrap at spaces well enough; mixed or explicit lines are the deputy's choice.
  if (given.length !== 1 || t.language !== 'zh-CN') return given;
  const chars = Array.from(given[0] ?? '');
  if (chars.some((c) => /[A-Za-z\s]/.test(c))) return given;
  const perLine = Math.floor(TEXT_WIDTH / (t.title.size * 10)); // 20 characters of 22 pt
  if (chars.length <= perLine) return given;
  const lineCount = Math.ceil(chars.length / perLine);
  const lines: string[] = [];
  let rest = chars;
  for (let remaining = lineCount; remaining > 1; remaining--) {
    const ideal = Math.ceil(rest.length / remaining);
    const cut = chooseCut(rest, ideal, perLine);
    lines.push(rest.slice(0, cut).join(''));
    rest = rest.slice(cut);
  }
  lines.push(rest.join(''));
  return lines;
}

/**
 * Where to end the upper line: at or after `ideal` (the upper line may grow, never get shorter than
 * the lower one), never inside a word (Intl.Segmenter's Chinese word boundaries), preferring a
 * natural break after 的, 和, a comma…, within four characters; else at `ideal`.
 */
function chooseCut(chars: readonly string[], ideal: number, perLine: number): number {
  const boundaries = new Set<number>();
  let offset = 0;
  for (const { segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(chars.join(''))) {
    offset += Array.from(segment).length;
    boundaries.add(offset);
  }
  const limit = Math.min(ideal + 4, perLine, chars.length - 1);
  const candidates = [];
  for (let k = ideal; k <= limit; k++) if (boundaries.has(k)) candidates.push(k);
  return candidates.find((k) => NATURAL_BREAK_AFTER.has(chars[k - 1] ?? '')) ?? candidates[0] ?? ideal;
}
