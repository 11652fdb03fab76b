/**
 * Low-level text normalization shared by the report parser.
 * Everything here is linear in the input length (simple global regexes, no nested quantifiers).
 */

// Any run of whitespace other than one plain space, including NBSP (U+00A0), ideographic space
// (U+3000) and BOMs inside text (JS `\s` covers all of these): each becomes one space. Single plain
// spaces are not matched, so an ordinary line is not rebuilt match by match (that allocated several
// times the text's size and made parsing a long report slow down in the garbage collector).
const SPACE_RUN = /\s{2,}|[^\S ]/g;
// Zero-width characters that sometimes survive copy-paste from web pages; removed outright so that
// they do not split words.
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060/g;
const HAS_ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060/;

/** Removes a leading UTF-8 byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Splits on LF, CRLF or lone CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Paragraph text normalization: NBSP → space, whitespace runs collapsed to one space, trimmed. */
export function normalizeInline(text: string): string {
  const visible = HAS_ZERO_WIDTH.test(text) ? text.replace(ZERO_WIDTH, '') : text;
  return visible.replace(SPACE_RUN, ' ').trim();
}

/**
 * Visual width of a raw line's leading whitespace (tab = 4, ideographic space = 2, others = 1).
 * Used to tell an indented paragraph start from a wrapped continuation line.
 */
export function indentWidth(raw: string): number {
  let width = 0;
  for (const ch of raw) {
    if (ch === '\t') width += 4;
    else if (ch === '\u3000') width += 2;
    else if (/\s/.test(ch)) width += 1;
    else break;
  }
  return width;
}

/** True for characters of CJK scripts and full-width punctuation (no spaces are used between them). */
export function isCjk(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch);
}

/** True when the string has no letters/digits of a space-separated script, i.e. is mostly CJK. */
export function isMostlyCjk(text: string): boolean {
  let cjk = 0;
  let other = 0;
  for (const ch of text) {
    if (isCjk(ch)) cjk += 1;
    else if (/[A-Za-z]/.test(ch)) other += 1;
  }
  return cjk > other;
}
