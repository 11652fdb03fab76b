export interface RowAction {
  /** The button's text. */
  label: string;
  /** Its accessible name, naming the row ("Remove “…”"). */
  name: string;
  onSelect: () => void;
  danger?: boolean;
  disabled?: boolean;
  /** Why it cannot be pressed, as a tooltip. */
  title?: string;
}

/** A table row's last cell: small buttons, each named for its row. */
export function RowActions({ className, actions }: { className: string; actions: readonly RowAction[] }) {
  return (
    <td className={className}>
      {actions.map((action) => (
        <button
          key={action.label}
          type="button"
          className={action.danger ? 'text-button text-button--small text-button--danger' : 'text-button text-button--small'}
          aria-label={action.name}
          title={action.title}
          disabled={action.disabled}
          onClick={action.onSelect}
        >
          {action.label}
        </button>
      ))}
    </td>
  );
}

/** The header of the actions column: named for screen readers, empty on screen. */
export function ActionsHeader({ label }: { label: string }) {
  return (
    <th scope="col">
      <span className="visually-hidden">{label}</span>
    </th>
  );
}
