/**
 * Groups a document's annotations by the part and item of the outline their paragraph is in, in
 * reading order; those not placed in the current text go to a separate list.
 */
import type { Annotation } from '../domain/annotation';
import type { Outline, Section } from '../domain/outline';

export interface LocatedAnnotation {
  readonly annotation: Annotation;
  /** The citation label of its paragraph ("II.9 ¶3"), or '' when the paragraph is gone. */
  readonly citation: string;
}

export interface ItemGroup {
  readonly item: Section;
  readonly annotations: LocatedAnnotation[];
}

export interface PartGroup {
  readonly part: Section;
  /** Annotations on the part's own paragraphs (before its items). */
  readonly annotations: LocatedAnnotation[];
  readonly items: ItemGroup[];
}

export interface LocatedAnnotations {
  readonly parts: PartGroup[];
  /** Orphaned, or their paragraph is not in the outline. */
  readonly unplaced: LocatedAnnotation[];
}

interface Place {
  readonly part: number;
  /** Index of the item among the part's children, or -1 for the part's own paragraphs. */
  readonly item: number;
  /** Position of the paragraph in reading order. */
  readonly order: number;
  readonly citation: string;
}

function indexParagraphs(outline: Outline): Map<string, Place> {
  const places = new Map<string, Place>();
  let order = 0;
  const visit = (section: Section, part: number, item: number) => {
    for (const p of section.paragraphs) places.set(p.id, { part, item, order: order++, citation: p.citation });
    section.children.forEach((child, i) => visit(child, part, item === -1 ? i : item));
  };
  // Top-level sections are parts; their children (and everything below a child) are items.
  outline.sections.forEach((section, i) => visit(section, i, -1));
  return places;
}

// Paragraphs no longer in the outline sort after every placed one.
const orderOf = (places: Map<string, Place>, a: LocatedAnnotation) =>
  places.get(a.annotation.target.paragraphId)?.order ?? Number.MAX_SAFE_INTEGER;
const byReadingOrder = (places: Map<string, Place>) => (a: LocatedAnnotation, b: LocatedAnnotation) =>
  orderOf(places, a) - orderOf(places, b) ||
  a.annotation.target.position.start - b.annotation.target.position.start ||
  a.annotation.createdAt.localeCompare(b.annotation.createdAt);

/** Places live (not deleted) annotations on the outline. */
export function locateAnnotations(outline: Outline, annotations: readonly Annotation[]): LocatedAnnotations {
  const places = indexParagraphs(outline);
  const partGroups = new Map<number, PartGroup>();
  const unplaced: LocatedAnnotation[] = [];
  for (const annotation of annotations) {
    if (annotation.deletedAt !== null) continue;
    const place = places.get(annotation.target.paragraphId);
    const located = { annotation, citation: place?.citation ?? '' };
    const part = place === undefined ? undefined : outline.sections[place.part];
    if (place === undefined || part === undefined || annotation.status === 'orphaned') {
      unplaced.push(located);
      continue;
    }
    let group = partGroups.get(place.part);
    if (group === undefined) {
      group = { part, annotations: [], items: [] };
      partGroups.set(place.part, group);
    }
    const item = place.item === -1 ? undefined : part.children[place.item];
    if (item === undefined) {
      group.annotations.push(located);
      continue;
    }
    let itemGroup = group.items.find((g) => g.item === item);
    if (itemGroup === undefined) {
      itemGroup = { item, annotations: [] };
      group.items.push(itemGroup);
    }
    itemGroup.annotations.push(located);
  }
  const sort = byReadingOrder(places);
  const parts = [...partGroups.entries()].sort(([a], [b]) => a - b).map(([, g]) => g);
  for (const group of parts) {
    group.annotations.sort(sort);
    group.items.sort((a, b) => group.part.children.indexOf(a.item) - group.part.children.indexOf(b.item));
    for (const itemGroup of group.items) itemGroup.annotations.sort(sort);
  }
  unplaced.sort(sort);
  return { parts, unplaced };
}
