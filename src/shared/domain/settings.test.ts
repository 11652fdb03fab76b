import { describe, expect, it } from 'vitest';
import { DEFAULT_PANE_LAYOUT, INTERFACE_ZOOM_DEFAULT, SettingsSchema } from './settings';

const saved = { language: 'zh-CN', textSize: 20, proposalMinCoSigners: 10 };

describe('SettingsSchema', () => {
  it('reads settings saved before interface zoom and pane layout existed, with their defaults', () => {
    expect(SettingsSchema.parse(saved)).toEqual({ ...saved, interfaceZoom: INTERFACE_ZOOM_DEFAULT, paneLayout: DEFAULT_PANE_LAYOUT });
  });

  it('keeps a saved zoom and layout', () => {
    const layout = { outlineWidth: 220, outlineCollapsed: true, panelWidth: 300 };
    expect(SettingsSchema.parse({ ...saved, interfaceZoom: 150, paneLayout: layout })).toMatchObject({
      interfaceZoom: 150,
      paneLayout: layout,
    });
  });

  it.each([
    ['a zoom below 80 %', { interfaceZoom: 20 }],
    ['a zoom above 200 %', { interfaceZoom: 500 }],
    ['a fractional zoom', { interfaceZoom: 112.5 }],
    ['an outline narrower than its minimum', { paneLayout: { ...DEFAULT_PANE_LAYOUT, outlineWidth: 10 } }],
    ['a panel wider than its maximum', { paneLayout: { ...DEFAULT_PANE_LAYOUT, panelWidth: 5000 } }],
    ['a layout without its collapsed flag', { paneLayout: { outlineWidth: 300, panelWidth: 380 } }],
  ])('refuses %s', (_name, change) => {
    expect(SettingsSchema.safeParse({ ...saved, ...change }).success).toBe(false);
  });
});
