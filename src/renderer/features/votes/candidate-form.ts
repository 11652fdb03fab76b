import { CANDIDATE_DESCRIPTION_MAX, CANDIDATE_NAME_MAX, type CandidateContent } from '../../../shared/domain/vote';
import { parseAmount, parseCompletion } from '../../../shared/votes/candidate-fields';
import type { CandidateProblemCode } from '../../../shared/votes/parse-candidates';

/** What the candidate form holds: text as typed (the amount and the date are read on save). */
export interface CandidateFormValues {
  name: string;
  description: string;
  investment: string;
  completion: string;
}

export type CandidateFormErrors = Partial<Record<keyof CandidateFormValues, CandidateProblemCode>>;

export const EMPTY_CANDIDATE_FORM: CandidateFormValues = { name: '', description: '', investment: '', completion: '' };

const nameKey = (name: string): string => name.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** The form of a stored candidate: the amount in 万元 as a plain number, the date as stored. */
export function candidateToForm(candidate: CandidateContent): CandidateFormValues {
  return {
    name: candidate.name,
    description: candidate.description,
    investment: candidate.investment === null ? '' : String(candidate.investment),
    completion: candidate.completion,
  };
}

/**
 * Reads the form the way the paste parser reads a line's fields ("1,200万元", "0.12亿元" → 1200;
 * "2024年底" → 2024-12), with the paste parser's problem codes for what cannot be read.
 * `otherNames`: the ballot's other live candidates (a name must differ from theirs).
 */
export function readCandidateForm(
  values: CandidateFormValues,
  otherNames: readonly string[],
): { ok: true; content: CandidateContent } | { ok: false; errors: CandidateFormErrors } {
  const errors: CandidateFormErrors = {};
  const name = values.name.replace(/\s+/g, ' ').trim();
  if (name === '') errors.name = 'noName';
  else if (name.length > CANDIDATE_NAME_MAX) errors.name = 'nameTooLong';
  else if (otherNames.some((other) => nameKey(other) === nameKey(name))) errors.name = 'duplicateName';

  const description = values.description.trim();
  if (description.length > CANDIDATE_DESCRIPTION_MAX) errors.description = 'descriptionTooLong';

  let investment: number | null = null;
  if (values.investment.trim() !== '') {
    const amount = parseAmount(values.investment, true);
    if (amount.kind === 'amount') investment = amount.value;
    else errors.investment = 'investmentNotNumber';
  }

  let completion = '';
  if (values.completion.trim() !== '') {
    const date = parseCompletion(values.completion, true);
    if (date.kind === 'date') completion = date.value;
    else errors.completion = 'completionNotDate';
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, content: { name, description, investment, completion } };
}

/** Reads "10", " 7 " as M; anything else (empty, 0, 2.5, letters) is not a valid M. */
export function readMaxChoices(text: string): { ok: true; value: number } | { ok: false; zero: boolean } {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { ok: false, zero: false };
  const value = Number(trimmed);
  if (value === 0) return { ok: false, zero: true };
  return { ok: true, value };
}

/** The pasted text with line `line` (1-based) replaced: how a corrected unparsed line goes back into the list. */
export function replaceLine(text: string, line: number, replacement: string): string {
  const lines = text.split(/\r\n|[\n\r\u2028\u2029]/);
  if (line < 1 || line > lines.length) return text;
  lines[line - 1] = replacement.replace(/[\r\n]+/g, ' ');
  return lines.join('\n');
}

/** Only the given lines (1-based) of the text, in order: what stays in the paste box after the rest was added. */
export function keepLines(text: string, lineNumbers: readonly number[]): string {
  const lines = text.split(/\r\n|[\n\r\u2028\u2029]/);
  return lineNumbers.map((n) => lines[n - 1] ?? '').join('\n');
}
