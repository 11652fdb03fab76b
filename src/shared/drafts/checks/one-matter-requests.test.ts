import { describe, expect, it } from 'vitest';
import { tripped } from './check-helpers.test-support';
import { oneMatterRequests, otherSubjects } from './one-matter-requests';
import { enProposal, enSuggestion, zhProposal, zhSuggestion } from './test-drafts';

describe('one matter per suggestion (一事一议): the requests in the measures', () => {
  it('passes measures whose requests all concern the title’s matter', () => {
    expect(tripped(oneMatterRequests, zhSuggestion)).toEqual([]);
    expect(tripped(oneMatterRequests, enSuggestion)).toEqual([]);
    expect(tripped(oneMatterRequests, zhProposal)).toEqual([]);
    expect(tripped(oneMatterRequests, enProposal)).toEqual([]);
  });

  it('warns on several "建议…" requests about unrelated subjects, naming them', () => {
    const zh = {
      ...zhSuggestion,
      measures: [...zhSuggestion.measures, '建议教育部门改善中小学校午餐质量，增加营养配餐。', '建议整治老旧小区停车难，增设停车泊位。'],
    };
    expect(tripped(oneMatterRequests, zh)).toEqual([
      {
        rule: 'oneMatter.requests',
        severity: 'should',
        field: 'measures',
        values: { count: 2, requests: '“建议教育部门改善中小学校午餐质量，增加营养配餐。”、“建议整治老旧小区停车难，增设停车泊位。”' },
      },
    ]);
  });

  it('finds several requests inside one measure too', () => {
    const zh = { ...zhSuggestion, measures: ['建议增开南部山区公交班次。建议改善学校午餐。建议整治小区停车。'] };
    expect(otherSubjects(zh.title, zh.measures, false)).toEqual(['建议改善学校午餐。', '建议整治小区停车。']);
  });

  it('does the same in English', () => {
    const en = {
      ...enSuggestion,
      measures: [
        ...enSuggestion.measures,
        'Schools should serve healthier lunches with fresh vegetables.',
        'Parking spaces in old housing estates should be expanded.',
      ],
    };
    expect(tripped(oneMatterRequests, en).map((r) => [r.rule, r.values.count])).toEqual([['oneMatter.requests', 2]]);
  });

  it('one unrelated request alone is not yet several matters', () => {
    const zh = { ...zhSuggestion, measures: [...zhSuggestion.measures, '建议改善学校午餐。'] };
    expect(tripped(oneMatterRequests, zh)).toEqual([]);
  });
});
