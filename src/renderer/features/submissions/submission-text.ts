import type { TFunction } from 'i18next';
import type { SubmissionView } from '../../../shared/contract/submission-api';
import type { Language } from '../../../shared/domain/settings';
import { formatDocumentDate } from '../../../shared/i18n/document-date';

type Reminder = SubmissionView['status']['reminders'][number];

/** The UI language as a document language (Chinese or English). */
export const uiLanguage = (language: string): Language => (language.startsWith('zh') ? 'zh-CN' : 'en');

/** A calendar date (YYYY-MM-DD) as the UI language writes it; '' for none. */
export const calendarDate = (iso: string, language: string): string => formatDocumentDate(iso, uiLanguage(language));

/** One reminder in words: what is due, when, and how many days are left or past. */
export function reminderText(reminder: Reminder, t: TFunction, language: string): string {
  const state = reminder.overdue ? 'overdue' : 'soon';
  return t(`submissions.reminder.${reminder.kind}.${state}`, {
    date: calendarDate(reminder.dueOn, language),
    days: Math.abs(reminder.days),
    text: reminder.text ?? '',
  });
}
