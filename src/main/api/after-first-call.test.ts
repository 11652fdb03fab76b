import { describe, expect, it, vi } from 'vitest';
import { afterFirstCall } from './after-first-call';
import type { Dispatch } from './dispatch';

const settle = () => new Promise((done) => setImmediate(done));

describe('afterFirstCall', () => {
  it('runs its follow-up once, after the first call of the method has been answered, not before and not for other methods', async () => {
    const order: string[] = [];
    const inner: Dispatch = async (method) => {
      order.push(`answer ${String(method)}`);
      return { ok: true, data: null };
    };
    const then = vi.fn(() => order.push('then'));
    const dispatch = afterFirstCall(inner, 'app.boot', then);

    await dispatch('app.health', {});
    await settle();
    expect(then).not.toHaveBeenCalled();

    expect(await dispatch('app.boot', {})).toEqual({ ok: true, data: null });
    expect(then).not.toHaveBeenCalled();
    await settle();
    expect(order).toEqual(['answer app.health', 'answer app.boot', 'then']);

    await dispatch('app.boot', {});
    await settle();
    expect(then).toHaveBeenCalledTimes(1);
  });
});
