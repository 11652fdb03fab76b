import { z } from 'zod';
import { CANDIDATE_DESCRIPTION_MAX, CANDIDATE_NAME_MAX, CANDIDATES_MAX, CandidateContentSchema } from '../domain/vote';
import { isDateLabel, isInvestmentLabel, normalizeWidth, parseAmount, parseCompletion } from './candidate-fields';

/** Why a pasted line did not become a candidate; the UI translates `votes.candidateProblem.<code>`. */
export const CANDIDATE_PROBLEM_CODES = [
  'noName',
  'investmentNotNumber',
  'completionNotDate',
  'duplicateName',
  'nameTooLong',
  'descriptionTooLong',
  'lineTooLong',
  'looksLikeHeader',
  'tooManyCandidates',
] as const;
export const CandidateProblemCodeSchema = z.enum(CANDIDATE_PROBLEM_CODES);
export type CandidateProblemCode = z.infer<typeof CandidateProblemCodeSchema>;

export const ParsedCandidateSchema = CandidateContentSchema.extend({
  /** 1-based line of the pasted text. */
  line: z.number().int(),
});
export type ParsedCandidate = z.infer<typeof ParsedCandidateSchema>;

export const UnparsedLineSchema = z.object({
  line: z.number().int(),
  /** The line as pasted, for correction. */
  text: z.string(),
  code: CandidateProblemCodeSchema,
  /** Plain English, for the API error text. */
  message: z.string(),
  /** The offending part (the amount, the date or the duplicated name). */
  field: z.string().optional(),
});
export type UnparsedLine = z.infer<typeof UnparsedLineSchema>;

export const CandidateParseResultSchema = z.object({
  candidates: z.array(ParsedCandidateSchema),
  /** Every non-blank line that is not a candidate, with the reason: nothing is dropped. */
  unparsed: z.array(UnparsedLineSchema),
});
export type CandidateParseResult = z.infer<typeof CandidateParseResultSchema>;

export const LINE_MAX = 1_000;

export function describeCandidateProblem(code: CandidateProblemCode, field = ''): string {
  const quoted = field === '' ? '' : ` "${field}"`;
  switch (code) {
    case 'noName':
      return 'the line has no project name';
    case 'investmentNotNumber':
      return `the investment${quoted} is not a number (write it in 10,000 yuan, e.g. 1200 or 1200万元)`;
    case 'completionNotDate':
      return `the completion date${quoted} is not a date (write e.g. 2024年12月, 2024-12 or 2024年底)`;
    case 'duplicateName':
      return `a candidate named${quoted} is already on the ballot`;
    case 'nameTooLong':
      return `the name is longer than ${CANDIDATE_NAME_MAX} characters`;
    case 'descriptionTooLong':
      return `the description is longer than ${CANDIDATE_DESCRIPTION_MAX.toLocaleString('en')} characters`;
    case 'lineTooLong':
      return `the line is longer than ${LINE_MAX.toLocaleString('en')} characters`;
    case 'looksLikeHeader':
      return 'the line looks like a table header (column names), not a candidate';
    case 'tooManyCandidates':
      return `a ballot holds at most ${CANDIDATES_MAX} candidates`;
  }
}

