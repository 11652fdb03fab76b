import type { z } from 'zod';
import { apiContract, isApiMethod, type ApiNamespace, type ApiServices } from '../../shared/contract/api-contract';
import type { ApiErrorCode, ApiResult } from '../../shared/contract/result';
import type { Language } from '../../shared/domain/settings';
import { wordMessage, type ErrorMessageKey, type MessageValues } from '../../shared/i18n/error-messages';
import { issuePath, issueProblem } from '../../shared/i18n/zod-issue-message';
import { DomainError } from '../services/domain-error';
import { StoreReadOnlyError } from '../storage/store';

export type Dispatch = (method: unknown, input: unknown) => Promise<ApiResult<unknown>>;

export interface DispatchOptions {
  /**
   * Checks every answer against the method's output schema too (tests and development builds):
   * a service answering what the contract does not say fails loudly there, never in the deputy's hands.
   */
  checkOutputs?: boolean;
  log?: (error: unknown) => void;
  /** The language the deputy reads in now: a DomainError's message is worded in it (English if not given). */
  language?: () => Language;
}

/** Tests (vitest) and development builds check outputs; a production build does not pay for it. */
export const CHECK_OUTPUTS_BY_DEFAULT = import.meta.env?.DEV === true || process.env.DEPUTY_DESK_CHECK_OUTPUTS === '1';

/**
 * The single entry for every API call, whatever the transport: checks the method, validates the
 * input with the contract's schema, calls the namespace's service (`draft.create` is
 * `services.draft.create`) and wraps the outcome. Never throws.
 */
export function createDispatch(
  services: ApiServices,
  { checkOutputs = CHECK_OUTPUTS_BY_DEFAULT, log = console.error, language = () => 'en' }: DispatchOptions = {},
): Dispatch {
  return async (method, input) => {
    const say = (key: ErrorMessageKey, values?: MessageValues) => wordMessage(language(), key, values);
    if (!isApiMethod(method)) {
      return fail('UNKNOWN_METHOD', say('api.unknownMethod', { method: JSON.stringify(String(method)).slice(0, 120) }));
    }
    const { input: inputSchema, output: outputSchema } = apiContract[method];
    const parsed = inputSchema.safeParse(input ?? {});
    if (!parsed.success) {
      return fail('INVALID_INPUT', say('api.invalidInput', { method, problems: describeIssues(parsed.error, input ?? {}, language()) }));
    }
    let data: unknown;
    try {
      data = await serve(services, method, parsed.data);
    } catch (error) {
      if (error instanceof DomainError) {
        return { ok: false, error: { code: error.code, message: error.messageIn(language()), ...error.details } };
      }
      if (error instanceof StoreReadOnlyError) return fail('STORAGE', error.message);
      log(error);
      return fail('INTERNAL', say('api.failed', { method, detail: error instanceof Error ? error.message : String(error) }));
    }
    if (checkOutputs) {
      const checked = outputSchema.safeParse(data);
      if (!checked.success) {
        const message = say('api.badOutput', { method, problems: describeIssues(checked.error, data, language()) });
        log(new Error(message));
        return fail('INTERNAL', message);
      }
    }
    return { ok: true, data };
  };
}

/** The service method a contract method names; ApiService makes sure there is one for each. */
function serve(services: ApiServices, method: string, input: unknown): unknown {
  const [namespace, verb] = method.split('.') as [ApiNamespace, string];
  // The input passed the method's own schema: it is the one the method takes.
  const service = services[namespace] as unknown as Record<string, (input: unknown) => unknown>;
  return service[verb]!(input);
}

/**
 * The first few issues, each as the field and what is wrong with it, in `language`. In English the
 * contract's own words for a check are kept (they name the limit); in Chinese the catalogue says it.
 */
function describeIssues(error: z.ZodError, checked: unknown, language: Language): string {
  return error.issues
    .slice(0, 5)
    .map((issue) =>
      wordMessage(language, 'api.issueAt', {
        where: issuePath(issue) ?? 'input',
        problem: language === 'en' ? issue.message : issueProblem(issue, checked),
      }),
    )
    .join(language === 'zh-CN' ? '；' : '; ');
}

function fail(code: ApiErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}
