/** DOM ids the reader (and the e2e tests) rely on. */
export const sectionElementId = (path: string): string => `sec-${path}`;
export const headingElementId = (path: string): string => `heading-${path}`;
export const paragraphElementId = (paragraphId: string): string => `para-${paragraphId}`;
export const READING_PANE_ID = 'report';

/** Gap left above a section or paragraph scrolled to the top of the pane (px). */
export const SCROLL_GAP = 12;
/** Line (px below the pane's top edge) that decides what is "at the top" for the scroll-spy; just below SCROLL_GAP. */
export const SPY_LINE = SCROLL_GAP + 2;
