import { describe, expect, it } from 'vitest';
import { shortcutFor, shortcutLabels } from './shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcutFor', () => {
  it('maps Ctrl or Cmd combinations to commands', () => {
    expect(shortcutFor(key('A', { ctrlKey: true, shiftKey: true }))).toBe('annotation.annotate');
    expect(shortcutFor(key('a', { metaKey: true, shiftKey: true }))).toBe('annotation.annotate');
    expect(shortcutFor(key('L', { ctrlKey: true, shiftKey: true }))).toBe('annotations.togglePanel');
    expect(shortcutFor(key('f', { ctrlKey: true }))).toBe('search.open');
    expect(shortcutFor(key('z', { metaKey: true }))).toBe('edit.undoDelete');
  });
  it('ignores plain keys and other combinations', () => {
    expect(shortcutFor(key('a'))).toBeNull();
    expect(shortcutFor(key('a', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('z', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(shortcutFor(key('f', { ctrlKey: true, altKey: true }))).toBeNull();
  });
  it('labels shortcuts for the platform', () => {
    expect(shortcutLabels(false)['annotation.annotate']).toBe('Ctrl+Shift+A');
    expect(shortcutLabels(true)['search.open']).toBe('⌘F');
  });
});
