import { describe, expect, it } from 'vitest';
import { INTERFACE_ZOOM_MAX, INTERFACE_ZOOM_MIN } from '../../../shared/domain/settings';
import { applyInterfaceZoomCommand, interfaceZoomCommandForKey, stepInterfaceZoom } from './interface-zoom';
import { textSizeCommandForKey } from './text-size';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; code: string }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('interface zoom', () => {
  it('steps through the zoom levels and stops at either end', () => {
    expect(stepInterfaceZoom(100, 1)).toBe(110);
    expect(stepInterfaceZoom(110, 1)).toBe(125);
    expect(stepInterfaceZoom(100, -1)).toBe(90);
    expect(stepInterfaceZoom(INTERFACE_ZOOM_MAX, 1)).toBe(INTERFACE_ZOOM_MAX);
    expect(stepInterfaceZoom(INTERFACE_ZOOM_MIN, -1)).toBe(INTERFACE_ZOOM_MIN);
    // A value between steps (from an older version, say) goes to the neighbouring step.
    expect(stepInterfaceZoom(130, 1)).toBe(150);
    expect(stepInterfaceZoom(130, -1)).toBe(125);
  });

  it('takes Ctrl/Cmd + = / - / 0, as browsers do', () => {
    expect(interfaceZoomCommandForKey(key('=', { ctrlKey: true }))).toBe('zoom.in');
    expect(interfaceZoomCommandForKey(key('+', { metaKey: true, shiftKey: true }))).toBe('zoom.in');
    expect(interfaceZoomCommandForKey(key('-', { ctrlKey: true }))).toBe('zoom.out');
    expect(interfaceZoomCommandForKey(key('0', { ctrlKey: true }))).toBe('zoom.reset');
    expect(interfaceZoomCommandForKey(key('=', {}))).toBeNull();
    expect(interfaceZoomCommandForKey(key('=', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(applyInterfaceZoomCommand(150, 'zoom.reset')).toBe(100);
  });

  it('does not share a key with the report text size', () => {
    const presses = ['=', '+', '-', '_', '0', '[', ']', '{', '}'].flatMap((k) => [
      key(k, { ctrlKey: true }),
      key(k, { metaKey: true }),
      key(k, { ctrlKey: true, shiftKey: true }),
    ]);
    for (const press of presses) {
      const both = interfaceZoomCommandForKey(press) !== null && textSizeCommandForKey(press) !== null;
      expect(both, `Ctrl+${press.key}`).toBe(false);
    }
    expect(textSizeCommandForKey(key(']', { ctrlKey: true }))).toBe('text-size.increase');
  });
});
