/**
 * 表决笔记 / voting notes: the deputy's intentions and reasons on each agenda item, the linked report
 * passages and annotations, and the livelihood-projects ballot as marked with its verdict. Private
 * notes, in the official layout of the drafts (official-document.ts, official-blocks.ts). The words and
 * their order are shared with the print sheet (src/shared/votes/votes-lines.ts).
 */
import { CANDIDATE_WIDTHS, votesLines, type VotesLine, type VotesLinesInput } from '../../../shared/votes/votes-lines';
import type { Block } from './official-document';
import { buildOfficialDocx } from './official-document';
import type { Typography } from './official-layout';
import { typographyFor } from './official-layout';
import { bodyParagraphs, headingParagraph, lineParagraph, titleParagraph } from './official-blocks';
import { officialTable, type TableColumn } from './official-table';

export type VotingNotesInput = VotesLinesInput;

function candidateColumns(t: Typography, header: readonly string[]): TableColumn[] {
  const { serial, investment, completion, mark } = CANDIDATE_WIDTHS[t.language];
  const [serialHeader = '', project = '', investmentHeader = '', completionHeader = '', markHeader = ''] = header;
  return [
    { header: serialHeader, width: serial, align: 'center' },
    { header: project, align: 'left' },
    { header: investmentHeader, width: investment, align: 'center' },
    { header: completionHeader, width: completion, align: 'center' },
    { header: markHeader, width: mark, align: 'center' },
  ];
}

function blocksOf(t: Typography, line: VotesLine): Block[] {
  switch (line.role) {
    case 'title':
      return [titleParagraph(t, line.text, 0)];
    case 'edition':
      return [lineParagraph(t, line.text, { align: 'center' })];
    case 'heading':
      return [headingParagraph(t, line.text, line.level)];
    case 'body':
      return bodyParagraphs(t, line.text, line.prefix);
    case 'table':
      return [officialTable(t, candidateColumns(t, line.header), line.rows)];
  }
}

/** Builds the voting notes as a DOCX in `language`. */
export async function buildVotingNotesDocx(input: VotingNotesInput): Promise<Buffer> {
  const { language } = input;
  const t = typographyFor(language);
  const lines = votesLines(input);
  const title = lines
    .filter((line) => line.role === 'title' || line.role === 'edition')
    .map((line) => line.text)
    .join(' ');
  return buildOfficialDocx({ language, title, blocks: lines.flatMap((line) => blocksOf(t, line)) });
}
