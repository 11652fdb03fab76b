import { describe, expect, it } from 'vitest';
import { formProblems, parseTags, splitTagInput } from './note-form';

describe('parseTags', () => {
  it('splits on commas and semicolons (also full-width), trims and de-duplicates', () => {
    expect(parseTags(' budget,  Roads ;roads，交通；  ')).toEqual(['budget', 'Roads', '交通']);
  });
  it('splits on the Chinese enumeration comma 、 too', () => {
    expect(parseTags('就业，民生、教育')).toEqual(['就业', '民生', '教育']);
  });
});

describe('splitTagInput (the tag field while typing)', () => {
  it('takes the tags before the last separator and keeps the rest typed', () => {
    expect(splitTagInput('就业，民生、')).toEqual({ complete: ['就业', '民生'], rest: '' });
    expect(splitTagInput('roads; schools,wat')).toEqual({ complete: ['roads', 'schools'], rest: 'wat' });
    expect(splitTagInput('交通')).toEqual({ complete: [], rest: '交通' });
    expect(splitTagInput('a；b')).toEqual({ complete: ['a'], rest: 'b' });
  });
});

describe('formProblems', () => {
  it('reports a note over 20,000 characters and tags over 40', () => {
    expect(formProblems('x'.repeat(20_001), ['ok', 'y'.repeat(41)])).toEqual([
      { key: 'noteTooLong', count: 20_001 },
      { key: 'tagTooLong', tag: 'y'.repeat(41) },
    ]);
    expect(formProblems('x'.repeat(20_000), ['t'])).toEqual([]);
  });
});
