import { randomUUID } from 'node:crypto';
import { describePassage } from '../../shared/anchoring/describe-passage';
import type { ApiParsedInput, ApiService } from '../../shared/contract/api-contract';
import { AnnotationSchema, type Annotation } from '../../shared/domain/annotation';
import type { Store } from '../storage/store';
import { storedRecord } from '../storage/stored-record';
import { DomainError } from './domain-error';
import { definedFields } from './defined-fields';
import type { Documents } from './documents';
import type { FileDelivery } from './file-delivery';
import { exportDeliberationNotes, type NotesTargetsTable } from './notes-export';

/** The `annotation.*` methods: annotations of a document (soft delete, re-attach with undo) and their notes export. */
export function createAnnotationService(deps: {
  store: Store;
  documents: Documents;
  clock: () => Date;
  deliver: FileDelivery;
  /** The document's versions (as `document.versions` answers them), for the notes export. */
  versions: (documentId: string) => readonly { version: number; addedAt: string; current: boolean }[];
  /** The Targets and results table, for notes that include it. */
  targetsTable?: NotesTargetsTable;
  newId?: () => string;
}) {
  const { store, documents, clock } = deps;
  const newId = deps.newId ?? (() => `a-${randomUUID()}`);
  /** What each re-attach replaced, and the document text it was made on (undo is for this session only). */
  const beforeReattach = new Map<string, { target: Annotation['target']; status: Annotation['status']; textHash: string }>();

  const find = (annotationId: string, { deleted }: { deleted: boolean }): Annotation => {
    const annotation = store.data.annotations.find((a) => a.id === annotationId);
    if (!annotation || (annotation.deletedAt !== null) !== deleted) {
      throw new DomainError('NOT_FOUND', deleted ? 'annotation.noDeleted' : 'annotation.notFound');
    }
    return annotation;
  };

  const passage = (documentId: string, start: number, end: number) => {
    const target = describePassage(documents.documentText(documentId), start, end);
    if (!target) throw new DomainError('INVALID_INPUT', 'annotation.emptySelection');
    return target;
  };

  /** Puts a changed copy of the annotation in its place (stored records are frozen) and returns it. */
  const modify = async (annotationId: string, deleted: boolean, change: Partial<Annotation>): Promise<Annotation> => {
    find(annotationId, { deleted });
    return store.update((data) => {
      const index = data.annotations.findIndex((a) => a.id === annotationId);
      const next = storedRecord(AnnotationSchema, { ...data.annotations[index]!, ...change, updatedAt: clock().toISOString() });
      data.annotations[index] = next;
      return next;
    });
  };

  const api = {
    list({ documentId }) {
      documents.require(documentId);
      return store.data.annotations
        .filter((a) => a.documentId === documentId && a.deletedAt === null)
        .sort((a, b) => a.target.position.start - b.target.position.start);
    },
    listAll() {
      return documents.list().map((doc) => {
        const citations = new Map(documents.documentText(doc.id).paragraphs.map((p) => [p.id, p.citation]));
        const annotations = store.data.annotations
          .filter((a) => a.documentId === doc.id && a.deletedAt === null)
          .sort((a, b) => a.target.position.start - b.target.position.start)
          .map((annotation) => ({ annotation, citation: citations.get(annotation.target.paragraphId) ?? '' }));
        return { documentId: doc.id, title: doc.title, annotations };
      });
    },
    async create(input) {
      documents.require(input.documentId);
      const target = passage(input.documentId, input.start, input.end);
      const now = clock().toISOString();
      const annotation: Annotation = storedRecord(AnnotationSchema, {
        id: newId(),
        documentId: input.documentId,
        kind: input.kind,
        note: input.note,
        tags: input.tags,
        target,
        status: 'exact',
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      });
      return store.update((data) => {
        data.annotations.push(annotation);
        return annotation;
      });
    },
    update: ({ annotationId, ...change }) => modify(annotationId, false, definedFields(change)),
    async reattach({ annotationId, start, end }) {
      const before = find(annotationId, { deleted: false });
      const target = passage(before.documentId, start, end);
      const moved = await modify(annotationId, false, { target, status: 'exact' });
      beforeReattach.set(annotationId, {
        target: before.target,
        status: before.status,
        textHash: documents.require(before.documentId).textHash,
      });
      return moved;
    },
    async acceptPlacement({ annotationId }) {
      const annotation = find(annotationId, { deleted: false });
      if (annotation.status === 'orphaned') {
        throw new DomainError('CONFLICT', 'annotation.orphaned');
      }
      const { start, end } = annotation.target.position;
      return modify(annotationId, false, { target: passage(annotation.documentId, start, end), status: 'exact' });
    },
    async undoReattach({ annotationId }) {
      const annotation = find(annotationId, { deleted: false });
      const before = beforeReattach.get(annotationId);
      if (!before || documents.require(annotation.documentId).textHash !== before.textHash) {
        throw new DomainError('NOT_FOUND', 'annotation.reattachGone');
      }
      beforeReattach.delete(annotationId);
      return modify(annotationId, false, { target: before.target, status: before.status });
    },
    delete: ({ annotationId }) => modify(annotationId, false, { deletedAt: clock().toISOString() }),
    exportNotes: (input) => exportDeliberationNotes(deps, input),
  } satisfies ApiService<'annotation'>;
  return {
    ...api,
    // Not an API method: `bin.restore` (which finds the entry first) is the one way back.
    restore: ({ annotationId }: ApiParsedInput<'annotation.delete'>) => modify(annotationId, true, { deletedAt: null }),
  };
}
export type AnnotationService = ReturnType<typeof createAnnotationService>;
