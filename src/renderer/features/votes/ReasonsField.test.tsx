import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { ReasonsField, type UnsavedReasons } from './ReasonsField';

beforeAll(() => {
  initI18n('en');
});
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));
const status = () => screen.getByTestId('vote-save-status');

describe('ReasonsField', () => {
  it('saves the typed reasons after a pause and says so', async () => {
    const save = vi.fn(async () => null);
    render(<ReasonsField itemId="v1" stored="" unsaved={new Map()} save={save} />);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '支持，理由充分' } });
    expect(status().dataset.state).toBe('pending');
    await advance(500);
    expect(save).toHaveBeenCalledWith('v1', '支持，理由充分');
    expect(status().dataset.state).toBe('saved');
  });

  it('keeps refused text, says why, and keeps it for the next time the field opens', async () => {
    const unsaved: UnsavedReasons = new Map();
    const save = vi.fn(async () => 'The disk is full.');
    const { unmount } = render(<ReasonsField itemId="v1" stored="old" unsaved={unsaved} save={save} />);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'new reasons' } });
    fireEvent.blur(screen.getByRole('textbox'));
    await advance(0);
    expect(status().dataset.state).toBe('error');
    expect(screen.getByRole('alert').textContent).toContain('The disk is full.');
    unmount();
    await advance(0);
    expect(unsaved.get('v1')).toBe('new reasons');

    save.mockResolvedValue(null as never);
    render(<ReasonsField itemId="v1" stored="old" unsaved={unsaved} save={save} />);
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('new reasons');
    await advance(0);
    expect(save).toHaveBeenLastCalledWith('v1', 'new reasons');
    expect(status().dataset.state).toBe('saved');
    expect(unsaved.has('v1')).toBe(false);
  });
});
