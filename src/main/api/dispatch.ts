import type { z } from 'zod';
import { apiContract, isApiMethod } from '../../shared/contract/api-contract';
import type { ApiErrorCode, ApiResult } from '../../shared/contract/result';
import { DomainError } from '../services/domain-error';
import { StoreReadOnlyError } from '../storage/store';
import type { Handlers } from './router';

export type Dispatch = (method: unknown, input: unknown) => Promise<ApiResult<unknown>>;

/**
 * The single entry for every API call, whatever the transport: checks the method, validates the
 * input with the contract's schema, calls the handler and wraps the outcome. Never throws.
 */
export function createDispatch(handlers: Handlers, log: (error: unknown) => void = console.error): Dispatch {
  return async (method, input) => {
    if (!isApiMethod(method)) {
      return fail('UNKNOWN_METHOD', `There is no API method ${JSON.stringify(String(method)).slice(0, 120)}.`);
    }
    const parsed = apiContract[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      return fail('INVALID_INPUT', `Invalid input for ${method}: ${describeIssues(parsed.error)}`);
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return { ok: true, data: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error: { code: error.code, message: error.message, ...error.details } };
      if (error instanceof StoreReadOnlyError) return fail('STORAGE', error.message);
      log(error);
      return fail('INTERNAL', `${method} failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
}

function fail(code: ApiErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

