import { describe, expect, it } from 'vitest';
import { safeFileName } from './file-delivery';

describe('export file names', () => {
  it('keeps Chinese and English titles as they are', () => {
    expect(safeFileName('关于制定公交条例的议案', 'draft', 'docx')).toBe('关于制定公交条例的议案.docx');
    expect(safeFileName('Bus rules: a proposal?', 'draft', 'docx')).toBe('Bus rules a proposal.docx');
  });

  it('drops bidi overrides and isolates, so a name cannot pretend to end in another extension', () => {
    // "Report‮xcod.exe" would show as "Reportexe.docx" reversed in a file manager.
    for (const mark of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      const name = safeFileName(`Report${mark}exe.docx`, 'draft', 'docx');
      expect(name).not.toContain(mark);
      expect(name).toBe('Report exe.docx.docx');
    }
  });

  it('drops lone surrogates, and never cuts a character in two at the length limit', () => {
    expect(safeFileName('a\ud800b\udc00c', 'draft', 'docx')).toBe('a b c.docx');
    const name = safeFileName('议'.repeat(79) + '😀😀', 'draft', 'docx');
    expect(name).not.toMatch(/[\ud800-\udfff]/u); // no half of a pair left over
    expect([...name.replace(/\.docx$/, '')]).toHaveLength(80);
  });
});
