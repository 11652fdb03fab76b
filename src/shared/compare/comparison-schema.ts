import { z } from 'zod';
import { AnchorStatusSchema, AnnotationIdSchema, AnnotationKindSchema } from '../domain/annotation';
import { FigureTemporalSchema } from '../figures/figure';

const ParagraphRefSchema = z.object({ id: z.string(), citation: z.string(), text: z.string() }).strict();
const SegmentSchema = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() }).strict();
const EditSchema = z.object({ removed: z.string(), added: z.string() }).strict();

export const ROW_KINDS = ['same', 'changed', 'moved', 'removed', 'added'] as const;
export const RowKindSchema = z.enum(ROW_KINDS);
export type RowKind = z.infer<typeof RowKindSchema>;

/** One row of the comparison: a paragraph of either version or both, with its word-level segments when changed. */
export const ComparisonRowSchema = z
  .object({
    kind: RowKindSchema,
    old: ParagraphRefSchema.nullable(),
    new: ParagraphRefSchema.nullable(),
    /** The paragraph's words marked same / added / removed (changed rows only; empty otherwise). */
    segments: z.array(SegmentSchema),
  })
  .strict();
export type ComparisonRow = z.infer<typeof ComparisonRowSchema>;

/** One entry of the change list: a paragraph changed, moved, added or removed, with its edits. */
export const ChangeEntrySchema = z
  .object({
    row: z.number().int().min(0),
    kind: z.enum(['changed', 'moved', 'removed', 'added']),
    /** The citation in the version it is in now (the old one for a deleted paragraph). */
    citation: z.string(),
    /** Its citation in the old version, when it had one and it differs. */
    oldCitation: z.string().nullable(),
    edits: z.array(EditSchema),
    /** The start of the paragraph, for added and deleted ones. */
    excerpt: z.string(),
  })
  .strict();
export type ChangeEntry = z.infer<typeof ChangeEntrySchema>;

export const ChangeSectionSchema = z.object({ label: z.string(), heading: z.string(), changes: z.array(ChangeEntrySchema) }).strict();
export type ChangeSection = z.infer<typeof ChangeSectionSchema>;

export const PlaceSchema = z
  .object({ paragraphId: z.string(), citation: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() })
  .strict();
export type Place = z.infer<typeof PlaceSchema>;

export const FATES = ['exact', 'moved', 'changed', 'orphaned', 'new'] as const;
export const FateSchema = z.enum(FATES);
export type Fate = z.infer<typeof FateSchema>;

/** What became of one annotation between the two versions. */
export const AnnotationFateSchema = z
  .object({
    annotationId: AnnotationIdSchema,
    kind: AnnotationKindSchema,
    note: z.string(),
    /** The words the deputy annotated, as stored. */
    quote: z.string(),
    /** How it sits on the current text (stored): a fuzzy or orphaned one waits for the deputy's review. */
    status: AnchorStatusSchema,
    fate: FateSchema,
    /** Where it was in the old version (null when its words are not there). */
    was: PlaceSchema.nullable(),
    /** Where it is in the new version (null when orphaned). */
    now: PlaceSchema.nullable(),
    /** Its words in the old version against its words in the new one (changed ones only). */
    segments: z.array(SegmentSchema),
    /** The deputy chose to keep it as an orphan on this (current) version: the review queue does not ask again. */
    kept: z.boolean(),
  })
  .strict();
export type AnnotationFate = z.infer<typeof AnnotationFateSchema>;

const VersionRefSchema = z.object({ version: z.number().int().min(1), current: z.boolean() }).strict();

export const ComparisonSchema = z
  .object({
    documentId: z.string(),
    title: z.string(),
    from: VersionRefSchema,
    to: VersionRefSchema,
    rows: z.array(ComparisonRowSchema),
    sections: z.array(ChangeSectionSchema),
    annotations: z.array(AnnotationFateSchema),
    counts: z.object({ changed: z.number().int(), moved: z.number().int(), removed: z.number().int(), added: z.number().int() }).strict(),
  })
  .strict();
export type Comparison = z.infer<typeof ComparisonSchema>;

const SectionHeadSchema = z.object({ label: z.string(), heading: z.string() }).strict();
const StatedFigureSchema = z.object({ phrase: z.string(), citation: z.string() }).strict();

/** A figure of a matched section stated differently in the two documents (src/shared/compare/figure-changes.ts). */
export const FigureChangeSchema = z
  .object({
    /** The indicator's id (its name is in the i18n catalogue under `targets.indicator.<id>`). */
    indicator: z.string(),
    temporal: FigureTemporalSchema,
    old: StatedFigureSchema,
    new: StatedFigureSchema,
  })
  .strict();
export type FigureChange = z.infer<typeof FigureChangeSchema>;

export const SectionMatchSchema = z
  .object({
    kind: z.enum(['paired', 'only-old', 'only-new']),
    old: SectionHeadSchema.nullable(),
    new: SectionHeadSchema.nullable(),
    /** How much of the two sections' text is the same (0 for a section in one document only). */
    similarity: z.number().min(0).max(1),
    /** The sections' paragraphs aligned, with word-level segments where changed (all added or removed for a section in one document). */
    rows: z.array(ComparisonRowSchema),
    figures: z.array(FigureChangeSchema),
  })
  .strict();
export type SectionMatch = z.infer<typeof SectionMatchSchema>;

/** Two different documents compared section by section (src/shared/compare/compare-documents.ts). */
export const DocumentComparisonSchema = z
  .object({
    sections: z.array(SectionMatchSchema),
    counts: z
      .object({ paired: z.number().int(), changed: z.number().int(), onlyOld: z.number().int(), onlyNew: z.number().int() })
      .strict(),
  })
  .strict();
export type DocumentComparison = z.infer<typeof DocumentComparisonSchema>;
