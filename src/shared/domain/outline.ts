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

/** The parsed structure of a report, as printed by `npm run outline`. */
export const OutlineSchema = z.object({
  title: z.string(),
  sections: z.array(SectionSchema),
});
export type Outline = z.infer<typeof OutlineSchema>;
