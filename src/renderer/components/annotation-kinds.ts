import { ANNOTATION_KINDS, type AnnotationKind } from '../../shared/domain/annotation';

/** A symbol for each kind, so colour is never the only carrier of meaning. */
export const KIND_ICONS: Record<AnnotationKind, string> = {
  question: '?',
  support: '✓',
  concern: '!',
  verify: '#',
};

export { ANNOTATION_KINDS };
