import { useRef, type ButtonHTMLAttributes, type ReactNode } from 'react';

interface FileButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'onClick' | 'children'> {
  /** The button's text: what the deputy presses and a screen reader announces. */
  label: ReactNode;
  /** The file types the chooser offers (the input's `accept`). */
  accept: string;
  /** On the input, so tests can set its files as the chooser does. */
  testId: string;
  onFile: (file: File) => void;
  /** Runs when the button is pressed; the chooser opens only if it returns true (e.g. false when the main process chooses). */
  onPress?: () => boolean;
}

/**
 * A button that opens the file chooser. The hidden input it opens is out of the tab order and the
 * accessibility tree (the button is the one control), and is emptied after each choice so the same
 * file can be chosen again.
 */
export function FileButton({ label, accept, testId, onFile, onPress, ...button }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const unavailable = button.disabled === true || button['aria-disabled'] === true || button['aria-disabled'] === 'true';
  return (
    <>
      <button
        type="button"
        {...button}
        onClick={() => {
          if (unavailable || (onPress && !onPress())) return;
          input.current?.click();
        }}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
