/** A box in window coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space kept between the pop-up and the selection, and between the pop-up and the visible area's edges (px). */
export const POPUP_GAP = 6;
export const POPUP_MARGIN = 8;

/**
 * Where the pop-up by a selection goes (window coordinates of its top-left corner): under the
 * selection's end, moved left as far as needed to fit inside `visible`, and above the selection
 * when there is no room under it. A pop-up larger than the area keeps its top-left corner inside.
 */
export function placePopup(anchor: Box, size: { width: number; height: number }, visible: Box): { left: number; top: number } {
  const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));
  const left = clamp(anchor.right, visible.left + POPUP_MARGIN, visible.right - POPUP_MARGIN - size.width);
  const below = anchor.bottom + POPUP_GAP;
  const above = anchor.top - POPUP_GAP - size.height;
  const fitsBelow = below + size.height <= visible.bottom - POPUP_MARGIN;
  const top = fitsBelow || above < visible.top + POPUP_MARGIN ? below : above;
  return {
    left: Math.max(left, visible.left + POPUP_MARGIN),
    top: clamp(top, visible.top + POPUP_MARGIN, Math.max(visible.top + POPUP_MARGIN, visible.bottom - POPUP_MARGIN - size.height)),
  };
}
