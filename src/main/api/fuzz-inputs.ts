import fc from 'fast-check';
import { API_METHODS } from '../../shared/contract/api-contract';

/** Values that have broken validators elsewhere: prototype keys, huge and odd numbers, odd strings. */
const nasty = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '', ' ', '\u0000', '../../etc/passwd', 'a-\u202e', '💥'.repeat(100)),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, -0, 2 ** 53, 1e308, 0.5),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 20_001, maxLength: 20_050 }),
);

const KEYS = [
  'documentId',
  'annotationId',
  'draftId',
  'itemId',
  'candidateId',
  'start',
  'end',
  'kind',
  'note',
  'tags',
  'text',
  'language',
  'textSize',
  'version',
  'change',
  'source',
  'title',
  'mode',
  'maxChoices',
  'intention',
  'rationale',
  'name',
];

/** Objects shaped like real inputs (the contract's field names) but holding anything. */
const lookalike = fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(nasty, fc.anything({ maxDepth: 2 })), { maxKeys: 6 });

/** A random or malformed input: anything at all, a look-alike object, or a nasty scalar. */
export const fuzzInput = fc.oneof(fc.anything({ maxDepth: 3 }), lookalike, nasty, fc.constant(undefined), fc.constant(null));

/** A contract method most of the time, sometimes a near miss or garbage. */
export const fuzzMethod = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...API_METHODS) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'app.info.', 'APP.INFO', '') },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);