/** "1." "1、" "（1）" "(1)" "①" "一、" "(一)" "No. 1" "- " "• " at the start of a line. */
const NUMBERING =
  /^\s*(?:[（(]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]|(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[、)）]|\d{1,3}\s*\.(?!\d)|[\u2460-\u2473\u3251-\u325f\u2474-\u2487\u2488-\u249b]|no\.\s*\d{1,3}\s*[.:：]?|#\d{1,3}\s*[.:：]?|[-•·*]\s)\s*/i;
/** Field separators, strongest first: tab, |, semicolons, commas (not inside "1,200"), colons, 2+ spaces. */
const STRONG_SEPARATOR = /(\t|\s*\|\s*|\s*[；;]\s*|\s*，\s*|\s*(?<!\d),\s*|\s*,(?!\d{3}(?!\d))\s*|\s*[：:]\s*| {2,}|\u3000+)/;
const ENUMERATION_COMMA = /(\s*、\s*)/;
const NAME_LABEL =
  /^(?:序号|编号|项目名称|项目|名称|项目内容|建设内容|主要内容|内容|简介|描述|说明|备注|no\.?|#|name|project(?: name)?|description|details|notes?)(?:\s*[（(][^）)]*[）)])?$/i;
const HAS_LETTER = /[\p{L}]/u;

interface Field {
  text: string;
  /** The separator that stood before it (to rebuild descriptions as written). */
  before: string;
}

function splitFields(line: string): Field[] {
  const tiers = [STRONG_SEPARATOR, ENUMERATION_COMMA];
  for (const separator of tiers) {
    const parts = line.split(separator);
    if (parts.length >= 3) return toFields(parts);
  }
  return peelTrailing(line.trim());
}

function toFields(parts: string[]): Field[] {
  const fields: Field[] = [];
  // Even parts are the fields, odd ones the separators between them.
  parts.forEach((part, i) => {
    const text = part.trim();
    if (i % 2 === 0 && text !== '') fields.push({ text, before: fields.length === 0 ? '' : (parts[i - 1] ?? '') });
  });
  return fields;
}

/** "城乡公交 1200万元 2024年底": a line without separators may still end with an amount and a date. */
function peelTrailing(line: string): Field[] {
  const tokens = line.split(/\s+/);
  const tail: Field[] = [];
  while (tokens.length > 1) {
    const two = tokens.length > 2 ? `${tokens.at(-2)} ${tokens.at(-1)}` : null;
    if (two !== null && parseCompletion(two).kind === 'date') {
      tail.unshift({ text: two, before: ' ' });
      tokens.splice(-2);
      continue;
    }
    const last = tokens.at(-1) ?? '';
    if (parseCompletion(last).kind !== 'date' && parseAmount(last).kind !== 'amount') break;
    tail.unshift({ text: last, before: ' ' });
    tokens.pop();
  }
  return [{ text: tokens.join(' '), before: '' }, ...tail];
}

const nameKey = (name: string): string => name.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

type LineOutcome = { candidate: Omit<ParsedCandidate, 'line'> } | { code: CandidateProblemCode; field?: string } | null;

/** One line → a candidate, a problem, or null for a blank line. */
function parseLine(raw: string): LineOutcome {
  const line = normalizeWidth(raw).trim();
  if (line === '') return null;
  if (line.length > LINE_MAX) return { code: 'lineTooLong' };
  const fields = splitFields(line.replace(NUMBERING, ''));
  const isLabel = (f: Field) => NAME_LABEL.test(f.text) || isInvestmentLabel(f.text) || isDateLabel(f.text);
  const labels = fields.filter(isLabel).length;
  if (labels >= 2 && labels === fields.length) return { code: 'looksLikeHeader' };

  let hint: 'investment' | 'completion' | null = null;
  let investment: number | null = null;
  let completion = '';
  let name: string | null = null;
  const description: Field[] = [];
  for (const field of fields) {
    if (isLabel(field)) {
      hint = isInvestmentLabel(field.text) ? 'investment' : isDateLabel(field.text) ? 'completion' : null;
      continue;
    }
    const labelled = hint;
    hint = null;
    const amount = parseAmount(field.text, labelled === 'investment');
    const date = parseCompletion(field.text, labelled === 'completion');
    if (name === null && labelled === null && amount.kind === 'other' && date.kind !== 'date') {
      name = field.text;
      continue;
    }
    if (name === null) return { code: 'noName' };
    if (labelled === 'completion' || (date.kind === 'date' && !date.bare && completion === '')) {
      if (date.kind !== 'date') return { code: 'completionNotDate', field: field.text };
      completion = date.value;
    } else if (amount.kind === 'amount' && investment === null) {
      investment = amount.value;
    } else if (date.kind === 'date' && completion === '') {
      completion = date.value;
    } else if (amount.kind === 'notNumber') {
      return { code: 'investmentNotNumber', field: field.text };
    } else if (date.kind === 'notDate') {
      return { code: 'completionNotDate', field: field.text };
    } else {
      description.push(field);
    }
  }
  if (name === null || !HAS_LETTER.test(name)) return { code: 'noName' };
  if (name.length > CANDIDATE_NAME_MAX) return { code: 'nameTooLong' };
  const text = description.map((f, i) => (i === 0 ? f.text : `${f.before.trim() || ' '}${f.text}`)).join('');
  if (text.length > CANDIDATE_DESCRIPTION_MAX) return { code: 'descriptionTooLong' };
  return { candidate: { name: name.replace(/\s+/g, ' '), description: text, investment, completion } };
}

/**
 * Reads a pasted list of candidate projects, one a line, in the messy forms such lists come in
 * (tabs, commas, 、：；, numbering, amounts in 万元 or 亿元, dates as 2024年12月 / 2024-12 / 2024年底).
 * Blank lines are skipped; every other line comes back as a candidate or as unparsed with its reason.
 * `existingNames` (the ballot's candidates) and earlier lines make a repeated name a `duplicateName`.
 */
export function parseCandidateList(text: string, options: { existingNames?: readonly string[]; room?: number } = {}): CandidateParseResult {
  const seen = new Set((options.existingNames ?? []).map(nameKey));
  let room = options.room ?? CANDIDATES_MAX - seen.size;
  const candidates: ParsedCandidate[] = [];
  const unparsed: UnparsedLine[] = [];
  text.split(/\r\n|[\n\r\u2028\u2029]/).forEach((raw, index) => {
    const line = index + 1;
    const outcome = parseLine(raw);
    if (outcome === null) return;
    const reject = (code: CandidateProblemCode, field?: string) =>
      unparsed.push({ line, text: raw, code, message: describeCandidateProblem(code, field), ...(field === undefined ? {} : { field }) });
    if ('code' in outcome) return reject(outcome.code, outcome.field);
    const key = nameKey(outcome.candidate.name);
    if (seen.has(key)) return reject('duplicateName', outcome.candidate.name);
    if (room <= 0) return reject('tooManyCandidates');
    seen.add(key);
    room -= 1;
    candidates.push({ ...outcome.candidate, line });
  });
  return { candidates, unparsed };
}
