/**
 * Text files as reports arrive: UTF-8 (with or without a BOM), UTF-16 with a BOM (Windows
 * "Unicode"), or GB18030/GBK (how many Chinese documents are saved). Returns null for data that
 * is not text at all (NUL bytes, or nothing decodes cleanly).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  if (bytes.includes(0)) return null;
  return decodeWith('utf-8', bytes) ?? decodeWith('gb18030', bytes);
}

function decodeWith(encoding: string, bytes: Uint8Array): { text: string; encoding: string } | null {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return looksLikeProse(text) ? { text, encoding } : null;
  } catch {
    return null;
  }
}

/** Binary data can decode without error as GB18030; real text has almost no control characters. */
function looksLikeProse(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0 || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c)) controls += 1;
  }
  return controls <= Math.max(2, text.length / 1000);
}
