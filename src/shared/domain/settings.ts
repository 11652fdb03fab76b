import { z } from 'zod';
import { DEFAULT_PROPOSAL_MIN_CO_SIGNERS } from './limits';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

export const TEXT_SIZE_MIN = 12;
export const TEXT_SIZE_MAX = 32;
export const TEXT_SIZE_DEFAULT = 18;

export const MIN_CO_SIGNERS_RANGE = { min: 1, max: 100 } as const;

/** Interface zoom, in percent of the normal size (Ctrl/Cmd + = / - / 0): the whole window, not only the report. */
export const INTERFACE_ZOOM_STEPS = [80, 90, 100, 110, 125, 150, 175, 200] as const;
export const INTERFACE_ZOOM_MIN = 80;
export const INTERFACE_ZOOM_MAX = 200;
export const INTERFACE_ZOOM_DEFAULT = 100;
export const InterfaceZoomSchema = z.number().int().min(INTERFACE_ZOOM_MIN).max(INTERFACE_ZOOM_MAX);

/** Widths (CSS px) the outline and the side panel may be given by their splitters. */
export const PANE_WIDTHS = {
  outline: { min: 160, max: 480, default: 300 },
  panel: { min: 260, max: 640, default: 380 },
} as const;

/** The reader's columns as the deputy left them: the outline's width (or hidden) and the side panel's width. */
export const PaneLayoutSchema = z.object({
  outlineWidth: z.number().int().min(PANE_WIDTHS.outline.min).max(PANE_WIDTHS.outline.max),
  outlineCollapsed: z.boolean(),
  panelWidth: z.number().int().min(PANE_WIDTHS.panel.min).max(PANE_WIDTHS.panel.max),
});
export type PaneLayout = z.infer<typeof PaneLayoutSchema>;
export const DEFAULT_PANE_LAYOUT: PaneLayout = {
  outlineWidth: PANE_WIDTHS.outline.default,
  outlineCollapsed: false,
  panelWidth: PANE_WIDTHS.panel.default,
};

/** A speaking rate: Chinese characters a minute (default ~250) and English words a minute (default 130). */
export const SPEAKING_RATE = {
  charsPerMinute: { min: 100, max: 600, default: 250 },
  wordsPerMinute: { min: 60, max: 300, default: 130 },
} as const;
export const CharsPerMinuteSchema = z.number().int().min(SPEAKING_RATE.charsPerMinute.min).max(SPEAKING_RATE.charsPerMinute.max);
export const WordsPerMinuteSchema = z.number().int().min(SPEAKING_RATE.wordsPerMinute.min).max(SPEAKING_RATE.wordsPerMinute.max);
/** The session's deadline for proposals, local time as a date-time input gives it (`YYYY-MM-DDTHH:mm`), or '' when not set. */
export const ProposalDeadlineSchema = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'not a date and time'), z.literal('')]);

/** The deputy's preferences. `language: null` means "follow the system language". */
export const SettingsSchema = z.object({
  language: LanguageSchema.nullable(),
  textSize: z.number().int().min(TEXT_SIZE_MIN).max(TEXT_SIZE_MAX),
  /** Co-signatures a proposal needs (10 at a municipal congress; delegations' rules may differ). */
  proposalMinCoSigners: z.number().int().min(MIN_CO_SIGNERS_RANGE.min).max(MIN_CO_SIGNERS_RANGE.max),
  // Added later: a file written before they existed reads with the defaults (no schema bump needed).
  interfaceZoom: InterfaceZoomSchema.default(INTERFACE_ZOOM_DEFAULT),
  paneLayout: PaneLayoutSchema.default(DEFAULT_PANE_LAYOUT),
  // Optional without a default: a file that never set them reads unchanged (the readers below give the defaults).
  proposalDeadline: ProposalDeadlineSchema.optional(),
  speechCharsPerMinute: CharsPerMinuteSchema.optional(),
  speechWordsPerMinute: WordsPerMinuteSchema.optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: null,
  textSize: TEXT_SIZE_DEFAULT,
  proposalMinCoSigners: DEFAULT_PROPOSAL_MIN_CO_SIGNERS,
  interfaceZoom: INTERFACE_ZOOM_DEFAULT,
  paneLayout: DEFAULT_PANE_LAYOUT,
};

/** The speaking rate the deputy set, or the defaults. */
export function speakingRate(settings: Pick<Settings, 'speechCharsPerMinute' | 'speechWordsPerMinute'>): {
  charsPerMinute: number;
  wordsPerMinute: number;
} {
  return {
    charsPerMinute: settings.speechCharsPerMinute ?? SPEAKING_RATE.charsPerMinute.default,
    wordsPerMinute: settings.speechWordsPerMinute ?? SPEAKING_RATE.wordsPerMinute.default,
  };
}
