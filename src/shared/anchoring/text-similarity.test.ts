import { describe, expect, it } from 'vitest';
import { contextAgreement, editDistance, similarity } from './text-similarity';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['people’s', "people's", 1],
    ['a'.repeat(80), 'a'.repeat(79) + 'b', 1],
  ])('%j → %j = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('similarity', () => {
  it('is 1 for equal strings and 0 for nothing in common', () => {
    expect(similarity('', '')).toBe(1);
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
    expect(similarity('abcd', 'abce')).toBe(0.75);
  });
});

describe('contextAgreement', () => {
  const text = 'before the quote QUOTE after the quote';
  const start = text.indexOf('QUOTE');
  it('compares the windows next to the candidate', () => {
    expect(contextAgreement(text, start, start + 5, 'the quote ', ' after')).toEqual({ prefix: 1, suffix: 1 });
    expect(contextAgreement(text, start, start + 5, 'xxxxxxxxxx', ' after').prefix).toBe(0);
  });
  it('treats an empty stored context as the document edge', () => {
    expect(contextAgreement(text, 0, 6, '', '').prefix).toBe(1);
    expect(contextAgreement(text, start, start + 5, '', '')).toEqual({ prefix: 0.5, suffix: 0.5 });
    expect(contextAgreement(text, start, text.length, '', '').suffix).toBe(1);
  });
});
