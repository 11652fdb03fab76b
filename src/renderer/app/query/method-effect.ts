import type { ApiMethod } from '../../../shared/contract/api-contract';

/** Calls that only read: they never write the store. */
const READ_ONLY = /\.(get\w*|list|info|health|agenda|summary|citing|check|versions|preview\w*|parse\w*|export\w*|choose\w*)$/;

/**
 * Whether a method reads or writes the store. Stand-in until the contract declares `effect` on
 * each entry (then this is the contract's `methodEffect`).
 */
export function methodEffect(method: ApiMethod): 'read' | 'write' {
  return READ_ONLY.test(method) ? 'read' : 'write';
}
