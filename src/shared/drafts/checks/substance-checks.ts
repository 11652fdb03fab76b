import { blank, finding, isEnglish, type Rule } from './types';

/** Words that ask for something to be done: a measure without one only describes the problem. */
const ZH_ACTION =
  /建议|应当|应该|要求|请求|加快|加强|增加|增开|新增|设立|设置|制定|建立|完善|推进|开通|提高|落实|安排|出台|纳入|实行|组织|开展|修订|修改|调整|统筹|保障|扩大|降低|减少|取消|实施|优化|改善|改造|规范|明确|整治|投入|补贴/u;
const EN_ACTION =
  /\b(?:should|must|shall|set up|establish|increase|add|create|adopt|provide|fund|introduce|extend|reduce|require|ensure|expand|open|build|review|amend|improve|enact|allocate|subsidi[sz]e|run|hire|publish|replace|repair|lower|raise)\b/iu;

/**
 * A suggestion states the problem (reasons), why it matters (analysis) and concrete measures; one that
 * only describes a problem is the most common fault.
 */
export const suggestionSubstance: Rule = (draft) => {
  if (draft.kind !== 'suggestion') return [];
  const results = [];
  if (!blank(draft.reasons) && blank(draft.basis)) results.push(finding('suggestion.analysis', 'should', 'basis'));
  const measures = draft.measures.filter((m) => !blank(m));
  const action = isEnglish(draft) ? EN_ACTION : ZH_ACTION;
  if (measures.length > 0 && !measures.some((m) => action.test(m))) results.push(finding('suggestion.onlyProblem', 'should', 'measures'));
  return results;
};
