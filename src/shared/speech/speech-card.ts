import { z } from 'zod';
import { AnnotationIdSchema } from '../domain/annotation';
import { LanguageSchema } from '../domain/settings';
import { ParagraphLinkSchema } from '../domain/vote';

export const SPEECH_TITLE_MAX = 500;
export const SPEECH_POINT_MAX = 20_000;
export const SPEECH_POINTS_MAX = 50;
export const SPEECH_LINKS_MAX = 50;
/** The time a deputy is usually given at a panel deliberation (审议发言): 3 minutes; a card allows 1 to 30. */
export const SPEECH_MINUTES = { min: 1, max: 30, default: 3 } as const;

export const SpeechCardIdSchema = z.string().regex(/^s-[a-z0-9-]{6,64}$/, 'not a speech card id');
export const SpeechPointIdSchema = z.string().regex(/^p-[a-z0-9-]{6,64}$/, 'not a speech point id');
export const SpeechMinutesSchema = z.number().int().min(SPEECH_MINUTES.min).max(SPEECH_MINUTES.max);

/** A report passage a point rests on, with the citation label and an excerpt as they were when linked (as a vote note's link). */
export const SpeechPassageSchema = ParagraphLinkSchema;
export type SpeechPassage = z.infer<typeof SpeechPassageSchema>;

/** One point of the speech: what to say, and the passages and annotations it rests on. */
export const SpeechPointSchema = z.object({
  id: SpeechPointIdSchema,
  text: z.string().max(SPEECH_POINT_MAX),
  passages: z.array(SpeechPassageSchema).max(SPEECH_LINKS_MAX),
  annotationIds: z.array(AnnotationIdSchema).max(SPEECH_LINKS_MAX),
});
export type SpeechPoint = z.infer<typeof SpeechPointSchema>;

/** A speech card for the panel deliberation: its points in the order they are to be said, and the time given. */
export const SpeechCardSchema = z.object({
  id: SpeechCardIdSchema,
  title: z.string().max(SPEECH_TITLE_MAX),
  language: LanguageSchema,
  minutes: SpeechMinutesSchema,
  points: z.array(SpeechPointSchema).max(SPEECH_POINTS_MAX),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  deletedAt: z.iso.datetime().nullable(),
});
export type SpeechCard = z.infer<typeof SpeechCardSchema>;
