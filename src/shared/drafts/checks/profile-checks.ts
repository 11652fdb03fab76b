import { blank, finding, type Rule } from './types';

/**
 * The deputy's details on the document: name, deputy number, delegation, contact. The name (and a
 * proposal's delegation) are required fields already; the others are asked for here.
 */
export const profile: Rule = (draft) => {
  const fields = ['deputyNumber', 'contact', ...(draft.kind === 'suggestion' ? (['delegation'] as const) : [])] as const;
  return fields.filter((field) => blank(draft[field])).map((field) => finding(`profile.${field}`, 'should', field));
};
