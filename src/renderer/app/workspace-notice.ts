import type { TFunction } from 'i18next';

/**
 * The workspace's latest notice. It carries a catalogue key and its values, not a translated string,
 * so it reads in the interface language shown now, also after a language switch.
 */
export type WorkspaceNotice = NoticeWording & {
  /** info closes itself after a few seconds and on a view switch; warnings and errors stay until dismissed. */
  tone: 'info' | 'warning' | 'error';
  undo?: () => void;
};

export type NoticeWording =
  | {
      key: string;
      values?: Record<string, unknown>;
      /** Values that are catalogue keys themselves (e.g. a draft kind), translated when shown. */
      valueKeys?: Record<string, string>;
      text?: never;
    }
  /** Already worded text (an error put together from several messages); shown as given. */
  | { text: string; key?: never; values?: never; valueKeys?: never };

/** The notice's words in the current interface language. */
export function noticeText(notice: WorkspaceNotice, t: TFunction): string {
  if (notice.text !== undefined) return notice.text;
  const translated = Object.fromEntries(Object.entries(notice.valueKeys ?? {}).map(([name, key]) => [name, catalogueText(t, key)]));
  return catalogueText(t, notice.key, { ...notice.values, ...translated });
}

/** The text of a catalogue key that arrives as data (a notice, a checker finding from the main side). */
export function catalogueText(t: TFunction, key: string, values?: Record<string, unknown>): string {
  // Keys come from the call sites' literals; the catalogue tests keep both languages complete.
  const translate = t as unknown as (key: string, values?: Record<string, unknown>) => string;
  return translate(key, values);
}
