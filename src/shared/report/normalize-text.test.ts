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
