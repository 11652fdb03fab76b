import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../api/client';
import { useApi } from './api-context';
import { apiErrorMessage } from './error-message';

/**
 * A list fetched from the main side: loaded on mount (ignoring an answer that arrives after the
 * component is gone), `refresh()` after each change, and the load error in words. `load` must be
 * a stable function (declared at module level).
 */
export function useApiList<T>(load: (api: ApiClient) => Promise<T[]>) {
  const api = useApi();
  const [items, setItems] = useState<T[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setItems(await load(api));
      setLoadError(null);
    } catch (error) {
      setLoadError(apiErrorMessage(error) ?? String(error));
    }
  }, [api, load]);

  useEffect(() => {
    let live = true;
    load(api).then(
      (list) => live && setItems(list),
      (error: unknown) => live && setLoadError(apiErrorMessage(error) ?? String(error)),
    );
    return () => {
      live = false;
    };
  }, [api, load]);

  return { items, setItems, loadError, refresh };
}
