import type { z } from 'zod';
import type { ErrorMessage } from './error-messages';

/** What is wrong with a field, from zod's issue code, as a message of the `errors` catalogue (`field.*`). */
export function issueProblem(issue: z.core.$ZodIssue, checked: unknown): ErrorMessage {
  if (issue.code !== 'unrecognized_keys' && valueAt(checked, issue.path) === undefined) return { key: 'field.missing' };
  switch (issue.code) {
    case 'invalid_type':
      return { key: 'field.wrongType' };
    case 'too_big':
      return { key: 'field.tooLong' };
    case 'too_small':
      return { key: 'field.tooShort' };
    case 'invalid_value':
    case 'invalid_union':
      return { key: 'field.notAllowed' };
    case 'invalid_format':
      return { key: 'field.badFormat' };
    case 'unrecognized_keys':
      return { key: 'field.unknownField' };
    default:
      return { key: 'field.invalid' };
  }
}

/** Where the issue is: the field's dotted path, or null for the whole value. */
export function issuePath(issue: z.core.$ZodIssue): string | null {
  const path = issue.path.map(String);
  // A field that should not be there: named by its own path.
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => [...path, key].join('.')).join(', ');
  return path.length ? path.join('.') : null;
}

/** The value at `path` inside what was checked (zod's issues do not carry it unless asked to). */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const step of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = Reflect.get(at, step);
  }
  return at;
}
