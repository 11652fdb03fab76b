/**
 * Classification of whole (logical) lines that carry no numbering: salutations, body paragraphs and
 * unnumbered part headings. All checks look at a bounded number of characters or do one pass.
 */
import { isBullet, matchMarkdownHeading, matchNumbering } from './heading-patterns';
import { isMostlyCjk } from './normalize-text';

// Addresses to the deputies open a part's closing block ("Fellow deputies, the achievements…").
const SALUTATION = /^(?:(?:fellow|dear|distinguished|honou?rable)\s+deputies|deputies,|各位代表|同志们)/i;

/** "Fellow deputies, …", "Dear Deputies," "各位代表：" */
export function isSalutation(line: string): boolean {
  return SALUTATION.test(line);
}

const SENTENCE_END = new Set(['.', '。', '!', '！', '?', '？', '…']);
const CLAUSE_END = new Set([',', '，', ';', '；', '、']);
const CLOSERS = new Set(['”', '’', '"', "'", '）', ')', '」', '』', '》']);

/** Last character of `line` that is not a closing quote/bracket (loop, not a regex: no backtracking). */
function lastMeaningfulChar(line: string): string {
  let end = line.length;
  while (end > 0 && CLOSERS.has(line.charAt(end - 1))) end -= 1;
  return line.charAt(end - 1);
}

/** Ends like a sentence ("….", "…。", "…”."). */
export function endsLikeSentence(line: string): boolean {
  return SENTENCE_END.has(lastMeaningfulChar(line));
}

export function endsWithColon(line: string): boolean {
  return line.endsWith(':') || line.endsWith('：');
}

// A colon line that is a clause introducing a list, not a heading: it starts with a pronoun or has a
// finite verb ("We did the following:", "The main tasks are:"), or says 如下/以下/包括/我们 or ends in "是：".
const EN_INTRODUCTION =
  /^(?:we|i|it|this|these|those|there|here|they)\b|\b(?:is|are|was|were|be|been|will|shall|can|did|do|does|have|has|had|includes?|included|including|follows?|following|below|go|goes)\b/i;
const ZH_INTRODUCTION = /如下|以下|下列|包括|我们|[是有为了要][：:]$/;

/** "We did the following:" / "我们重点做了以下工作：" introduce a list; "Major tasks for 2024:" / "主要任务：" head one. */
export function introducesList(line: string): boolean {
  return isMostlyCjk(line) ? ZH_INTRODUCTION.test(line) : EN_INTRODUCTION.test(line);
}

const MAX_HEADING_CHARS = 80;
const MAX_CJK_HEADING_CHARS = 40;
const MAX_HEADING_WORDS = 12;

/**
 * Could `line` be an unnumbered part heading ("Review of Work in 2014", "Main tasks for 2015:")?
 * Rule: short (≤ 80 chars, ≤ 12 words; ≤ 40 chars for CJK text), starts with a letter that is not
 * lower-case, contains no clause punctuation (, ; 、), does not end like a sentence or clause
 * (a final colon is allowed), and is not a salutation, bullet or numbered line. Lines starting with
 * digits are never headings ("2022 was a year of…"). The caller also requires a body paragraph
 * to follow (see isPlainHeading in outline-builder).
 */
export function isPlainHeadingCandidate(line: string): boolean {
  const limit = isMostlyCjk(line) ? MAX_CJK_HEADING_CHARS : MAX_HEADING_CHARS;
  if (line.length < 2 || line.length > limit) return false;
  const first = line.charAt(0);
  if (!/\p{L}/u.test(first) || first !== first.toUpperCase()) return false;
  if (isSalutation(line) || isBullet(line)) return false;
  if (matchNumbering(line) !== null || matchMarkdownHeading(line) !== null) return false;
  for (const ch of line) if (CLAUSE_END.has(ch)) return false;
  const last = lastMeaningfulChar(line);
  if (SENTENCE_END.has(last) || CLAUSE_END.has(last)) return false;
  return line.split(' ').length <= MAX_HEADING_WORDS;
}

const BODY_MIN_CHARS = 60;
const CJK_BODY_MIN_CHARS = 30;

/** A paragraph that reads like running text: long, or ending like a sentence. */
export function isBodyParagraph(line: string): boolean {
  if (isPlainHeadingCandidate(line)) return false;
  const min = isMostlyCjk(line) ? CJK_BODY_MIN_CHARS : BODY_MIN_CHARS;
  return line.length >= min || endsLikeSentence(line);
}
