/**
 * The workspace's views, in top-bar order. A new view (e.g. "votes") is one entry here, one label in
 * each catalogue and one element in useWorkspaceViews' `Record<ViewId, …>` (the compiler asks for it).
 */
export const VIEWS = [
  { id: 'reader', labelKey: 'views.reader' },
  { id: 'library', labelKey: 'library.viewLabel' },
  { id: 'drafts', labelKey: 'views.drafts' },
  { id: 'votes', labelKey: 'votes.viewLabel' },
  { id: 'targets', labelKey: 'targets.viewLabel' },
  { id: 'compare', labelKey: 'compare.viewLabel' },
  { id: 'submissions', labelKey: 'submissions.viewLabel' },
  { id: 'speech', labelKey: 'speech.viewLabel' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

/** Where the workspace is: a view and, in the drafts view, the open draft. Kept in the URL hash. */
export interface ViewRoute {
  view: ViewId;
  draftId: string | null;
}

export const DEFAULT_ROUTE: ViewRoute = { view: 'reader', draftId: null };

const isViewId = (value: string): value is ViewId => VIEWS.some((v) => v.id === value);
const DRAFT_ID = /^d-[a-z0-9-]{6,64}$/;

/** `#/drafts/d-…` → drafts view with that draft open; anything unknown → the reader. */
export function parseViewHash(hash: string): ViewRoute {
  const [view = '', draftId = ''] = hash.replace(/^#\/?/, '').split('/');
  if (!isViewId(view)) return DEFAULT_ROUTE;
  return { view, draftId: view === 'drafts' && DRAFT_ID.test(draftId) ? draftId : null };
}

export function viewHash(route: ViewRoute): string {
  return route.draftId && route.view === 'drafts' ? `#/${route.view}/${route.draftId}` : `#/${route.view}`;
}
