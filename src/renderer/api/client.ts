import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/contract/api-contract';
// From its namespace, not the whole contract: the page's first call (early-boot.ts) need not wait for every schema.
import { IncomingFileSchema } from '../../shared/contract/data-api';
import type { ApiError } from '../../shared/contract/result';
import type { ApiResult } from '../../shared/contract/result';
import { createHttpTransport, createHttpUpload, takeWebHostToken } from './http-transport';
import { createIpcTransport, findIpcBridge } from './ipc-transport';
import type { Transport } from './transport';

/** A failed API call, with the main side's code and human message. */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  /** Why a file or text was not imported, for the page's own words. */
  readonly importRefusal: ApiError['importRefusal'];
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.importRefusal = error.importRefusal;
  }
}

export interface ApiClient {
  call<M extends ApiMethod>(
    method: M,
    ...input: keyof ApiInput<M> extends never ? [input?: ApiInput<M>] : [input: ApiInput<M>]
  ): Promise<ApiOutput<M>>;
  /**
   * The web host only: streams a file the deputy chose in the page to the main side, which holds
   * it for `data.restoreBackup`. (The desktop app reads the file itself: `data.chooseBackupFile`.)
   */
  upload?(file: Blob, fileName: string): Promise<ApiOutput<'data.chooseBackupFile'> & object>;
}

type Upload = (file: Blob, fileName: string) => Promise<ApiResult<unknown>>;

export function createApiClient(transport: Transport, upload?: Upload): ApiClient {
  const client: ApiClient = {
    async call<M extends ApiMethod>(method: M, input?: ApiInput<M>): Promise<ApiOutput<M>> {
      const result = await transport(method, input ?? {});
      if (!result.ok) throw new ApiCallError(result.error);
      // The main side answers what the contract says (dispatch checks every answer while tests run).
      return result.data as ApiOutput<M>;
    },
  };
  if (upload) {
    client.upload = async (file, fileName) => {
      const result = await upload(file, fileName);
      if (!result.ok) throw new ApiCallError(result.error);
      return IncomingFileSchema.parse(result.data);
    };
  }
  return client;
}

/** Electron's preload bridge when present, else the web host over HTTP. */
export function createDefaultClient(): ApiClient {
  const bridge = findIpcBridge();
  if (bridge) return createApiClient(createIpcTransport(bridge));
  const token = takeWebHostToken(window.location, window.history, window.sessionStorage) ?? '';
  return createApiClient(createHttpTransport(token), createHttpUpload(token));
}
