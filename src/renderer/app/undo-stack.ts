/** The most recent deletions, newest last, at most `limit` kept. Immutable: every change returns a new stack. */
export interface UndoStack<T> {
  items: readonly T[];
  limit: number;
}

export function createUndoStack<T>(limit = 20): UndoStack<T> {
  return { items: [], limit };
}

export function pushUndo<T>(stack: UndoStack<T>, item: T): UndoStack<T> {
  const items = [...stack.items, item];
  return { ...stack, items: items.slice(Math.max(0, items.length - stack.limit)) };
}

export function peekUndo<T>(stack: UndoStack<T>): T | undefined {
  return stack.items.at(-1);
}

/** The newest item and the stack without it (undefined when empty). */
export function popUndo<T>(stack: UndoStack<T>): [T | undefined, UndoStack<T>] {
  if (stack.items.length === 0) return [undefined, stack];
  return [stack.items.at(-1), { ...stack, items: stack.items.slice(0, -1) }];
}

/** Drops a given item (e.g. it was restored some other way). */
export function removeUndo<T>(stack: UndoStack<T>, matches: (item: T) => boolean): UndoStack<T> {
  return { ...stack, items: stack.items.filter((item) => !matches(item)) };
}
