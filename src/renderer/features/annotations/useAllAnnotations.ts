import type { ApiOutput } from '../../../shared/contract/api-contract';
import { useApiQuery } from '../../app/query/useApiQuery';

export type AnnotationGroups = ApiOutput<'annotation.listAll'>;

/** Every document's annotations, grouped by document; read only while `enabled` (the panel shows "all documents"). */
export function useAllAnnotations(enabled: boolean): AnnotationGroups | undefined {
  return useApiQuery('annotation.listAll', {}, { enabled }).data;
}
