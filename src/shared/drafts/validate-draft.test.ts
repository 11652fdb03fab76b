import { describe, expect, it } from 'vitest';
import type { DraftContent } from '../domain/draft';
import { describeProblem, isExportable, validateDraft } from './validate-draft';

const suggestion: DraftContent = {
  kind: 'suggestion',
  language: 'zh-CN',
  title: '关于加快城乡公交一体化的建议',
  category: '交通',
  reasons: '偏远村庄每天只有一班公交。',
  basis: '',
  measures: ['新增十条农村线路。'],
  citations: [],
  leadDeputy: '李明',
  delegation: '南湖区代表团',
  deputyNumber: '0421',
  contact: '0573-1234567',
  coSigners: [],
  date: '2024-01-30',
};
const signers = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `代表${i + 1}`, delegation: '南湖区', deputyNumber: `${i}` }));
const proposal: DraftContent = { ...suggestion, kind: 'proposal', title: '关于制定城乡公交条例的议案', coSigners: signers(10) };
const check = (draft: DraftContent, minCoSigners = 10) => validateDraft(draft, { minCoSigners });

describe('validateDraft', () => {
  it('accepts a complete suggestion without co-signers', () => {
    expect(check(suggestion)).toEqual([]);
  });

  it('says an empty draft is empty, and nothing else', () => {
    const empty = { ...suggestion, title: ' ', reasons: '', measures: ['', '  '] };
    expect(check(empty)).toEqual([{ code: 'empty', blocking: true }]);
    expect(isExportable(check(empty))).toBe(false);
  });

  it.each([
    ['title', { title: '  ' }],
    ['reasons', { reasons: '\n' }],
    ['measures', { measures: ['', ' '] }],
    ['leadDeputy', { leadDeputy: '' }],
  ] as ['title' | 'reasons' | 'measures' | 'leadDeputy', Partial<DraftContent>][])('names the missing %s', (field, change) => {
    expect(check({ ...suggestion, ...change })).toEqual([{ code: 'required', field, blocking: true }]);
  });

  it('accepts a proposal with exactly the minimum of named co-signers and reminds of "one matter"', () => {
    const problems = check(proposal);
    expect(problems).toEqual([{ code: 'oneMatter', blocking: false }]);
    expect(isExportable(problems)).toBe(true);
  });

  it('counts co-signers against the setting and says how many are missing', () => {
    expect(check({ ...proposal, coSigners: signers(9) })).toContainEqual({ code: 'tooFewCoSigners', have: 9, need: 10, blocking: true });
    expect(check({ ...proposal, coSigners: signers(3) }, 3).filter((p) => p.blocking)).toEqual([]);
  });

  it('does not count unnamed co-signer rows, and points at them', () => {
    const rows = [...signers(10), { name: ' ', delegation: '秀洲区', deputyNumber: '77' }];
    const problems = check({ ...proposal, coSigners: rows });
    expect(problems).toContainEqual({ code: 'coSignerIncomplete', row: 11, blocking: true });
    expect(check({ ...proposal, coSigners: [...signers(9), { name: '', delegation: '', deputyNumber: '' }] })).toContainEqual({
      code: 'tooFewCoSigners',
      have: 9,
      need: 10,
      blocking: true,
    });
  });

  it('requires the delegation of a proposal', () => {
    expect(check({ ...proposal, delegation: '' })).toContainEqual({ code: 'required', field: 'delegation', blocking: true });
  });

  it('describes each problem in plain words', () => {
    expect(describeProblem({ code: 'tooFewCoSigners', have: 4, need: 10, blocking: true })).toBe(
      'a proposal needs at least 10 co-signers (it has 4)',
    );
    expect(describeProblem({ code: 'required', field: 'measures', blocking: true })).toBe('at least one measure is missing');
  });
});
