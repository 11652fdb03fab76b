/**
 * 表决笔记 / voting notes as lines with their role (title, the line under it, headings, body, the
 * candidates' table): what both the DOCX export (src/main/services/export/votes-docx.ts) and the print
 * sheet lay out, in the notes' language (the `export` catalogue). The words and their order are here only.
 */
import type { Annotation } from '../domain/annotation';
import type { Language } from '../domain/settings';
import type { Ballot, Candidate, VoteItem } from '../domain/vote';
import { chineseNumeral, romanNumeral } from '../i18n/numerals';
import { translator } from '../i18n/shared-i18n';
import { ballotChoices } from './ballot-choices';
import { evaluateBallot } from './ballot-evaluation';
import { itemTitle } from './default-agenda';
import { summarizeIntentions } from './summarize-intentions';
import { votesExportText, type VotesExportText } from './votes-export-text';

export interface VotesLinesInput {
  /** The agenda in order; removed items are left out here. */
  readonly items: readonly VoteItem[];
  /** Annotations by id, for the linked ones (a deleted one is named as such). */
  readonly annotations: ReadonlyMap<string, Annotation>;
  readonly language: Language;
}

/** The candidates' table columns: No., project, investment, completion, the deputy's mark. */
export const CANDIDATE_COLUMNS = ['serial', 'project', 'investment', 'completion', 'mark'] as const;

/**
 * The columns' widths in twips (No., investment, completion, mark; the project takes the rest of the
 * 156 mm block): one line a row for the usual amounts and dates. The DOCX and the print sheet both use them.
 */
export const CANDIDATE_WIDTHS: Record<Language, { serial: number; investment: number; completion: number; mark: number }> = {
  'zh-CN': { serial: 750, investment: 1600, completion: 2500, mark: 1400 },
  en: { serial: 600, investment: 2200, completion: 2000, mark: 1500 },
};

export type VotesLine =
  | { readonly role: 'title'; readonly text: string }
  /** Under the title: these are the deputy's own notes, not a ballot. */
  | { readonly role: 'edition'; readonly text: string }
  | { readonly role: 'heading'; readonly level: 1 | 2; readonly text: string }
  /** A body paragraph (its text may hold several paragraphs); `prefix` starts the first one. */
  | { readonly role: 'body'; readonly prefix: string; readonly text: string }
  /** The candidates of a ballot: the header, then one row of five cells per candidate. */
  | { readonly role: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };

const lineBreak = /\r\n|\r|\n|\u2028|\u2029/;
const paragraphsOf = (text: string) =>
  text
    .split(lineBreak)
    .map((p) => p.trim())
    .filter((p) => p !== '');
const singleLine = (text: string) => paragraphsOf(text).join(' ');
const withoutBookMarks = (title: string) => title.replace(/^《(.*)》$/, '$1');

function candidateMark(c: Candidate, ballot: Ballot, text: VotesExportText): string {
  if (ballot.mode === 'rank') return c.rank === null ? text.notRanked : text.rank(c.rank);
  if (ballot.mode === 'chooseUpTo') return c.mark === 'approve' ? text.mark.chosen : text.mark.notChosen;
  return text.mark[c.mark ?? 'unmarked'];
}

/** The voting notes of `items` in `language`, line by line. */
export function votesLines({ items, annotations, language }: VotesLinesInput): VotesLine[] {
  const text = votesExportText(language);
  const d = translator(language, 'export', 'draft');
  const n = translator(language, 'export', 'notes');
  const numeral = language === 'zh-CN' ? chineseNumeral : romanNumeral;
  const field = (label: string, value: string) => d('field', { label, value });
  const body = (value: string, prefix = ''): VotesLine => ({ role: 'body', prefix, text: value });
  const source = (citation: string, documentTitle: string) => {
    const title = withoutBookMarks(documentTitle);
    return d(documentTitle === '' ? 'source.citation' : citation === '' ? 'source.title' : 'source.both', { citation, title });
  };

  const ballotLines = (ballot: Ballot): VotesLine[] => {
    const evaluation = evaluateBallot(ballot);
    const live = ballot.candidates.filter((c) => c.deletedAt === null);
    // What the ballot says first, then every candidate with its mark.
    const lines: VotesLine[] = [body(text.rule(ballot.mode, ballot.maxChoices, live.length))];
    for (const line of text.choices(ballot.mode, ballotChoices(ballot))) lines.push(body(line));
    lines.push({ role: 'heading', level: 2, text: text.ballotCandidates });
    if (live.length === 0) lines.push(body(text.noCandidates));
    else
      lines.push({
        role: 'table',
        header: CANDIDATE_COLUMNS.map((column) => text.table[column]),
        rows: live.map((c, i) => [
          String(i + 1),
          text.project(singleLine(c.name), paragraphsOf(c.description).join(' ')),
          c.investment === null ? '' : text.amount(c.investment),
          c.completion === '' ? '' : text.completion(c.completion),
          candidateMark(c, ballot, text),
        ]),
      });
    lines.push(body(text.counts(ballot.mode, evaluation.counts)));
    lines.push(body(field(text.verdictLabel, text.verdict[evaluation.verdict])));
    for (const problem of evaluation.problems) lines.push(body(text.problem(problem), '— '));
    return lines;
  };

  const linkLines = (item: VoteItem): VotesLine[] => {
    const lines: VotesLine[] = [];
    if (item.paragraphLinks.length > 0) {
      lines.push(body(field(text.paragraphs, '')));
      for (const link of item.paragraphLinks) {
        const from = source(link.citation, link.documentTitle);
        lines.push(body(link.excerpt === '' ? from : d('cited', { quote: singleLine(link.excerpt), source: from }), '— '));
      }
    }
    if (item.annotationIds.length > 0) {
      lines.push(body(field(text.annotations, '')));
      for (const id of item.annotationIds) {
        const annotation = annotations.get(id);
        if (!annotation) {
          lines.push(body(text.removedAnnotation, '— '));
          continue;
        }
        const note = paragraphsOf(annotation.note).join(' ');
        const quote = d('quote', { text: singleLine(annotation.target.quote.exact) });
        lines.push(body(field(n(`kind.${annotation.kind}`), note === '' ? quote : `${quote} ${note}`), '— '));
      }
    }
    return lines;
  };

  const itemLines = (item: VoteItem, index: number): VotesLine[] => {
    const lines: VotesLine[] = [
      { role: 'heading', level: 1, text: `${d('sectionNumber', { numeral: numeral(index) })}${singleLine(itemTitle(item, language))}` },
    ];
    // A ballot's marks are its intention; "for / against" means nothing there.
    if (!item.ballot) lines.push(body(field(text.intentionLabel, text.intention[item.intention])));
    if (paragraphsOf(item.rationale).length === 0) lines.push(body(field(text.reasons, text.noReasons)));
    else lines.push(body(item.rationale, field(text.reasons, '')));
    lines.push(...linkLines(item));
    if (item.ballot) lines.push(...ballotLines(item.ballot));
    return lines;
  };

  const live = items.filter((item) => item.deletedAt === null);
  const { counts, total, ballots } = summarizeIntentions(live);
  return [
    { role: 'title', text: text.title },
    { role: 'edition', text: text.privateNote },
    body(text.summary(counts, total, ballots)),
    ...live.flatMap((item, i) => itemLines(item, i + 1)),
  ];
}
