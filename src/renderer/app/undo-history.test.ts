import { describe, expect, it } from 'vitest';
import type { BinEntry } from '../../shared/domain/bin';
import { ApiCallError } from '../api/client';
import { createUndoSteps, undoHistory, UNDO_STEPS_KEPT, type UndoBin, type UndoDeps, type UndoSteps } from './undo-history';
import type { WorkspaceNotice } from './workspace-notice';

/**
 * The main side's bin as the page sees it through `bin.list` and `bin.restore`: removed records,
 * some removed before the app started (never in this run's undo history).
 */
function fakeBin(entries: (BinEntry & { thisRun?: boolean })[]) {
  const held = [...entries];
  const calls: string[] = [];
  const api: UndoBin = {
    async list({ kinds = [], sinceAppStart, limit }) {
      calls.push('bin.list');
      await Promise.resolve();
      return held
        .filter((e) => kinds.includes(e.kind) && (!sinceAppStart || e.thisRun !== false))
        .sort((a, b) => b.removedAt.localeCompare(a.removedAt))
        .slice(0, limit)
        .map(({ thisRun: _thisRun, ...entry }) => entry);
    },
    async restore(ref) {
      calls.push('bin.restore');
      await Promise.resolve();
      const index = held.findIndex((e) => e.kind === ref.kind && e.id === ref.id);
      const [found] = index < 0 ? [] : held.splice(index, 1);
      if (!found) throw new ApiCallError({ code: 'NOT_FOUND', message: 'There is no removed draft to restore with this id.' });
      const { thisRun: _thisRun, ...entry } = found;
      return entry;
    },
  };
  return { api, held, calls };
}

const draft = (id: string, label: string, removedAt: string, thisRun = true): BinEntry & { thisRun: boolean } => ({
  kind: 'draft',
  id,
  label,
  defaultKey: null,
  parentId: null,
  removedAt,
  thisRun,
});

function setUp(bin: ReturnType<typeof fakeBin>, steps: UndoSteps = createUndoSteps(), more: Partial<UndoDeps> = {}) {
  const notices: (WorkspaceNotice | null)[] = [];
  const restored: string[] = [];
  const failures: string[] = [];
  const history = undoHistory(steps, {
    bin: bin.api,
    kinds: ['draft'],
    notify: (notice) => notices.push(notice),
    restoredNotice: (entry) => ({ key: 'drafts.restored', values: { title: entry.label } }),
    onRestored: (entry) => void restored.push(entry.id),
    failed: (error) => failures.push(String((error as Error).message)),
    ...more,
  });
  return { history, notices, restored, failures, last: () => notices.at(-1) ?? null };
}

describe('one undo of removals', () => {
  it('says what was removed and offers Undo, which puts that record back, refreshes the view, then says so', async () => {
    const bin = fakeBin([draft('d-aaaaaaaa', '关于公交的建议', '2026-03-05T09:00:01.000Z')]);
    const { history, restored, last } = setUp(bin);
    history.removed({ kind: 'draft', id: 'd-aaaaaaaa' }, { key: 'drafts.deleted', values: { title: '关于公交的建议' } });
    expect(last()).toMatchObject({ key: 'drafts.deleted', values: { title: '关于公交的建议' }, tone: 'info' });
    last()!.undo!();
    await history.undoLast(); // waits for the undo in progress; nothing else is left to undo
    expect(restored).toEqual(['d-aaaaaaaa']);
    expect(bin.held).toEqual([]);
    expect(last()).toEqual({ key: 'drafts.restored', values: { title: '关于公交的建议' }, tone: 'info' });
  });

  it('Ctrl+Z takes back the newest step first, removals and other changes in the order made', async () => {
    const bin = fakeBin([
      draft('d-aaaaaaaa', 'First', '2026-03-05T09:00:01.000Z'),
      draft('d-bbbbbbbb', 'Second', '2026-03-05T09:00:02.000Z'),
    ]);
    const { history, restored } = setUp(bin);
    const order: string[] = [];
    history.removed({ kind: 'draft', id: 'd-aaaaaaaa' }, { key: 'drafts.deleted' });
    history.changed('a-cccccccc', { key: 'annotation.reattached' }, async () => void order.push('re-attach undone'));
    history.removed({ kind: 'draft', id: 'd-bbbbbbbb' }, { key: 'drafts.deleted' });
    await history.undoLast();
    order.push(...restored.splice(0));
    await history.undoLast();
    await history.undoLast();
    order.push(...restored.splice(0));
    expect(order).toEqual(['d-bbbbbbbb', 're-attach undone', 'd-aaaaaaaa']);
  });

  it("after a reload (the page's steps gone) Ctrl+Z restores this run's newest removals of the view's kinds, one per press", async () => {
    const bin = fakeBin([
      draft('d-oooooooo', 'Removed before the app started', '2026-03-04T09:00:00.000Z', false),
      draft('d-aaaaaaaa', 'Older', '2026-03-05T09:00:01.000Z'),
      { ...draft('v-default-budget-report', 'Budget', '2026-03-05T09:00:03.000Z'), kind: 'voteItem' },
      draft('d-bbbbbbbb', 'Newer', '2026-03-05T09:00:02.000Z'),
    ]);
    const { history, restored, notices } = setUp(bin);
    // Pressed twice at once: each press restores a different record.
    await Promise.all([history.undoLast(), history.undoLast()]);
    expect(restored).toEqual(['d-bbbbbbbb', 'd-aaaaaaaa']);
    expect(notices.map((n) => n?.values?.title)).toEqual(['Newer', 'Older']);
    // Nothing of this run is left: a removal from before the app started stays removed, silently.
    await history.undoLast();
    expect(restored).toHaveLength(2);
    expect(notices).toHaveLength(2);
    expect(bin.held.map((e) => e.id)).toEqual(['d-oooooooo', 'v-default-budget-report']);
  });

  it("a refused restore is said in the view's words; the next Ctrl+Z goes on with the step before", async () => {
    const bin = fakeBin([draft('d-aaaaaaaa', 'Kept', '2026-03-05T09:00:01.000Z')]);
    const { history, restored, failures } = setUp(bin);
    history.removed({ kind: 'draft', id: 'd-aaaaaaaa' }, { key: 'drafts.deleted' });
    history.removed({ kind: 'draft', id: 'd-zzzzzzzz' }, { key: 'drafts.deleted' }); // restored elsewhere meanwhile
    await history.undoLast();
    expect(failures).toEqual(['There is no removed draft to restore with this id.']);
    await history.undoLast();
    expect(restored).toEqual(['d-aaaaaaaa']);
  });

  it('a newer step on the same record replaces the older one, and the page keeps the last 20 steps', async () => {
    const bin = fakeBin([]);
    const steps = createUndoSteps();
    const { history } = setUp(bin, steps);
    const undone: string[] = [];
    history.changed('a-cccccccc', { key: 'annotation.reattached' }, async () => void undone.push('first re-attach'));
    history.changed('a-cccccccc', { key: 'annotation.reattached' }, async () => void undone.push('second re-attach'));
    await history.undoLast();
    await history.undoLast();
    expect(undone).toEqual(['second re-attach']);
    for (let i = 0; i < UNDO_STEPS_KEPT + 5; i += 1)
      history.changed(`k-${i}`, { key: 'annotation.reattached' }, async () => void undone.push(`step ${i}`));
    expect(steps.items).toHaveLength(UNDO_STEPS_KEPT);
    expect(steps.items[0]!.key).toBe('k-5');
  });
});
