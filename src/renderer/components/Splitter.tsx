import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface SplitterProps {
  /** Names the pane it resizes ("Resize the outline"). */
  label: string;
  /** The id of the pane it resizes (aria-controls). */
  controls: string;
  value: number;
  min: number;
  max: number;
  /** +1 when dragging to the right widens the pane (a pane on the left), −1 for a pane on the right. */
  direction: 1 | -1;
  onChange: (width: number) => void;
  /** The gesture ended (pointer released, key let go): the width can be saved. */
  onCommit: () => void;
  /** Enter hides the pane, when it can be hidden. */
  onCollapse?: () => void;
}

const STEP = 16;
const BIG_STEP = 64;

/** A vertical window splitter (WAI-ARIA "window splitter"): drag it, or focus it and use ← → (Shift: bigger steps), Home, End, Enter. */
export function Splitter({ label, controls, value, min, max, direction, onChange, onCommit, onCollapse }: SplitterProps) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const clamp = (width: number) => Math.round(Math.min(max, Math.max(min, width)));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    drag.current = { x: event.clientX, width: value };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (start) onChange(clamp(start.width + direction * (event.clientX - start.x)));
  };
  const endDrag = () => {
    if (!drag.current) return;
    drag.current = null;
    onCommit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = value + direction * step;
    else if (event.key === 'ArrowLeft') next = value - direction * step;
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    else if (event.key === 'Enter' && onCollapse) {
      event.preventDefault();
      onCollapse();
      return;
    }
    if (next === null) return;
    event.preventDefault();
    onChange(clamp(next));
  };

  return (
    <div
      role="separator"
      className="splitter"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onKeyDown={onKeyDown}
      onKeyUp={(event) => {
        if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) onCommit();
      }}
    />
  );
}
