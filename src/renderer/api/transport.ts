import type { ApiResult } from '../../shared/contract/result';

/** Carries one API call to the main side and brings back its result envelope. */
export type Transport = (method: string, input: unknown) => Promise<ApiResult<unknown>>;
