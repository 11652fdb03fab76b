import { describe, expect, it } from 'vitest';
import { placePopup, POPUP_GAP, POPUP_MARGIN } from './popup-placement';

const visible = { left: 300, top: 90, right: 1000, bottom: 768 };
const size = { width: 260, height: 70 };

describe('placePopup', () => {
  it('puts the pop-up under the end of the selection when it fits', () => {
    expect(placePopup({ left: 400, top: 200, right: 500, bottom: 220 }, size, visible)).toEqual({ left: 500, top: 220 + POPUP_GAP });
  });

  it('moves it left so that its right edge stays inside at the right edge of the pane', () => {
    const at = placePopup({ left: 900, top: 200, right: 990, bottom: 220 }, size, visible);
    expect(at.left + size.width).toBe(visible.right - POPUP_MARGIN);
  });

  it('opens above a selection on the last line', () => {
    const at = placePopup({ left: 400, top: 730, right: 500, bottom: 750 }, size, visible);
    expect(at.top).toBe(730 - POPUP_GAP - size.height);
  });

  it('keeps the top-left corner inside an area too small for it', () => {
    const at = placePopup({ left: 310, top: 100, right: 320, bottom: 110 }, { width: 900, height: 900 }, visible);
    expect(at).toEqual({ left: visible.left + POPUP_MARGIN, top: visible.top + POPUP_MARGIN });
  });
});
