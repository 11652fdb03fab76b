/**
 * 表决笔记 / voting notes: the deputy's intentions and reasons on each agenda item, the linked report
 * passages and annotations, and the livelihood-projects ballot as marked with its verdict. Private
 * notes, in the official layout of the drafts (official-document.ts, official-blocks.ts).
 */
import type { Table } from 'docx';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Language } from '../../../shared/domain/settings';
import type { Ballot, Candidate, VoteItem } from '../../../shared/domain/vote';
import { ballotChoices } from '../../../shared/votes/ballot-choices';
import { evaluateBallot } from '../../../shared/votes/ballot-evaluation';
import { itemTitle } from '../../../shared/votes/default-agenda';
import { summarizeIntentions } from '../../../shared/votes/summarize-intentions';
import { votesExportText, type VotesExportText } from '../../../shared/votes/votes-export-text';
import type { ExportLabels } from './labels';
import { labelsFor } from './labels';
import type { Block } from './official-document';
import { buildOfficialDocx } from './official-document';
import type { Typography } from './official-layout';
import { typographyFor } from './official-layout';
import { bodyParagraphs, headingParagraph, lineParagraph, titleParagraph } from './official-blocks';
import { officialTable } from './official-table';
import { singleLine, splitParagraphs } from './xml-text';

export interface VotingNotesInput {
  /** The agenda in order; removed items are left out here. */
  readonly items: readonly VoteItem[];
  /** Annotations by id, for the linked ones (a deleted one is named as such). */
  readonly annotations: ReadonlyMap<string, Annotation>;
  readonly language: Language;
}

interface Context {
  t: Typography;
  labels: ExportLabels;
  text: VotesExportText;
  annotations: ReadonlyMap<string, Annotation>;
}

function candidateMark(c: Candidate, ballot: Ballot, text: VotesExportText): string {
  if (ballot.mode === 'rank') return c.rank === null ? text.notRanked : text.rank(c.rank);
  if (ballot.mode === 'chooseUpTo') return c.mark === 'approve' ? text.mark.chosen : text.mark.notChosen;
  return text.mark[c.mark ?? 'unmarked'];
}

/** Column widths in twips (No., investment, completion, mark; the project takes the rest): one line a row for the usual amounts and dates. */
const CANDIDATE_COLUMNS: Record<Language, readonly [number, number, number, number]> = {
  'zh-CN': [750, 1600, 2500, 1400],
  en: [600, 2200, 2000, 1500],
};

function candidatesTable(t: Typography, text: VotesExportText, ballot: Ballot, live: readonly Candidate[]): Table {
  const [serial, investment, completion, mark] = CANDIDATE_COLUMNS[t.language];
  return officialTable(
    t,
    [
      { header: text.table.serial, width: serial, align: 'center' },
      { header: text.table.project, align: 'left' },
      { header: text.table.investment, width: investment, align: 'center' },
      { header: text.table.completion, width: completion, align: 'center' },
      { header: text.table.mark, width: mark, align: 'center' },
    ],
    live.map((c, i) => [
      String(i + 1),
      text.project(singleLine(c.name), splitParagraphs(c.description).join(' ')),
      c.investment === null ? '' : text.amount(c.investment),
      c.completion === '' ? '' : text.completion(c.completion),
      candidateMark(c, ballot, text),
    ]),
  );
}

function ballotBlocks({ t, labels, text }: Context, ballot: Ballot): Block[] {
  const evaluation = evaluateBallot(ballot);
  const live = ballot.candidates.filter((c) => c.deletedAt === null);
  const blocks: Block[] = [...bodyParagraphs(t, text.rule(ballot.mode, ballot.maxChoices, live.length))];
  // What the ballot says first, then every candidate with its mark.
  for (const line of text.choices(ballot.mode, ballotChoices(ballot))) blocks.push(...bodyParagraphs(t, line));
  blocks.push(headingParagraph(t, text.ballotCandidates, 2));
  if (live.length === 0) blocks.push(...bodyParagraphs(t, text.noCandidates));
  else blocks.push(candidatesTable(t, text, ballot, live));
  const { counts } = evaluation;
  blocks.push(...bodyParagraphs(t, text.counts(ballot.mode, counts)));
  blocks.push(...bodyParagraphs(t, labels.field(text.verdictLabel, text.verdict[evaluation.verdict])));
  for (const problem of evaluation.problems) blocks.push(...bodyParagraphs(t, text.problem(problem), '— '));
  return blocks;
}

function linkBlocks({ t, labels, text, annotations }: Context, item: VoteItem): Block[] {
  const blocks: Block[] = [];
  if (item.paragraphLinks.length > 0) {
    blocks.push(...bodyParagraphs(t, labels.field(text.paragraphs, '')));
    for (const link of item.paragraphLinks) {
      const source = labels.source(link.citation, link.documentTitle);
      blocks.push(...bodyParagraphs(t, link.excerpt === '' ? source : labels.cited(singleLine(link.excerpt), source), '— '));
    }
  }
  if (item.annotationIds.length > 0) {
    blocks.push(...bodyParagraphs(t, labels.field(text.annotations, '')));
    for (const id of item.annotationIds) {
      const annotation = annotations.get(id);
      if (!annotation) {
        blocks.push(...bodyParagraphs(t, text.removedAnnotation, '— '));
        continue;
      }
      const note = splitParagraphs(annotation.note).join(' ');
      const quote = labels.quote(singleLine(annotation.target.quote.exact));
      blocks.push(...bodyParagraphs(t, labels.field(labels.notes.kind[annotation.kind], note === '' ? quote : `${quote} ${note}`), '— '));
    }
  }
  return blocks;
}

function itemBlocks(context: Context, item: VoteItem, n: number): Block[] {
  const { t, labels, text } = context;
  const blocks: Block[] = [headingParagraph(t, `${labels.sectionNumber(n)}${singleLine(itemTitle(item, t.language))}`, 1)];
  // A ballot's marks are its intention; "for / against" means nothing there.
  if (!item.ballot) blocks.push(...bodyParagraphs(t, labels.field(text.intentionLabel, text.intention[item.intention])));
  const reasons = splitParagraphs(item.rationale);
  if (reasons.length === 0) blocks.push(...bodyParagraphs(t, labels.field(text.reasons, text.noReasons)));
  else blocks.push(...bodyParagraphs(t, item.rationale, labels.field(text.reasons, '')));
  blocks.push(...linkBlocks(context, item));
  if (item.ballot) blocks.push(...ballotBlocks(context, item.ballot));
  return blocks;
}

/** Builds the voting notes as a DOCX in `language`. */
export async function buildVotingNotesDocx(input: VotingNotesInput): Promise<Buffer> {
  const { language } = input;
  const t = typographyFor(language);
  const context: Context = { t, labels: labelsFor(language), text: votesExportText(language), annotations: input.annotations };
  const items = input.items.filter((item) => item.deletedAt === null);
  const { counts, total, ballots } = summarizeIntentions(items);
  const blocks: Block[] = [
    titleParagraph(t, context.text.title, 0),
    lineParagraph(t, context.text.privateNote, { align: 'center' }),
    ...bodyParagraphs(t, context.text.summary(counts, total, ballots)),
  ];
  items.forEach((item, i) => blocks.push(...itemBlocks(context, item, i + 1)));
  return buildOfficialDocx({ language, title: `${context.text.title} ${context.text.privateNote}`, blocks });
}
