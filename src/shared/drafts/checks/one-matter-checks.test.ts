import { describe, expect, it } from 'vitest';
import { tripped } from './check-helpers.test-support';
import { namedDepartments, oneMatter } from './one-matter-checks';
import { enSuggestion, zhProposal, zhSuggestion } from './test-drafts';

describe('one matter per suggestion (一事一议)', () => {
  it('passes a draft about one matter', () => {
    expect(tripped(oneMatter, zhSuggestion)).toEqual([]);
    expect(tripped(oneMatter, enSuggestion)).toEqual([]);
    expect(tripped(oneMatter, zhProposal)).toEqual([]);
  });

  it('warns when the title joins unrelated subjects', () => {
    const zh = { ...zhSuggestion, title: '关于增开农村公交和改善学校午餐的建议' };
    const en = { ...enSuggestion, title: 'Suggestion on rural buses and school lunches' };
    expect(tripped(oneMatter, zh)).toEqual([{ rule: 'oneMatter.subjects', severity: 'should', field: 'title', values: {} }]);
    expect(tripped(oneMatter, en)).toEqual([{ rule: 'oneMatter.subjects', severity: 'should', field: 'title', values: {} }]);
  });

  it('warns when more than three responsible departments are named, and names them', () => {
    const zh = {
      ...zhSuggestion,
      measures: [...zhSuggestion.measures, '请市教育局、市卫生健康委员会、市民政局和市住房和城乡建设局分别落实。'],
    };
    expect(tripped(oneMatter, zh)).toEqual([
      {
        rule: 'oneMatter.departments',
        severity: 'should',
        field: 'measures',
        values: { count: 5, max: 3, names: '市交通运输局、市教育局、市卫生健康委员会、市民政局、市住房和城乡建设局' },
      },
    ]);
    const en = {
      ...enSuggestion,
      measures: ['The Department of Education, the Health Commission, the Civil Affairs Bureau and the Housing Bureau should each act.'],
    };
    expect(tripped(oneMatter, en).map((r) => [r.rule, r.values.count])).toEqual([['oneMatter.departments', 4]]);
  });

  it('counts a department named twice once', () => {
    expect(namedDepartments('市交通运输局牵头，市交通运输局负责', false)).toEqual(['市交通运输局']);
  });
});
