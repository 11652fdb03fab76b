import { blank, finding, isEnglish, measuresText, type Rule } from './types';

/** 方案 that only asks the government to do something administrative… */
const ZH_ADMINISTRATIVE = /政府|部门|有关单位/u;
const EN_ADMINISTRATIVE = /\b(?:government|department|bureau|authorit(?:y|ies))\b/iu;
/** …and names nothing the congress itself decides: a law or regulation, a resolution, oversight. */
const ZH_CONGRESS = /条例|法规|规定|决定|决议|制定|修订|修改|废止|立法|审议|监督|听取|质询|询问|执法检查|人民代表大会|常委会/u;
const EN_CONGRESS =
  /\b(?:regulations?|ordinances?|laws?|legislat\w*|bylaws?|resolutions?|enact|amend|repeal|hearings?|oversight|inspection|standing committee|congress)\b/iu;

/** 议案: 案由, 案据 and 方案 all present (案由 and 方案 are required fields; 案据 is checked here). */
export const proposalParts: Rule = (draft) =>
  draft.kind === 'proposal' && blank(draft.basis) && !blank(draft.reasons) ? [finding('proposal.basis', 'must', 'basis')] : [];

/** Within the congress's powers: a 方案 that only asks the government for administrative work will likely be handled as a suggestion. */
export const proposalPowers: Rule = (draft) => {
  if (draft.kind !== 'proposal') return [];
  const text = measuresText(draft);
  if (blank(text)) return [];
  const english = isEnglish(draft);
  const administrative = (english ? EN_ADMINISTRATIVE : ZH_ADMINISTRATIVE).test(text);
  const congress = (english ? EN_CONGRESS : ZH_CONGRESS).test(`${draft.title}\n${text}`);
  return administrative && !congress ? [finding('proposal.powers', 'should', 'measures')] : [];
};
