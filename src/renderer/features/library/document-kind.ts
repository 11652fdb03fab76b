import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/domain/document';

export { DOCUMENT_KINDS };

/** A first guess of a document's kind from its title (the deputy can change it in the preview). */
export function guessDocumentKind(title: string): DocumentKind {
  if (/work of the (?:\w+ )*government|政府工作报告/i.test(title)) return 'work-report';
  if (/budget|预算|决算/i.test(title)) return 'budget-report';
  if (/\bplan\b|计划/i.test(title)) return 'plan-report';
  return 'other';
}
