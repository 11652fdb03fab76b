import { z } from 'zod';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

export const TEXT_SIZE_MIN = 12;
export const TEXT_SIZE_MAX = 32;
export const TEXT_SIZE_DEFAULT = 18;

/** The deputy's interface preferences. `language: null` means "follow the system language". */
export const SettingsSchema = z.object({
  language: LanguageSchema.nullable(),
  textSize: z.number().int().min(TEXT_SIZE_MIN).max(TEXT_SIZE_MAX),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { language: null, textSize: TEXT_SIZE_DEFAULT };
