import { blank, finding, isEnglish, type Rule } from './types';

const PATTERNS = {
  'zh-CN': { suggestion: /^关于.+的建议$/u, proposal: /^关于.+的议案$/u },
  en: { suggestion: /^Suggestion on \S/iu, proposal: /^Proposal on \S/iu },
} as const;

/** The title names the matter in the set form: 关于…的建议 / 关于…的议案, "Suggestion on …" / "Proposal on …". */
export const titleForm: Rule = (draft) => {
  const title = draft.title.trim();
  if (blank(title)) return [];
  const pattern = PATTERNS[isEnglish(draft) ? 'en' : 'zh-CN'][draft.kind];
  return pattern.test(title) ? [] : [finding(`${draft.kind}.title`, 'should', 'title')];
};
