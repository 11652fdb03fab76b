import { useCallback, type ComponentType, type ReactNode } from 'react';
import { useKeyedList, type Keyed } from './useKeyedList';

/** What one item of a list field is given: its value, its place, and the list's commands. */
export interface ListItemProps<T> {
  item: Keyed<T>;
  index: number;
  count: number;
  idOf: (index: number, part: string) => string;
  onChange: (key: number, value: T) => void;
  onMove: (index: number, delta: -1 | 1) => void;
  onRemove: (index: number) => void;
}

/** The whole list, for what a field shows around it (a count, a paste dialog). */
export interface ListHandle<T> {
  values: readonly T[];
  replaceAll: (values: readonly T[]) => void;
}

interface ListFieldProps<T> {
  initial: readonly T[];
  onChange: (values: T[]) => void;
  /** The element id of an item's part: its inputs, and its 'up', 'down' and 'remove' buttons. */
  idOf: (index: number, part: string) => string;
  /** The part of an item focused when it is added (its first input). */
  firstPart: string;
  /** Where focus goes once an item is removed: this part of the item now in its place (or the one before). */
  focusAfterRemove: string;
  addId: string;
  addLabel: ReactNode;
  addDescribedBy?: string;
  max: number;
  empty: T;
  /** One item (a memoized component, so that typing in one item does not render the others). */
  Item: ComponentType<ListItemProps<T>>;
  /** The section's heading and hints, above the items. */
  header: (list: ListHandle<T>) => ReactNode;
  /** The items' container (an ordered list, a table). */
  wrap: (rows: ReactNode, count: number) => ReactNode;
  /** More buttons beside "add", and what they open; when given, the buttons sit in one row. */
  extraActions?: (list: ListHandle<T>) => ReactNode;
  labelledBy: string;
  testId?: string;
}

/**
 * A field that is a list the deputy edits in place (measures, co-signers): add, remove, move up and
 * down by buttons, the keyboard's focus kept on the item or the button it was on.
 */
export function ListField<T>(props: ListFieldProps<T>) {
  const { initial, onChange, idOf, firstPart, focusAfterRemove, addId, max, empty, Item } = props;
  const { items, itemsRef, setAt, append, replaceAll, move, remove } = useKeyedList(initial, onChange);

  const onMove = useCallback(
    (index: number, delta: -1 | 1) => {
      const to = index + delta;
      const canAgain = delta === -1 ? to > 0 : to < itemsRef.current.length - 1;
      // Focus stays on the moved item: on the same button, or on the other arrow once it reached an end.
      move(index, delta, idOf(to, (delta === -1) === canAgain ? 'up' : 'down'));
    },
    [itemsRef, move, idOf],
  );
  const onRemove = useCallback(
    (index: number) => {
      const next = itemsRef.current.length - 1;
      remove(index, next === 0 ? addId : idOf(Math.min(index, next - 1), focusAfterRemove));
    },
    [itemsRef, remove, idOf, addId, focusAfterRemove],
  );
  const list: ListHandle<T> = { values: items.map((item) => item.value), replaceAll };

  const add = (
    <button
      type="button"
      id={addId}
      className="text-button"
      disabled={items.length >= max}
      onClick={() => append([empty], idOf(items.length, firstPart))}
      aria-describedby={props.addDescribedBy}
    >
      <span aria-hidden="true">+ </span>
      {props.addLabel}
    </button>
  );
  return (
    <section className="draft-section" aria-labelledby={props.labelledBy} data-testid={props.testId}>
      {props.header(list)}
      {props.wrap(
        items.map((item, index) => (
          <Item
            key={item.key}
            item={item}
            index={index}
            count={items.length}
            idOf={idOf}
            onChange={setAt}
            onMove={onMove}
            onRemove={onRemove}
          />
        )),
        items.length,
      )}
      {props.extraActions ? (
        <div className="section-actions">
          {add}
          {props.extraActions(list)}
        </div>
      ) : (
        add
      )}
    </section>
  );
}

interface RowActionsProps {
  index: number;
  count: number;
  idOf: (index: number, part: string) => string;
  onMove: (index: number, delta: -1 | 1) => void;
  onRemove: (index: number) => void;
  /** The group's name and each button's, for this item (as "Move item 2 up"). */
  labels: { group: string; up: string; down: string; remove: string };
}

/** An item's buttons: move up, move down, remove. */
export function RowActions({ index, count, idOf, onMove, onRemove, labels }: RowActionsProps) {
  return (
    <div className="row-actions" role="group" aria-label={labels.group}>
      <button
        type="button"
        id={idOf(index, 'up')}
        className="icon-button row-button"
        disabled={index === 0}
        aria-label={labels.up}
        title={labels.up}
        onClick={() => onMove(index, -1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        id={idOf(index, 'down')}
        className="icon-button row-button"
        disabled={index === count - 1}
        aria-label={labels.down}
        title={labels.down}
        onClick={() => onMove(index, 1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        id={idOf(index, 'remove')}
        className="icon-button row-button"
        aria-label={labels.remove}
        title={labels.remove}
        onClick={() => onRemove(index)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
