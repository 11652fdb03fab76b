import { describe, expect, it } from 'vitest';
import { keepLines, readCandidateForm, readMaxChoices, replaceLine } from './candidate-form';

describe('the candidate form', () => {
  it('reads amounts and dates as the paste parser does', () => {
    expect(
      readCandidateForm({ name: '  城乡  公交 ', description: '新增线路', investment: '1,200万元', completion: '2024年底' }, []),
    ).toEqual({
      ok: true,
      content: { name: '城乡 公交', description: '新增线路', investment: 1200, completion: '2024-12' },
    });
    expect(readCandidateForm({ name: 'Buses', description: '', investment: '0.12亿元', completion: '' }, [])).toEqual({
      ok: true,
      content: { name: 'Buses', description: '', investment: 1200, completion: '' },
    });
  });

  it('says what is wrong with each field, with the paste problem codes', () => {
    expect(readCandidateForm({ name: ' ', description: '', investment: '一千万元', completion: '明年底' }, [])).toEqual({
      ok: false,
      errors: { name: 'noName', investment: 'investmentNotNumber', completion: 'completionNotDate' },
    });
    expect(readCandidateForm({ name: 'buses', description: '', investment: '', completion: '' }, ['Buses'])).toEqual({
      ok: false,
      errors: { name: 'duplicateName' },
    });
  });

  it('reads M as a whole number of at least 1', () => {
    expect(readMaxChoices(' 10 ')).toEqual({ ok: true, value: 10 });
    expect(readMaxChoices('0')).toEqual({ ok: false, zero: true });
    expect(readMaxChoices('2.5')).toEqual({ ok: false, zero: false });
    expect(readMaxChoices('')).toEqual({ ok: false, zero: false });
  });

  it('puts a corrected line back in place, and keeps only the lines still to correct', () => {
    expect(replaceLine('a\nb\r\nc', 2, 'B\nB')).toBe('a\nB B\nc');
    expect(replaceLine('a', 5, 'x')).toBe('a');
    expect(keepLines('a\nb\nc\nd', [2, 4])).toBe('b\nd');
  });
});
