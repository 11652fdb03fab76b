import { NOTE_MAX_LENGTH, normalizeTags } from '../../../shared/domain/annotation';
import { TAG_MAX_LENGTH, TAGS_MAX_COUNT } from '../../../shared/domain/limits';

export type FormProblem = { key: 'noteTooLong'; count: number } | { key: 'tagTooLong'; tag: string } | { key: 'tooManyTags' };

/** What separates tags: commas (also full-width and the enumeration comma 、), semicolons, line breaks. */
const TAG_SEPARATOR = /[,，、;；\n]/;
export const TAG_SEPARATOR_KEYS: ReadonlySet<string> = new Set([',', '，', '、', ';', '；']);

/** Splits the tag field ("budget, roads; 交通、就业") into tags: trimmed, de-duplicated, empty ones dropped. */
export function parseTags(input: string): string[] {
  return normalizeTags(input.split(TAG_SEPARATOR));
}

/** The tag field as typed or pasted: the tags finished by a separator, and the text after the last one. */
export function splitTagInput(value: string): { complete: string[]; rest: string } {
  const pieces = value.split(TAG_SEPARATOR);
  const rest = pieces.pop() ?? '';
  return { complete: normalizeTags(pieces), rest };
}

/** What stops the form from being saved, in the order to show it. */
export function formProblems(note: string, tags: readonly string[]): FormProblem[] {
  const problems: FormProblem[] = [];
  if (note.length > NOTE_MAX_LENGTH) problems.push({ key: 'noteTooLong', count: note.length });
  for (const tag of tags) if (tag.length > TAG_MAX_LENGTH) problems.push({ key: 'tagTooLong', tag });
  if (tags.length > TAGS_MAX_COUNT) problems.push({ key: 'tooManyTags' });
  return problems;
}
