import { z } from 'zod';
import {
  CharsPerMinuteSchema,
  InterfaceZoomSchema,
  LanguageSchema,
  MIN_CO_SIGNERS_RANGE,
  PaneLayoutSchema,
  ProposalDeadlineSchema,
  SettingsSchema,
  TEXT_SIZE_MAX,
  TEXT_SIZE_MIN,
  WordsPerMinuteSchema,
} from '../domain/settings';
import { type ApiEntries, NoInput } from './contract-parts';

export const settingsApi = {
  'settings.get': {
    effect: 'read',
    input: NoInput,
    output: SettingsSchema,
  },
  'settings.update': {
    effect: 'write',
    input: z
      .object({
        language: LanguageSchema.nullable().optional(),
        textSize: z.number().int().min(TEXT_SIZE_MIN).max(TEXT_SIZE_MAX).optional(),
        proposalMinCoSigners: z.number().int().min(MIN_CO_SIGNERS_RANGE.min).max(MIN_CO_SIGNERS_RANGE.max).optional(),
        interfaceZoom: InterfaceZoomSchema.optional(),
        paneLayout: PaneLayoutSchema.optional(),
        proposalDeadline: ProposalDeadlineSchema.optional(),
        speechCharsPerMinute: CharsPerMinuteSchema.optional(),
        speechWordsPerMinute: WordsPerMinuteSchema.optional(),
      })
      .strict(),
    output: SettingsSchema,
  },
} as const satisfies ApiEntries<'settings'>;
