import type { z } from 'zod';
import { appApi } from './app-api';
import { dataApi } from './data-api';
import { libraryApi } from './library-api';
import { documentApi } from './document-api';
import { settingsApi } from './settings-api';
import { readingApi } from './reading-api';
import { annotationApi } from './annotation-api';
import { profileApi } from './profile-api';
import { draftApi } from './draft-api';
import { voteApi } from './vote-api';
import { binApi } from './bin-api';

export type { ApiEffect, ApiEntry } from './contract-parts';
export { IncomingFileSchema, RestoreSummarySchema } from './data-api';

/**
 * THE API: every method the renderer may call, with what it does to the stored data, the schema its
 * input must pass and the schema of what it returns, declared by namespace (one file each, beside this
 * one). Bound twice (Electron IPC and the web host) through one dispatch, each namespace to its service.
 */
export const apiContract = {
  ...appApi,
  ...dataApi,
  ...libraryApi,
  ...documentApi,
  ...settingsApi,
  ...readingApi,
  ...annotationApi,
  ...profileApi,
  ...draftApi,
  ...voteApi,
  ...binApi,
} as const;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;

export const API_METHODS = Object.keys(apiContract) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiContract, name);
}
