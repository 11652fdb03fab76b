/** The ids of the views' main regions (the skip link focuses them); here so the views can load lazily. */
export const DRAFTS_MAIN_ID = 'drafts-main';
export const LIBRARY_MAIN_ID = 'library-main';
