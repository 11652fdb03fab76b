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
import { targetsApi } from './targets-api';
import { compareApi } from './compare-api';
import { submissionApi } from './submission-api';
import { speechApi } from './speech-api';
import { cosignApi } from './cosign-api';

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
  ...targetsApi,
  ...compareApi,
  ...submissionApi,
  ...speechApi,
  ...cosignApi,
} as const;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;

type NamespaceOf<M> = M extends `${infer N}.${string}` ? N : never;
export type ApiNamespace = NamespaceOf<ApiMethod>;
/**
 * What serves a namespace on the main side: one function per method of the namespace, named by its
 * verb, taking the method's parsed input and answering its output. A service missing a method, or
 * answering another shape, is a compile error.
 */
export type ApiService<N extends ApiNamespace> = {
  [M in ApiMethod as M extends `${N}.${infer Verb}` ? Verb : never]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>;
};
export type ApiServices = { [N in ApiNamespace]: ApiService<N> };

export const API_METHODS = Object.keys(apiContract) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiContract, name);
}
