import { blank, bodyText, finding, isEnglish, type Rule } from './types';

/** The handbooks' length of a suggestion's body: roughly 800–1,500 characters (English: words at about 2 characters each). */
export const LENGTH_RANGE = { 'zh-CN': { min: 800, max: 1500 }, en: { min: 400, max: 900 } } as const;

/** Characters without white space (Chinese), or words (English). */
export function bodyLength(text: string, english: boolean): number {
  return english ? (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length : text.replace(/\s/gu, '').length;
}

/** A suggestion's length roughly 800–1,500 characters; warns outside, once something is written. */
export const length: Rule = (draft) => {
  const text = bodyText(draft);
  if (draft.kind !== 'suggestion' || blank(text)) return [];
  const english = isEnglish(draft);
  const range = LENGTH_RANGE[english ? 'en' : 'zh-CN'];
  const have = bodyLength(text, english);
  if (have < range.min) return [finding('length.short', 'should', 'reasons', { have, min: range.min, max: range.max })];
  if (have > range.max) return [finding('length.long', 'should', 'reasons', { have, min: range.min, max: range.max })];
  return [];
};
