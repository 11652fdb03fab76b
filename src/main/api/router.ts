import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../shared/contract/api-contract';
import { BIN_KEPT_DAYS } from '../services/bin-service';
import type { Services } from '../services/create-services';

/** One handler per contract method: a method without a handler is a compile error. */
export type Handlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>> };

export function createRouter(services: Services): Handlers {
  const { app, data, bin, incoming, library, libraryEdit, importFiles, settings, reading, annotations, revisions, notesExport, profile, drafts, votes } = services;
  return {
    'app.info': () => app.info(),
    'app.health': () => app.health(),
    'data.exportBackup': () => data.exportBackup(),
    'data.chooseBackupFile': () => incoming.choose(),
    'data.restoreBackup': async ({ fileId }) => data.restoreBackup(await incoming.take(fileId)),
    'data.restoreEmergencyCopy': ({ noticeId }) => data.restoreEmergencyCopy(noticeId),
    'bin.summary': () => ({ documents: bin.removedCount(), keptDays: BIN_KEPT_DAYS }),
    'bin.empty': () => bin.emptyRemoved(),
    'app.dismissNotice': ({ noticeId }) => app.dismissNotice(noticeId),
    'library.list': () => library.list(),
    'library.previewImport': ({ fileName, base64, importId }) => libraryEdit.previewImport(fileName, Buffer.from(base64, 'base64'), importId),
    'library.importProgress': ({ importId }) => importFiles.progress(importId),
    'library.cancelImport': ({ importId }) => ({ cancelled: importFiles.cancel(importId) }),
    'library.previewText': ({ text, overrides }) => libraryEdit.previewText(text, overrides),
    'library.addDocument': (input) => libraryEdit.addDocument(input),
    'library.rename': ({ documentId, title }) => libraryEdit.rename(documentId, title),
    'library.setKind': ({ documentId, kind }) => libraryEdit.setKind(documentId, kind),
    'library.remove': ({ documentId }) => libraryEdit.remove(documentId),
    'library.restore': ({ documentId }) => libraryEdit.restore(documentId),
    'document.get': ({ documentId }) => library.get(documentId),
    'settings.get': () => settings.get(),
    'settings.update': (change) => settings.update(withoutUndefined(change)),
    'reading.getPosition': ({ documentId }) => reading.getPosition(documentId),
    'reading.setPosition': ({ documentId, paragraphId }) => reading.setPosition(documentId, paragraphId),
    'annotation.list': ({ documentId }) => annotations.list(documentId),
    'annotation.create': (input) => annotations.create(input),
    'annotation.update': ({ annotationId, ...change }) => annotations.update(annotationId, withoutUndefined(change)),
    'annotation.reattach': ({ annotationId, start, end }) => annotations.reattach(annotationId, start, end),
    'annotation.undoReattach': ({ annotationId }) => annotations.undoReattach(annotationId),
    'annotation.delete': ({ annotationId }) => annotations.delete(annotationId),
    'annotation.restore': ({ annotationId }) => annotations.restore(annotationId),
    'document.importRevision': ({ documentId, text }) => revisions.importRevision(documentId, text),
    'document.importRevisionFile': ({ documentId, fileName, base64, importId }) =>
      revisions.importRevisionFile(documentId, fileName, Buffer.from(base64, 'base64'), importId),
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
    'vote.agenda': () => votes.agenda(),
    'vote.addItem': ({ title, kind, index }) => votes.addItem({ title, kind, index }),
    'vote.renameItem': ({ itemId, title }) => votes.renameItem(itemId, title),
    'vote.moveItem': ({ itemId, toIndex }) => votes.moveItem(itemId, toIndex),
    'vote.removeItem': ({ itemId }) => votes.removeItem(itemId),
    'vote.restoreItem': ({ itemId }) => votes.restoreItem(itemId),
    'vote.setIntention': ({ itemId, intention, rationale }) => votes.setIntention(itemId, intention, rationale),
    'vote.linkParagraph': ({ itemId, documentId, paragraphId }) => votes.linkParagraph(itemId, documentId, paragraphId),
    'vote.unlinkParagraph': ({ itemId, documentId, paragraphId }) => votes.unlinkParagraph(itemId, documentId, paragraphId),
    'vote.linkAnnotation': ({ itemId, annotationId }) => votes.linkAnnotation(itemId, annotationId),
    'vote.unlinkAnnotation': ({ itemId, annotationId }) => votes.unlinkAnnotation(itemId, annotationId),
    'vote.citing': (ref) => votes.citing(ref),
    'vote.setBallotRule': ({ itemId, mode, maxChoices }) => votes.setBallotRule(itemId, mode, maxChoices),
    'vote.setCandidates': ({ itemId, candidates }) => votes.setCandidates(itemId, candidates),
    'vote.addCandidates': ({ itemId, candidates, index }) => votes.addCandidates(itemId, candidates, index),
    'vote.updateCandidate': ({ itemId, candidateId, change }) => votes.updateCandidate(itemId, candidateId, withoutUndefined(change)),
    'vote.removeCandidate': ({ itemId, candidateId }) => votes.removeCandidate(itemId, candidateId),
    'vote.restoreCandidate': ({ itemId, candidateId }) => votes.restoreCandidate(itemId, candidateId),
    'vote.parseCandidates': ({ text, itemId }) => votes.parseCandidates(text, itemId),
    'vote.markCandidate': ({ itemId, candidateId, mark, rank }) => votes.markCandidate(itemId, candidateId, { mark, rank }),
    'vote.clearMarks': ({ itemId }) => votes.clearMarks(itemId),
    'vote.summary': () => votes.summary(),
    'vote.exportDocx': ({ language }) => votes.exportDocx(language),
  };
}

function withoutUndefined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never;
}
