import type { DraftContent } from '../../domain/draft';
import type { Rule } from './types';

/** The rules a draft trips under one rule function, with the fields and values (the settings of a municipal congress). */
export function tripped(rule: Rule, draft: DraftContent, minCoSigners = 10) {
  return rule(draft, { minCoSigners }).map(({ rule: id, severity, field, values }) => ({ rule: id, severity, field, values }));
}
