/**
 * A quantity recognised in the report text (DESIGN.md F2 "Figures and targets").
 *
 * Choices:
 * - `text`/`start`/`end` cover the quantity only ("6%", "706.25 billion yuan", "ranking third in
 *   Zhejiang"); a qualifier written before it ("around", "more than") is kept in `qualifier`, not in
 *   the span; `phrase` (with `phraseStart`/`phraseEnd`) is the quantity with that qualifier as the
 *   report writes it ("below 5%"), which the card shows and the highlight covers.
 * - `value` is normalized to units (706.25e9 for "706.25 billion yuan"); it is the magnitude as
 *   written. Change direction ("fell by 3.4%", "down 2.1%") goes in `direction`; only an explicit
 *   minus sign ("-2.1%") makes `value` negative. Ranges ("6%–7%") have `value: null` and `range`.
 * - `temporal`: 'result' (a past-year outcome), 'target' (a plan for the coming year) or 'unknown'.
 */
import { z } from 'zod';

export const FIGURE_KINDS = ['percentage', 'money', 'count', 'ranking', 'streak'] as const;
export const FigureKindSchema = z.enum(FIGURE_KINDS);
export type FigureKind = z.infer<typeof FigureKindSchema>;

export const FIGURE_TEMPORALS = ['result', 'target', 'unknown'] as const;
export const FigureTemporalSchema = z.enum(FIGURE_TEMPORALS);
export type FigureTemporal = z.infer<typeof FigureTemporalSchema>;

export const FigureQualifierSchema = z.enum(['around', 'more than', 'less than', 'at least', 'up to', 'about']);
export type FigureQualifier = z.infer<typeof FigureQualifierSchema>;

export const FigureDirectionSchema = z.enum(['up', 'down']);
export type FigureDirection = z.infer<typeof FigureDirectionSchema>;

export const FigureRangeSchema = z.object({ low: z.number(), high: z.number() });
export type FigureRange = z.infer<typeof FigureRangeSchema>;

export const FigureSchema = z.object({
  /** `${paragraphId}:${start}`: stable while the paragraph text is unchanged. */
  id: z.string().min(1),
  paragraphId: z.string().min(1),
  /** The paragraph's citation label, e.g. "II ¶2". */
  citation: z.string(),
  /** The citation without the paragraph number: "II.9", "I", or "" for the preamble. */
  sectionPath: z.string(),
  /** The top-level part's label as cited ("I", "II", "一"), or null outside numbered parts. */
  partLabel: z.string().nullable(),
  /** Offsets of `text` in the paragraph text. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string().min(1),
  kind: FigureKindSchema,
  value: z.number().nullable(),
  /** '%', 'percentage points', 'yuan', 'USD', a counted noun ('projects', 'people'), 'years'…; null when none. */
  unit: z.string().nullable(),
  qualifier: FigureQualifierSchema.nullable(),
  /** The figure in the report's own words, with its qualifier ("around 6%", "below 5%", "6%左右"): what the card shows and the highlight covers. */
  phrase: z.string().min(1),
  /** Offsets of `phrase` in the paragraph text. */
  phraseStart: z.number().int().min(0),
  phraseEnd: z.number().int().min(0),
  range: FigureRangeSchema.nullable(),
  direction: FigureDirectionSchema.nullable(),
  temporal: FigureTemporalSchema,
  /** The sentence containing the figure, trimmed. */
  sentence: z.string(),
  /** Offset of `sentence` in the paragraph text (so `start - sentenceStart` is the figure's place in it). */
  sentenceStart: z.number().int().min(0),
});
export type Figure = z.infer<typeof FigureSchema>;
