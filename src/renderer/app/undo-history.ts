import type { ApiInput } from '../../shared/contract/api-contract';
import { binRef, type BinEntry, type BinKind, type BinRef } from '../../shared/domain/bin';
import type { NoticeWording, WorkspaceNotice } from './workspace-notice';

/** The main side's bin as the undo uses it: `bin.list` and `bin.restore` (through the query layer in the app). */
export interface UndoBin {
  list: (input: ApiInput<'bin.list'>) => Promise<BinEntry[]>;
  restore: (ref: BinRef) => Promise<BinEntry>;
}

/** What one view's undo needs: the main side's bin, the notice, and the view's own words and refresh. */
export interface UndoDeps {
  bin: UndoBin;
  /** The kinds of record this view removes (and its Ctrl+Z brings back). */
  kinds: readonly BinKind[];
  notify: (notice: WorkspaceNotice | null) => void;
  /** "… restored", in the view's words. */
  restoredNotice: (entry: BinEntry) => NoticeWording;
  /** Refreshes what the view shows once a record is back (however it fetches its data). */
  onRestored: (entry: BinEntry) => void | Promise<void>;
  /** A refused restore or undo, in the view's words. */
  failed: (error: unknown) => void;
}

/** One change of this page that can be taken back; `key` names what it changed (a newer step on it replaces an older one). */
interface Step {
  key: string;
  undo: () => Promise<void>;
}

/** The page's own steps, newest last, and the queue that runs undos one at a time. Kept across re-renders. */
export interface UndoSteps {
  items: Step[];
  queue: Promise<void>;
}

/** How many steps a page keeps (older removals are still in this run's bin: Ctrl+Z reaches them there). */
export const UNDO_STEPS_KEPT = 20;

export function createUndoSteps(): UndoSteps {
  return { items: [], queue: Promise.resolve() };
}

export interface UndoHistory {
  /** A record was removed (soft delete): the notice says so and offers Undo; Ctrl+Z takes it back too. */
  removed(ref: BinRef, notice: NoticeWording): void;
  /** Another change that Ctrl+Z takes back in turn with removals (a re-attach); `undo` says what it did itself. */
  changed(key: string, notice: NoticeWording, undo: () => Promise<void>): void;
  /**
   * Ctrl+Z: the newest step made on this page; with none (after a reload), the newest removal of these
   * kinds made since the app started, which the main side still holds.
   */
  undoLast(): Promise<void>;
}

/** The undo of one view, over the page's steps and the main side's bin. */
export function undoHistory(steps: UndoSteps, deps: UndoDeps): UndoHistory {
  const { bin, kinds, notify, restoredNotice, onRestored, failed } = deps;
  const inTurn = (run: () => Promise<void>): Promise<void> => {
    const next = steps.queue.then(run).catch(failed);
    steps.queue = next;
    return next;
  };
  const restore = async (ref: BinRef) => {
    const entry = await bin.restore(ref);
    await onRestored(entry);
    notify({ ...restoredNotice(entry), tone: 'info' });
  };
  const push = (step: Step, notice: NoticeWording) => {
    steps.items = [...steps.items.filter((s) => s.key !== step.key), step].slice(-UNDO_STEPS_KEPT);
    notify({
      ...notice,
      tone: 'info',
      // The notice's Undo takes back this very step, whatever came after it.
      undo: () => {
        if (!steps.items.includes(step)) return;
        steps.items = steps.items.filter((s) => s !== step);
        void inTurn(step.undo);
      },
    });
  };
  return {
    removed: (ref, notice) => push({ key: ref.id, undo: () => restore(ref) }, notice),
    changed: (key, notice, undo) => push({ key, undo }, notice),
    undoLast: () =>
      inTurn(async () => {
        const step = steps.items.at(-1);
        if (step) {
          steps.items = steps.items.slice(0, -1);
          return step.undo();
        }
        const [entry] = await bin.list({ kinds: [...kinds], sinceAppStart: true, limit: 1 });
        if (entry) await restore(binRef(entry));
      }),
  };
}
