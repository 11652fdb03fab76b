import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { checkDraft } from '../../../shared/drafts/checks';
import { enProposal, enSuggestion, zhProposal, zhSuggestion } from '../../../shared/drafts/checks/test-drafts';
import en from '../../i18n/en.json';
import zhCN from '../../i18n/zh-CN.json';
import { problemText, ruleExplanation, ruleName } from './problem-text';

/** Drafts that trip every rule between them. */
const faulty = [
  {
    ...zhSuggestion,
    title: '关于公交和午餐',
    basis: '',
    measures: ['班次太少。市教育局、市民政局、市财政局、市交通局。'],
    deputyNumber: '',
    contact: '',
    delegation: '',
  },
  { ...zhSuggestion, reasons: `${zhSuggestion.reasons}\n我家住在山里，转交来信，本公司产品。请批准。`.repeat(3) },
  { ...enSuggestion, title: 'Rural buses', reasons: 'Too few buses.', basis: '', measures: ['Buses are rare.'] },
  {
    ...zhProposal,
    title: '公交',
    basis: '',
    coSigners: [{ name: '', delegation: '南湖区', deputyNumber: '1' }],
    measures: ['建议市政府增开班次。'],
  },
  { ...enProposal, delegation: '', reasons: '' },
  { ...zhSuggestion, title: '', reasons: '', basis: '', measures: [''] },
];

describe('checker texts', () => {
  const results = faulty.flatMap((draft) => checkDraft(draft, { minCoSigners: 10 }));

  it.each([
    ['en', en],
    ['zh-CN', zhCN],
  ])('every finding has a name, a message and an explanation in %s', async (language, catalogue) => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: language, resources: { [language]: { translation: catalogue } }, interpolation: { escapeValue: false } });
    const missing = results.flatMap((r) =>
      [ruleName(r, i18n.t), problemText(r, i18n.t), ruleExplanation(r, i18n.t)].filter(
        (text) => text.startsWith('checker.') || text.startsWith('problems.'),
      ),
    );
    expect(missing).toEqual([]);
    expect(new Set(results.map((r) => r.rule)).size).toBeGreaterThanOrEqual(20);
  });

  it('interpolates the values: how many co-signers a proposal has and needs', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zhCN } } });
    const coSigners = results.find((r) => r.rule === 'proposal.coSigners');
    expect(coSigners && problemText(coSigners, i18n.t)).toMatch(/10.*0|0.*10/);
  });
});
