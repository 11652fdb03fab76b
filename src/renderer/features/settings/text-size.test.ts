import { describe, expect, it } from 'vitest';
import { TEXT_SIZE_DEFAULT, TEXT_SIZE_MAX, TEXT_SIZE_MIN } from '../../../shared/domain/settings';
import { applyTextSizeCommand, clampTextSize, stepTextSize, textSizeCommandForKey } from './text-size';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('text size', () => {
  it('steps within the allowed range', () => {
    expect(stepTextSize(18, 1)).toBe(20);
    expect(stepTextSize(18, -1)).toBe(16);
    expect(stepTextSize(TEXT_SIZE_MAX, 1)).toBe(TEXT_SIZE_MAX);
    expect(stepTextSize(TEXT_SIZE_MIN, -1)).toBe(TEXT_SIZE_MIN);
    expect(stepTextSize(TEXT_SIZE_MAX - 1, 1)).toBe(TEXT_SIZE_MAX);
  });

  it('clamps odd values', () => {
    expect(clampTextSize(100)).toBe(TEXT_SIZE_MAX);
    expect(clampTextSize(Number.NaN)).toBe(TEXT_SIZE_DEFAULT);
  });

  it('maps Ctrl/Cmd + ] / [ to commands (= and - zoom the interface)', () => {
    expect(textSizeCommandForKey(key(']', { ctrlKey: true }))).toBe('text-size.increase');
    expect(textSizeCommandForKey(key(']', { metaKey: true }))).toBe('text-size.increase');
    expect(textSizeCommandForKey(key('[', { ctrlKey: true }))).toBe('text-size.decrease');
    expect(textSizeCommandForKey(key('=', { ctrlKey: true }))).toBeNull();
    expect(textSizeCommandForKey(key('-', { ctrlKey: true }))).toBeNull();
    expect(textSizeCommandForKey(key(']'))).toBeNull();
    expect(textSizeCommandForKey(key(']', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(textSizeCommandForKey(key('a', { ctrlKey: true }))).toBeNull();
  });

  it('applies commands', () => {
    expect(applyTextSizeCommand(18, 'text-size.increase')).toBe(20);
    expect(applyTextSizeCommand(30, 'text-size.reset')).toBe(TEXT_SIZE_DEFAULT);
  });
});
