import { describe, expect, it } from 'vitest';
import { tripped } from './check-helpers.test-support';
import { proposalParts, proposalPowers } from './proposal-checks';
import { requiredChecks } from './required-checks';
import { enProposal, signers, zhProposal, zhSuggestion } from './test-drafts';

describe('议案: 案由, 案据, 方案', () => {
  it('passes a proposal with all three parts', () => {
    expect(tripped(proposalParts, zhProposal)).toEqual([]);
    expect(tripped(proposalParts, enProposal)).toEqual([]);
  });

  it('blocks a proposal without its basis (案据)', () => {
    const must = [{ rule: 'proposal.basis', severity: 'must', field: 'basis', values: {} }];
    expect(tripped(proposalParts, { ...zhProposal, basis: '' })).toEqual(must);
    expect(tripped(proposalParts, { ...enProposal, basis: ' ' })).toEqual(must);
  });

  it('blocks a proposal without reasons (案由) or measures (方案)', () => {
    expect(tripped(requiredChecks, { ...zhProposal, reasons: '' }).map((r) => [r.rule, r.severity])).toEqual([
      ['required.reasons', 'must'],
    ]);
    expect(tripped(requiredChecks, { ...enProposal, measures: [''] }).map((r) => [r.rule, r.severity])).toEqual([
      ['required.measures', 'must'],
    ]);
  });

  it('does not ask a suggestion for a basis', () => {
    expect(tripped(proposalParts, { ...zhSuggestion, basis: '' })).toEqual([]);
  });
});

describe('议案: co-signers', () => {
  it('passes a proposal with as many named co-signers as the setting asks', () => {
    expect(tripped(requiredChecks, zhProposal)).toEqual([]);
    expect(tripped(requiredChecks, { ...enProposal, coSigners: signers(5) }, 5)).toEqual([]);
  });

  it('blocks a proposal with too few, saying how many it has and needs', () => {
    expect(tripped(requiredChecks, { ...zhProposal, coSigners: signers(3) })).toEqual([
      { rule: 'proposal.coSigners', severity: 'must', field: 'coSigners', values: { have: 3, need: 10 } },
    ]);
    expect(tripped(requiredChecks, { ...enProposal, coSigners: signers(4) }, 5).map((r) => r.values)).toEqual([{ have: 4, need: 5 }]);
  });

  it('points at a co-signer row without a name', () => {
    const rows = [...signers(10), { name: '', delegation: '秀洲区', deputyNumber: '7' }];
    expect(tripped(requiredChecks, { ...zhProposal, coSigners: rows })).toEqual([
      { rule: 'proposal.coSignerName', severity: 'must', field: 'coSigner-10', values: { row: 11 } },
    ]);
  });
});

describe("议案: within the congress's powers", () => {
  it('passes a proposal that asks the congress to decide (a regulation)', () => {
    expect(tripped(proposalPowers, zhProposal)).toEqual([]);
    expect(tripped(proposalPowers, enProposal)).toEqual([]);
  });

  it('warns when the 方案 only asks the government for administrative work', () => {
    const warning = [{ rule: 'proposal.powers', severity: 'should', field: 'measures', values: {} }];
    const zh = { ...zhProposal, title: '关于增开农村公交班次的议案', measures: ['建议市政府增开农村公交班次。', '请有关部门修建候车亭。'] };
    expect(tripped(proposalPowers, zh)).toEqual(warning);
    const en = {
      ...enProposal,
      title: 'Proposal on more rural buses',
      measures: ['The city government should run more buses to the villages.'],
    };
    expect(tripped(proposalPowers, en)).toEqual(warning);
  });
});
