import { describe, expect, it } from 'vitest';
import type { Section } from '../domain/outline';
import { assignParagraphIds, fnv1a32, paragraphId } from './paragraph-id';

/** Reference FNV-1a over TextEncoder bytes, to check the hand-rolled UTF-8 encoding. */
function reference(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193);
  return hash >>> 0;
}

function doc(texts: string[]): Section[] {
  return [
    {
      label: null,
      heading: '',
      level: 1,
      paragraphs: texts.map((text) => ({ id: '', citation: '', text })),
      children: [],
    },
  ];
}

describe('paragraph ids', () => {
  it('matches the published FNV-1a test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it.each(['Mayor Li Jun', 'People’s Congress', '政府工作报告', 'emoji 😀 ok', 'é'])('hashes UTF-8 bytes of %j', (text) => {
    expect(fnv1a32(text)).toBe(reference(text));
  });

  it('formats as p- + 8 hex digits', () => {
    expect(paragraphId('')).toBe('p-811c9dc5');
    expect(paragraphId('a')).toMatch(/^p-[0-9a-f]{8}$/);
  });

  it('suffixes repeated texts and does not depend on position', () => {
    const a = doc(['x', 'y', 'x', 'x']);
    assignParagraphIds(a);
    const ids = a[0]?.paragraphs.map((p) => p.id) ?? [];
    expect(ids).toEqual([paragraphId('x'), paragraphId('y'), `${paragraphId('x')}-2`, `${paragraphId('x')}-3`]);
    const b = doc(['new', 'y', 'x']);
    assignParagraphIds(b);
    expect(b[0]?.paragraphs.map((p) => p.id)).toEqual([paragraphId('new'), paragraphId('y'), paragraphId('x')]);
  });
});
