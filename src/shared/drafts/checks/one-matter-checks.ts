import { blank, bodyText, finding, isEnglish, type Rule } from './types';

/** More responsible departments than one matter usually involves. */
export const MAX_DEPARTMENTS = 3;

const ZH_DEPARTMENT = /(?:省|市|区|县|镇|乡)[\p{Script=Han}]{1,10}?(?:局|厅|委员会|办公室|管委会)/gu;
const EN_DEPARTMENT =
  /\b(?:(?:Department|Bureau|Office|Commission|Ministry|Agency) of(?: the)? [A-Z][a-z]+(?: [A-Z][a-z]+)*|(?:[A-Z][a-z]+ )+(?:Department|Bureau|Office|Commission|Agency))\b/gu;
/** A title joining two subjects: 关于A和B的建议, "Suggestion on A and B". */
const ZH_JOINED = /^关于.+(?:和|及|以及|与|、).+的(?:建议|议案)$/u;
const EN_JOINED = /^(?:Suggestion|Proposal) on .+ and .+/iu;

/** The departments the draft names, each once. */
export function namedDepartments(text: string, english: boolean): string[] {
  return [...new Set(text.match(english ? EN_DEPARTMENT : ZH_DEPARTMENT) ?? [])];
}

/** 一事一议: one matter per suggestion or proposal. */
export const oneMatter: Rule = (draft) => {
  const english = isEnglish(draft);
  const results = [];
  if (!blank(draft.title) && (english ? EN_JOINED : ZH_JOINED).test(draft.title.trim()))
    results.push(finding('oneMatter.subjects', 'should', 'title'));
  const departments = namedDepartments(bodyText(draft), english);
  if (departments.length > MAX_DEPARTMENTS)
    results.push(
      finding('oneMatter.departments', 'should', 'measures', {
        count: departments.length,
        max: MAX_DEPARTMENTS,
        names: departments.join(english ? ', ' : '、'),
      }),
    );
  return results;
};
