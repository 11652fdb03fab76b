import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../shared/contract/api-contract';
import type { Services } from '../services/create-services';

/** One handler per contract method: a method without a handler is a compile error. */
export type Handlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>> };

export function createRouter(services: Services): Handlers {
  const { app, library, settings, reading, annotations, revisions, notesExport, profile, drafts } = services;
  return {
    'app.info': () => app.info(),
    'app.dismissNotice': ({ noticeId }) => app.dismissNotice(noticeId),
    'library.list': () => library.list(),
    'document.get': ({ documentId }) => library.get(documentId),
    'settings.get': () => settings.get(),
    'settings.update': (change) => settings.update(withoutUndefined(change)),
    'reading.getPosition': ({ documentId }) => reading.getPosition(documentId),
    'reading.setPosition': ({ documentId, paragraphId }) => reading.setPosition(documentId, paragraphId),
    'annotation.list': ({ documentId }) => annotations.list(documentId),
    'annotation.create': (input) => annotations.create(input),
    'annotation.update': ({ annotationId, ...change }) => annotations.update(annotationId, withoutUndefined(change)),
    'annotation.reattach': ({ annotationId, start, end }) => annotations.reattach(annotationId, start, end),
    'annotation.delete': ({ annotationId }) => annotations.delete(annotationId),
    'annotation.restore': ({ annotationId }) => annotations.restore(annotationId),
    'document.importRevision': ({ documentId, text }) => revisions.importRevision(documentId, text),
    'document.versions': ({ documentId }) => revisions.versions(documentId),
    'document.getVersion': ({ documentId, version }) => revisions.getVersion(documentId, version),
    'annotation.exportNotes': ({ documentId, language }) => notesExport.exportNotes(documentId, language),
    'profile.get': () => profile.get(),
    'profile.update': (input) => profile.update(input),
    'draft.list': () => drafts.list(),
    'draft.get': ({ draftId }) => drafts.get(draftId),
    'draft.create': ({ kind, language, source }) => drafts.create({ kind, language, source }),
    'draft.update': ({ draftId, change }) => drafts.update(draftId, withoutUndefined(change)),
    'draft.duplicate': ({ draftId }) => drafts.duplicate(draftId),
    'draft.delete': ({ draftId }) => drafts.delete(draftId),
    'draft.restore': ({ draftId }) => drafts.restore(draftId),
    'draft.check': ({ draftId }) => drafts.check(draftId),
    'draft.exportDocx': ({ draftId }) => drafts.exportDocx(draftId),
    'draft.exportJson': ({ draftId }) => drafts.exportJson(draftId),
    'draft.importJson': ({ text }) => drafts.importJson(text),
  };
}

function withoutUndefined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never;
}
