import { describe, expect, it } from 'vitest';
import { indentWidth, isCjk, normalizeInline, splitLines, stripBom } from './normalize-text';

describe('normalize-text', () => {
  it('strips a leading BOM only', () => {
    expect(stripBom('\ufeffabc')).toBe('abc');
    expect(stripBom('abc\ufeff')).toBe('abc\ufeff');
  });

  it('splits LF, CRLF and CR line endings', () => {
    expect(splitLines('a\r\nb\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it.each([
    ['Mayor\u00a0 \u00a0 Li Jun', 'Mayor Li Jun'],
    ['  two  spaces\there ', 'two spaces here'],
    ['\u3000\u3000现在，我代表', '现在，我代表'],
    ['zero\u200bwidth', 'zerowidth'],
    ['“quotes” kept', '“quotes” kept'],
    [' \u00a0 ', ''],
  ])('normalizes %j', (input, expected) => {
    expect(normalizeInline(input)).toBe(expected);
  });

  it('collapses every white-space run to one space, exactly as the plain definition does', () => {
    // The definition: zero-width characters removed, each run of \s → one space, trimmed.
    const reference = (text: string) =>
      text
        .replace(/\u200b|\u200c|\u200d|\u2060/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    const alphabet = ['a', '中', ' ', '\u00a0', '\t', '\u3000', '\u200b', '\ufeff', '\u2003', '.'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join('');
      expect(normalizeInline(text)).toBe(reference(text));
    }
  });

  it('measures indentation', () => {
    expect(indentWidth('\u00a0 \u00a0 We')).toBe(4);
    expect(indentWidth('\tX')).toBe(4);
    expect(indentWidth('\u3000\u3000段')).toBe(4);
    expect(indentWidth('none')).toBe(0);
  });

  it('recognizes CJK characters', () => {
    expect(isCjk('中')).toBe(true);
    expect(isCjk('。')).toBe(true);
    expect(isCjk('a')).toBe(false);
    expect(isCjk(undefined)).toBe(false);
  });
});
