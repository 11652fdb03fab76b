/**
 * Stable paragraph ids: "p-" + 8-hex FNV-1a (32-bit) hash of the UTF-8 bytes of the paragraph text.
 * Ids depend on the text only, not on the position, so editing one paragraph keeps the others' ids.
 * The n-th repetition of an identical text in one document gets a "-n" suffix ("p-1a2b3c4d-2").
 */
import type { Section } from '../domain/outline';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mix(hash: number, byte: number): number {
  return Math.imul(hash ^ byte, FNV_PRIME);
}

/**
 * FNV-1a 32-bit of the UTF-8 encoding of `text`, encoded by hand from UTF-16 code units (no
 * TextEncoder dependency, and no string allocated per character: this runs over every paragraph).
 * A lone surrogate is encoded as its own code point, as iterating the string would give it.
 */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x80) {
      hash = mix(hash, cp);
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i += 1;
      }
    }
    if (cp < 0x800) {
      hash = mix(hash, 0xc0 | (cp >> 6));
      hash = mix(hash, 0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      hash = mix(hash, 0xe0 | (cp >> 12));
      hash = mix(hash, 0x80 | ((cp >> 6) & 0x3f));
      hash = mix(hash, 0x80 | (cp & 0x3f));
    } else {
      hash = mix(hash, 0xf0 | (cp >> 18));
      hash = mix(hash, 0x80 | ((cp >> 12) & 0x3f));
      hash = mix(hash, 0x80 | ((cp >> 6) & 0x3f));
      hash = mix(hash, 0x80 | (cp & 0x3f));
    }
  }
  return hash >>> 0;
}

/** "p-" + 8 lower-case hex digits. */
export function paragraphId(text: string): string {
  return `p-${fnv1a32(text).toString(16).padStart(8, '0')}`;
}

function walk(sections: Section[], seen: Map<string, number>): void {
  for (const section of sections) {
    for (const paragraph of section.paragraphs) {
      const base = paragraphId(paragraph.text);
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      paragraph.id = count === 1 ? base : `${base}-${count}`;
    }
    walk(section.children, seen);
  }
}

/** Fills in `id` for every paragraph, in document order (in place). */
export function assignParagraphIds(sections: Section[]): void {
  walk(sections, new Map());
}
