import { z } from 'zod';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

export const TEXT_SIZE_MIN = 12;
export const TEXT_SIZE_MAX = 32;
export const TEXT_SIZE_DEFAULT = 18;

export const MIN_CO_SIGNERS_RANGE = { min: 1, max: 100 } as const;

/** The deputy's preferences. `language: null` means "follow the system language". */
export const SettingsSchema = z.object({
  language: LanguageSchema.nullable(),
  textSize: z.number().int().min(TEXT_SIZE_MIN).max(TEXT_SIZE_MAX),
  /** Co-signatures a proposal needs (10 at a municipal congress; delegations' rules may differ). */
  proposalMinCoSigners: z.number().int().min(MIN_CO_SIGNERS_RANGE.min).max(MIN_CO_SIGNERS_RANGE.max),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { language: null, textSize: TEXT_SIZE_DEFAULT, proposalMinCoSigners: 10 };
