import { z } from 'zod';

/** One paragraph of a report: a stable id, a human citation label (e.g. `II.9 ¶3`) and its text. */
export const ParagraphSchema = z.object({
  id: z.string().min(1),
  citation: z.string(),
  text: z.string(),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

/**
 * A section of a report: a part (level 1) or a numbered item (level 2) or deeper.
 * `label` is the number as printed ("II", "9", "一", "（一）") or null for unnumbered sections
 * such as the preamble or a part's closing paragraphs.
 */
export interface Section {
  label: string | null;
  heading: string;
  level: number;
  paragraphs: Paragraph[];
  children: Section[];
}
export const SectionSchema: z.ZodType<Section> = z.lazy(() =>
  z.object({
    label: z.string().nullable(),
    heading: z.string(),
    level: z.number().int().min(0),
    paragraphs: z.array(ParagraphSchema),
    children: z.array(SectionSchema),
  }),
);

/**
 * A detail about the document printed with it but not part of the report (web-page residue such
 * as "Release date:2024-04-17 16:10"): shown with the document's details, never as a paragraph.
 */
export const DocumentDetailSchema = z.object({
  kind: z.enum(['release-date']),
  /** The label as printed ("Release date", "发布时间"). */
  label: z.string(),
  /** The value as printed ("2024-04-17 16:10"). */
  value: z.string(),
  /** The whole line as printed. */
  text: z.string(),
});
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;

/** The parsed structure of a report, as printed by `npm run outline`. */
export const OutlineSchema = z.object({
  title: z.string(),
  sections: z.array(SectionSchema),
  /** Publication details found above the report (absent when there are none). */
  details: z.array(DocumentDetailSchema).optional(),
});
export type Outline = z.infer<typeof OutlineSchema>;
