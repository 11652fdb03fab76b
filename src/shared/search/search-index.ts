import type { Annotation } from '../domain/annotation';
import { foldText, type FoldedText } from './fold-text';
import { buildGramPostings, type GramPostings } from './gram-postings';
import type { SearchData, SearchParagraph } from './search-types';

export interface IndexedText {
  kind: 'report' | 'note' | 'tag';
  text: string;
  folded: FoldedText;
  paragraphId: string;
  citation: string;
  annotationId: string | null;
}

/** Texts in reading order with a gram index over their folded forms (gram-postings.ts). */
export interface SearchSegment {
  entries: readonly IndexedText[];
  postings: GramPostings;
}

/**
 * Every searchable text, folded once: paragraphs in reading order, then the notes and tags of live
 * annotations, in segments that are each indexed once: the report's paragraphs (one segment per
 * version of the paragraphs) and the annotations in runs whose ends depend on the annotations'
 * ids, so that adding, editing or deleting one annotation re-indexes only its run.
 */
export interface SearchIndex {
  segments: readonly SearchSegment[];
}

function segmentOf(entries: IndexedText[]): SearchSegment {
  return { entries, postings: buildGramPostings(entries.map((e) => e.folded.folded)) };
}

const cache = new WeakMap<readonly SearchParagraph[], WeakMap<readonly Annotation[], SearchIndex>>();

/** Builds (or reuses, for the same arrays) the folded index; rebuilt only when the data changes. */
export function getSearchIndex(data: SearchData): SearchIndex {
  let byAnnotations = cache.get(data.paragraphs);
  if (!byAnnotations) {
    byAnnotations = new WeakMap();
    cache.set(data.paragraphs, byAnnotations);
  }
  let index = byAnnotations.get(data.annotations);
  if (!index) {
    index = buildSearchIndex(data);
    byAnnotations.set(data.annotations, index);
  }
  return index;
}

interface FoldedAnnotation {
  note: FoldedText;
  tags: { text: string; folded: FoldedText }[];
}

const annotationCache = new WeakMap<Annotation, FoldedAnnotation>();

/** The folded note and tags of one annotation (cached per annotation object: unchanged ones are not folded again). */
function foldedOf(annotation: Annotation): FoldedAnnotation {
  let folded = annotationCache.get(annotation);
  if (!folded) {
    folded = { note: foldText(annotation.note), tags: annotation.tags.map((text) => ({ text, folded: foldText(text) })) };
    annotationCache.set(annotation, folded);
  }
  return folded;
}

const reportCache = new WeakMap<readonly SearchParagraph[], SearchSegment>();

function reportSegment(paragraphs: readonly SearchParagraph[]): SearchSegment {
  let segment = reportCache.get(paragraphs);
  if (!segment) {
    segment = segmentOf(
      paragraphs.map((p) => ({
        kind: 'report' as const,
        text: p.text,
        folded: foldText(p.text),
        paragraphId: p.id,
        citation: p.citation,
        annotationId: null,
      })),
    );
    reportCache.set(paragraphs, segment);
  }
  return segment;
}

/** A run ends after an annotation whose id hashes to 0 mod this (about 1 in 256), or at RUN_MAX. */
const RUN_SPACING = 256;
const RUN_MAX = 1024;

function endsRun(annotation: Annotation): boolean {
  let hash = 0;
  for (let i = 0; i < annotation.id.length; i++) hash = (Math.imul(hash, 31) + annotation.id.charCodeAt(i)) | 0;
  return (hash >>> 0) % RUN_SPACING === 0;
}

interface Run {
  members: readonly Annotation[];
  segment: SearchSegment;
}

/** Runs by their first annotation, per citation table (a new version of the paragraphs cites anew). */
const runCache = new WeakMap<ReadonlyMap<string, string>, WeakMap<Annotation, Run>>();
const citationCache = new WeakMap<readonly SearchParagraph[], ReadonlyMap<string, string>>();

function citationsOf(paragraphs: readonly SearchParagraph[]): ReadonlyMap<string, string> {
  let citations = citationCache.get(paragraphs);
  if (!citations) {
    citations = new Map(paragraphs.map((p) => [p.id, p.citation]));
    citationCache.set(paragraphs, citations);
  }
  return citations;
}

function runSegment(members: readonly Annotation[], citations: ReadonlyMap<string, string>): SearchSegment {
  let runs = runCache.get(citations);
  if (!runs) {
    runs = new WeakMap();
    runCache.set(citations, runs);
  }
  const [first] = members;
  if (first === undefined) return segmentOf([]);
  const cached = runs.get(first);
  if (cached && cached.members.length === members.length && cached.members.every((a, i) => a === members[i])) return cached.segment;
  const entries: IndexedText[] = [];
  for (const annotation of members) {
    const paragraphId = annotation.target.paragraphId;
    const base = { paragraphId, citation: citations.get(paragraphId) ?? '', annotationId: annotation.id };
    const folded = foldedOf(annotation);
    if (annotation.note !== '') entries.push({ ...base, kind: 'note', text: annotation.note, folded: folded.note });
    for (const tag of folded.tags) entries.push({ ...base, kind: 'tag', text: tag.text, folded: tag.folded });
  }
  const segment = segmentOf(entries);
  runs.set(first, { members: [...members], segment });
  return segment;
}

export function buildSearchIndex({ paragraphs, annotations }: SearchData): SearchIndex {
  const citations = citationsOf(paragraphs);
  const segments: SearchSegment[] = [reportSegment(paragraphs)];
  let run: Annotation[] = [];
  for (const annotation of annotations) {
    if (annotation.deletedAt !== null) continue;
    run.push(annotation);
    if (endsRun(annotation) || run.length >= RUN_MAX) {
      segments.push(runSegment(run, citations));
      run = [];
    }
  }
  if (run.length > 0) segments.push(runSegment(run, citations));
  return { segments };
}
