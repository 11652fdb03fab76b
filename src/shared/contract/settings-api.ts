import { z } from 'zod';
import {
  InterfaceZoomSchema,
  LanguageSchema,
  MIN_CO_SIGNERS_RANGE,
  PaneLayoutSchema,
  SettingsSchema,
  TEXT_SIZE_MAX,
  TEXT_SIZE_MIN,
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
      })
      .strict(),
    output: SettingsSchema,
  },
} as const satisfies ApiEntries<'settings'>;
