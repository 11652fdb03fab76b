import { NOTE_MAX_LENGTH, TAG_MAX_LENGTH, TAGS_MAX_COUNT, normalizeTags } from '../../../shared/domain/annotation';

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

/** The text of a revision file is usable: no NUL bytes, and mostly printable. */
export type TextFileCheck = 'ok' | 'empty' | 'binary';

export function checkTextFile(text: string): TextFileCheck {
  if (text.includes('\u0000')) return 'binary';
  if (text.trim() === '') return 'empty';
  const sample = text.slice(0, 100_000);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd || (code >= 0x7f && code < 0xa0)) bad++;
  }
  return bad > sample.length * 0.05 ? 'binary' : 'ok';
}
