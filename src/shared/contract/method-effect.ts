import { apiContract, type ApiEffect, type ApiMethod } from './api-contract';

/** What a call does to the stored data, as its contract entry declares it. */
export function methodEffect(method: ApiMethod): ApiEffect {
  return apiContract[method].effect;
}
