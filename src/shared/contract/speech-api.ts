import { z } from 'zod';
import { AnnotationIdSchema } from '../domain/annotation';
import { DeliverySchema } from '../domain/delivery';
import { DocumentIdSchema } from '../domain/document';
import { LanguageSchema } from '../domain/settings';
import {
  SPEECH_LINKS_MAX,
  SPEECH_POINT_MAX,
  SPEECH_POINTS_MAX,
  SPEECH_TITLE_MAX,
  SpeechCardIdSchema,
  SpeechCardSchema,
  SpeechMinutesSchema,
  SpeechPointIdSchema,
} from '../speech/speech-card';
import { type ApiEntries, NoInput } from './contract-parts';

const CardRef = z.object({ cardId: SpeechCardIdSchema }).strict();
const Title = z.string().max(SPEECH_TITLE_MAX, `a title has at most ${SPEECH_TITLE_MAX} characters`);

/** A point as the card editor sends it: a new one has no id; passages are named, the service adds their citation and excerpt. */
export const SpeechPointInputSchema = z
  .object({
    id: SpeechPointIdSchema.optional(),
    text: z.string().max(SPEECH_POINT_MAX, `a point has at most ${SPEECH_POINT_MAX.toLocaleString('en')} characters`),
    passages: z
      .array(z.object({ documentId: DocumentIdSchema, paragraphId: z.string().min(1).max(200) }).strict())
      .max(SPEECH_LINKS_MAX, `a point links at most ${SPEECH_LINKS_MAX} passages`),
    annotationIds: z.array(AnnotationIdSchema).max(SPEECH_LINKS_MAX, `a point links at most ${SPEECH_LINKS_MAX} annotations`),
  })
  .strict();
export type SpeechPointInput = z.infer<typeof SpeechPointInputSchema>;

export const speechApi = {
  /** The speech cards, newest change first (removed ones left out). */
  'speech.list': { effect: 'read', input: NoInput, output: z.array(SpeechCardSchema) },
  /** A new card with one empty point and the usual 3 minutes. */
  'speech.create': {
    effect: 'write',
    input: z.object({ title: Title.default(''), language: LanguageSchema }).strict(),
    output: SpeechCardSchema,
  },
  /** The title, the minutes given or the language (leave one out to keep it). */
  'speech.update': {
    effect: 'write',
    input: z
      .object({
        cardId: SpeechCardIdSchema,
        title: Title.optional(),
        minutes: SpeechMinutesSchema.optional(),
        language: LanguageSchema.optional(),
      })
      .strict(),
    output: SpeechCardSchema,
  },
  /** Replaces the points, in speaking order (priority first): text, passages and annotations of each. */
  'speech.setPoints': {
    effect: 'write',
    input: z
      .object({
        cardId: SpeechCardIdSchema,
        points: z.array(SpeechPointInputSchema).max(SPEECH_POINTS_MAX, `a card holds at most ${SPEECH_POINTS_MAX} points`),
      })
      .strict(),
    output: SpeechCardSchema,
  },
  /** Removes a card (soft delete): it waits in the bin, and `bin.restore` brings it back as it was. */
  'speech.remove': { effect: 'write', input: CardRef, output: SpeechCardSchema },
  /** The card as a DOCX in the official layout, with each point's time at the deputy's speaking rate. */
  'speech.exportDocx': { effect: 'read', input: CardRef, output: DeliverySchema },
} as const satisfies ApiEntries<'speech'>;
