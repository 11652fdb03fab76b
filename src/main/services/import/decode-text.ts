import { looksLikeText } from './check-report-text';

type Decoded = { text: string; encoding: string };

/**
 * Text files as reports arrive: UTF-8 (with or without a BOM), UTF-16 with or without a BOM
 * (Windows "Unicode"), or GB18030/GBK (how many Chinese documents are saved). Returns null for data
 * that is not text at all.
 */
export function decodeText(bytes: Uint8Array): Decoded | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  if (bytes.includes(0)) return null;
  return decodeWith('utf-8', bytes) ?? decodeWith('gb18030', bytes);
}

function decodeWith(encoding: string, bytes: Uint8Array): Decoded | null {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return looksLikeText(text) ? { text, encoding } : null;
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a BOM. Line breaks, spaces, digits and Latin letters are ASCII, whose other byte is
 * 0, so they put NUL bytes on one side of the byte pairs only (odd positions: little-endian; even:
 * big-endian). Text of Chinese characters alone, with few such bytes, is taken as UTF-16 only when
 * it decodes to Chinese and common punctuation throughout.
 */
function utf16WithoutBom(bytes: Uint8Array): Decoded | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = bytes.length / 2;
  // A few zeros on the other side come from characters such as 一 (U+4E00).
  if (oddZeros > pairs * 0.05 && evenZeros * 4 < oddZeros) return decodeWith('utf-16le', bytes);
  if (evenZeros > pairs * 0.05 && oddZeros * 4 < evenZeros) return decodeWith('utf-16be', bytes);
  for (const encoding of ['utf-16le', 'utf-16be']) {
    const decoded = decodeWith(encoding, bytes);
    if (decoded && isMostlyChinese(decoded.text)) return decoded;
  }
  return null;
}

function isMostlyChinese(text: string): boolean {
  let fitting = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const chinese = (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef);
    if (chinese) fitting += 1;
  }
  return fitting >= text.length * 0.9;
}
