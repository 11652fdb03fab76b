import type { Annotation } from '../../../shared/domain/annotation';
import { filterAnnotations, sortForPanel, type AnnotationFilter } from './annotation-filters';

export interface PanelCard {
  annotation: Annotation;
  citation: string;
}

export interface PanelGroup {
  documentId: string;
  title: string;
  /** The document open in the reader. */
  open: boolean;
  cards: PanelCard[];
}

interface GroupSource {
  documentId: string;
  title: string;
  annotations: readonly PanelCard[];
}

/**
 * The panel's "all documents" list: the open document first (its live annotations), then the others in
 * library order, each filtered and sorted as the open one is; documents with nothing to show are left out.
 * A section filter is a section of the open document, so it leaves the other documents out.
 */
export function panelGroups(
  open: GroupSource,
  others: readonly GroupSource[],
  filter: AnnotationFilter,
  sectionOf: (paragraphId: string) => string | undefined,
): PanelGroup[] {
  const group = (source: GroupSource, isOpen: boolean): PanelGroup => {
    const citations = new Map(source.annotations.map((card) => [card.annotation.id, card.citation]));
    const pathOf = isOpen ? sectionOf : () => undefined;
    const shown = sortForPanel(
      filterAnnotations(
        source.annotations.map((card) => card.annotation),
        filter,
        pathOf,
      ),
    );
    return {
      documentId: source.documentId,
      title: source.title,
      open: isOpen,
      cards: shown.map((annotation) => ({ annotation, citation: citations.get(annotation.id) ?? '' })),
    };
  };
  return [group(open, true), ...others.filter((o) => o.documentId !== open.documentId).map((o) => group(o, false))].filter(
    (g) => g.cards.length > 0,
  );
}
