/**
 * What a comparison pane says instead of a comparison (nothing to compare, the same side twice, a failed
 * load, loading). `role` is how a screen reader hears it: an alert for what the deputy must change, a
 * status while it loads; none for a plain empty state.
 */
export interface PaneMessage {
  text: string;
  role?: 'alert' | 'status';
}

/** The first of `candidates` that applies (a `false` does not), or null when the comparison can show. */
export function firstPaneMessage(candidates: readonly (PaneMessage | false)[]): PaneMessage | null {
  return candidates.find((candidate): candidate is PaneMessage => candidate !== false) ?? null;
}

export function PaneMessageView({ message }: { message: PaneMessage }) {
  return (
    <p className="panel-empty" role={message.role}>
      {message.text}
    </p>
  );
}
