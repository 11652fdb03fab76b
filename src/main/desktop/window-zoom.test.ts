import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/contract/result';
import { followInterfaceZoom } from './window-zoom';

describe('the window follows the interface zoom', () => {
  const setup = (answer: ApiResult<unknown>) => {
    const factors: number[] = [];
    let stored = 100;
    const dispatch = followInterfaceZoom(
      async (_method, input) => {
        if (answer.ok) stored = (input as { interfaceZoom?: number }).interfaceZoom ?? stored;
        return answer;
      },
      () => ({ setZoomFactor: (factor: number) => void factors.push(factor) }),
      () => stored,
    );
    return { dispatch, factors };
  };

  it('zooms the window to the stored zoom after the setting changes', async () => {
    const { dispatch, factors } = setup({ ok: true, data: {} });
    await dispatch('settings.update', { interfaceZoom: 150 });
    expect(factors).toEqual([1.5]);
  });

  it('leaves the window alone after other calls and after a refused change', async () => {
    const { dispatch, factors } = setup({ ok: true, data: {} });
    await dispatch('annotation.list', { documentId: 'x' });
    expect(factors).toEqual([]);
    const refused = setup({ ok: false, error: { code: 'INVALID_INPUT', message: 'interfaceZoom: too big' } });
    await refused.dispatch('settings.update', { interfaceZoom: 1000 });
    expect(refused.factors).toEqual([]);
  });
});
