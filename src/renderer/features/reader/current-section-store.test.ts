import { describe, expect, it, vi } from 'vitest';
import { createCurrentSectionStore } from './current-section-store';

describe('createCurrentSectionStore', () => {
  it('notifies subscribers of changes only', () => {
    const store = createCurrentSectionStore('I');
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set('I');
    expect(listener).not.toHaveBeenCalled();
    store.set('II.9');
    expect(store.get()).toBe('II.9');
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.set('III');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
