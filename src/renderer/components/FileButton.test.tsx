import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileButton } from './FileButton';

/** What the browser does when the deputy picks `files` in the chooser: the input holds them, then says it changed. */
function choose(input: HTMLElement, files: File[]): void {
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  fireEvent.change(input);
}

const fileInput = () => screen.getByTestId('picked');

afterEach(() => vi.restoreAllMocks());

describe('FileButton', () => {
  it('is one button, named by its label, that opens the file chooser; the input itself is out of the tab order and the accessibility tree', () => {
    const opened = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
    render(<FileButton label="Open a packet…" accept=".json,application/json" testId="picked" onFile={() => undefined} />);
    const button = screen.getByRole('button', { name: 'Open a packet…' });
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(button.getAttribute('type')).toBe('button');
    expect(fileInput().getAttribute('tabindex')).toBe('-1');
    expect(fileInput().getAttribute('aria-hidden')).toBe('true');
    expect(fileInput().getAttribute('accept')).toBe('.json,application/json');
    expect(fileInput().getAttribute('type')).toBe('file');

    fireEvent.click(button);
    expect(opened).toHaveBeenCalledTimes(1);
    expect(opened.mock.contexts[0]).toBe(fileInput());
  });

  it('hands the chosen file over, and the same file chosen again is handed over again', () => {
    const onFile = vi.fn<(file: File) => void>();
    render(<FileButton label="Import" accept=".txt" testId="picked" onFile={onFile} />);
    const input = fileInput();
    const cleared: string[] = [];
    // The browser only says "changed" for the same file again when the value was cleared after the first choice.
    Object.defineProperty(input, 'value', { configurable: true, get: () => '', set: (value: string) => cleared.push(value) });
    const report = new File(['报告全文'], '报告.txt', { type: 'text/plain' });

    choose(input, [report]);
    expect(onFile).toHaveBeenCalledTimes(1);
    expect(onFile.mock.calls[0]?.[0]).toBe(report);
    expect(cleared).toEqual(['']);

    choose(input, [report]);
    expect(onFile).toHaveBeenCalledTimes(2);
    expect(cleared).toEqual(['', '']);
  });

  it('does nothing when the chooser is closed without a file', () => {
    const onFile = vi.fn<(file: File) => void>();
    render(<FileButton label="Import" accept=".txt" testId="picked" onFile={onFile} />);
    choose(fileInput(), []);
    expect(onFile).not.toHaveBeenCalled();
  });

  it('a disabled button opens nothing', () => {
    const opened = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
    render(<FileButton label="Import" accept=".txt" testId="picked" disabled onFile={() => undefined} />);
    const button = screen.getByRole('button', { name: 'Import' });
    expect(button).toHaveProperty('disabled', true);
    fireEvent.click(button);
    expect(opened).not.toHaveBeenCalled();
  });

  it('onPress runs first, and the chooser opens only when it says so (the desktop app chooses in the main process)', () => {
    const opened = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
    let allow = false;
    const pressed = vi.fn(() => allow);
    render(<FileButton label="Restore…" accept=".zip" testId="picked" onPress={pressed} onFile={() => undefined} />);
    const button = screen.getByRole('button', { name: 'Restore…' });
    fireEvent.click(button);
    expect(pressed).toHaveBeenCalledTimes(1);
    expect(opened).not.toHaveBeenCalled();
    allow = true;
    fireEvent.click(button);
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it('passes the button its class, description and aria-disabled, as the views style and describe it; aria-disabled opens nothing either', () => {
    const opened = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
    render(
      <>
        <p id="hint">Choose a backup</p>
        <FileButton
          label="Restore…"
          accept=".zip"
          testId="picked"
          className="text-button"
          aria-describedby="hint"
          aria-disabled
          onFile={() => undefined}
        />
      </>,
    );
    const button = screen.getByRole('button', { name: 'Restore…', description: 'Choose a backup' });
    expect(button.className).toBe('text-button');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    expect(opened).not.toHaveBeenCalled();
  });
});
