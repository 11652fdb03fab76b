import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseDecimal, parseRoman } from './numerals';

describe('numerals', () => {
  it.each([
    ['I', 1],
    ['II', 2],
    ['III', 3],
    ['IV', 4],
    ['IX', 9],
    ['XIV', 14],
    ['XXXIX', 39],
    ['IIII', null],
    ['VX', null],
    ['IIV', null],
    ['', null],
    ['A', null],
  ])('parseRoman(%j) = %j', (text, value) => {
    expect(parseRoman(text)).toBe(value);
  });

  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['十十', null],
    ['一一', null],
    ['二二十', null],
  ])('parseChineseNumeral(%j) = %j', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('parses ASCII and full-width digits', () => {
    expect(parseDecimal('12')).toBe(12);
    expect(parseDecimal('１２')).toBe(12);
  });
});
