/**
 * Text hygiene before anything reaches `docx`: XML 1.0 forbids most C0 controls, U+FFFE/U+FFFF and
 * unpaired surrogates, and one such character makes Word refuse the whole file.
 */

function isXmlChar(code: number): boolean {
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  if (code < 0x20) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false; // only reached by a lone surrogate (see below)
  return code !== 0xfffe && code !== 0xffff;
}

/** Removes every character XML 1.0 does not allow; well-formed text comes back unchanged. */
export function toXmlSafeText(text: string): string {
  // Fast path: most text is clean, and scanning is cheaper than rebuilding.
  let clean = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0xd800 && code <= 0xdfff) || code >= 0xfffe) {
      clean = false;
      break;
    }
  }
  if (clean) return text;
  let result = '';
  // for…of walks code points: a surrogate pair arrives whole (code > 0xFFFF), a lone one alone.
  for (const char of text) {
    if (isXmlChar(char.codePointAt(0) ?? 0)) result += char;
  }
  return result;
}

/**
 * Splits a text field into its paragraphs: every line break ends a paragraph and blank lines only
 * separate. Leading white space (including the ideographic spaces people type to indent) is dropped,
 * because the layout indents paragraphs itself.
 */
export function splitParagraphs(text: string): string[] {
  return toXmlSafeText(text)
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((line) => line.replace(/^\s+|\s+$/g, ''))
    .filter((line) => line !== '');
}

/** One line of text (a title, a name): line breaks become spaces. */
export function singleLine(text: string): string {
  return splitParagraphs(text).join(' ');
}
