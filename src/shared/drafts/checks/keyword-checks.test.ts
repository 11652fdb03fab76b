import { describe, expect, it } from 'vitest';
import { tripped } from './check-helpers.test-support';
import { keywords } from './keyword-checks';
import { enSuggestion, zhSuggestion } from './test-drafts';

describe('keyword warnings', () => {
  it('passes a suggestion about a public matter in its own words', () => {
    expect(tripped(keywords, zhSuggestion)).toEqual([]);
    expect(tripped(keywords, enSuggestion)).toEqual([]);
  });

  it.each([
    ['genre', 'reasons', { reasons: `${zhSuggestion.reasons}\n以上请示，请批准。` }, '请批准'],
    ['genre', 'measures', { measures: [...zhSuggestion.measures, '特此报告。'] }, '特此报告'],
    ['genre', 'basis', { basis: `${zhSuggestion.basis}\n此致\n敬礼` }, '此致\n敬礼'],
    ['personal', 'reasons', { reasons: `我父亲住在山里，${zhSuggestion.reasons}` }, '我父亲'],
    ['forwarding', 'title', { title: '关于转交村民来信的建议' }, '转交'],
    ['advertising', 'measures', { measures: ['建议采购本公司生产的新能源客车，欢迎选购。'] }, '本公司'],
  ])('warns on a Chinese draft (%s in %s)', (rule, field, change, words) => {
    expect(tripped(keywords, { ...zhSuggestion, ...change })).toEqual([
      { rule: `keywords.${rule}`, severity: 'should', field, values: { words } },
    ]);
  });

  it.each([
    ['genre', 'basis', { basis: `${enSuggestion.basis}\nPlease approve this request.` }, 'Please approve'],
    ['genre', 'measures', { measures: [...enSuggestion.measures, 'Yours sincerely, Li Ming'] }, 'Yours sincerely'],
    ['personal', 'reasons', { reasons: `My family lives in the hills. ${enSuggestion.reasons}` }, 'My family'],
    ['forwarding', 'reasons', { reasons: `I am forwarding a letter from the villagers. ${enSuggestion.reasons}` }, 'forwarding a letter'],
    ['advertising', 'measures', { measures: ['The city should buy our product, the best electric bus.'] }, 'our product'],
  ])('warns on an English draft (%s in %s)', (rule, field, change, words) => {
    expect(tripped(keywords, { ...enSuggestion, ...change })).toEqual([
      { rule: `keywords.${rule}`, severity: 'should', field, values: { words } },
    ]);
  });
});
