import { describe, expect, it } from 'vitest';
import { createUndoStack, peekUndo, popUndo, pushUndo, removeUndo } from './undo-stack';

describe('undo stack', () => {
  it('pops the newest item first', () => {
    let stack = pushUndo(pushUndo(createUndoStack<string>(), 'a'), 'b');
    expect(peekUndo(stack)).toBe('b');
    let item: string | undefined;
    [item, stack] = popUndo(stack);
    expect(item).toBe('b');
    [item, stack] = popUndo(stack);
    expect(item).toBe('a');
    expect(popUndo(stack)[0]).toBeUndefined();
  });
  it('keeps at most `limit` items and can drop one', () => {
    let stack = createUndoStack<number>(2);
    for (const n of [1, 2, 3]) stack = pushUndo(stack, n);
    expect(stack.items).toEqual([2, 3]);
    expect(removeUndo(stack, (n) => n === 3).items).toEqual([2]);
  });
});
