/**
 * DOCX of a suggestion (建议) or a proposal (议案) in the official layout, labelled in the draft's
 * own language.
 */
import type { DraftContent } from '../../../shared/domain/draft';
import { coSignersTable, type CoSignMarks } from './co-signers-table';
import { draftSections } from './draft-sections';
import { fieldParagraphs } from './field-headings';
import type { ExportLabels } from './labels';
import { formatDocumentDate, labelsFor } from './labels';
import type { Block } from './official-document';
import { buildOfficialDocx } from './official-document';
import type { Typography } from './official-layout';
import { LINE_PITCH, typographyFor } from './official-layout';
import {
  HALF_WIDTH,
  blankLine,
  blankLineUnderRule,
  charsToTwips,
  headingParagraph,
  lineParagraph,
  titleParagraph,
} from './official-blocks';
import { singleLine } from './xml-text';
import { pairFormLines } from '../../../shared/drafts/form-lines';

type Field = readonly [label: string, value: string];

/** Form lines "label：value", two to a line where both fit half the block, with a rule under the last. */
function formLines(t: Typography, labels: ExportLabels, fields: readonly Field[]): Block[] {
  const texts = fields.filter(([, value]) => value !== '').map(([label, value]) => labels.field(label, value));
  const lines = pairFormLines(texts, (HALF_WIDTH - charsToTwips(t, 1)) / charsToTwips(t, 1));
  return lines.map((line, i) => lineParagraph(t, line.join('\t'), { tabs: [HALF_WIDTH], ruleBelow: i === lines.length - 1 }));
}

/** The date, right-aligned four characters in from the margin (成文日期右空四字). */
function dateLine(t: Typography, date: string): Block[] {
  const text = formatDocumentDate(date, t.language);
  return text === '' ? [] : [lineParagraph(t, text, { align: 'right', right: charsToTwips(t, 4), spaceBefore: LINE_PITCH })];
}

function proposalBlocks(t: Typography, labels: ExportLabels, draft: DraftContent, marks?: CoSignMarks): Block[] {
  // 二号 like the title, spaced out ("议  案"); a grid line high, so the page's first line starts at 37 mm.
  const blocks: Block[] = [
    lineParagraph(t, labels.kind.proposal, { style: t.title, align: 'center', spread: t.language === 'zh-CN' ? 440 : 60 }),
    lineParagraph(t, labels.blankNumber, { align: 'right', right: charsToTwips(t, 1) }),
    ...formLines(t, labels, [
      [labels.delegation, singleLine(draft.delegation)],
      [labels.leadDeputy, singleLine(draft.leadDeputy)],
      [labels.deputyNumber, singleLine(draft.deputyNumber)],
      [labels.contact, singleLine(draft.contact)],
    ]),
    blankLineUnderRule(t),
  ];
  if (singleLine(draft.title) !== '') blocks.push(titleParagraph(t, draft.title));
  blocks.push(...draftSections(t, labels, draft));
  // 署名 and 成文日期 end the text, kept with its last paragraph; the co-signers' list follows on a page
  // of its own, as an attachment does, so it can be printed alone and passed round for signatures.
  // (After the table, LibreOffice would not keep them with its last row: the date stood alone on a page.)
  const lead = singleLine(draft.leadDeputy);
  if (lead !== '')
    blocks.push(
      lineParagraph(t, labels.field(labels.leadDeputy, lead), {
        left: HALF_WIDTH,
        spaceBefore: LINE_PITCH,
        keepNext: true,
        signature: true,
      }),
    );
  blocks.push(...dateLine(t, draft.date));
  if (draft.coSigners.length > 0) {
    blocks.push(
      headingParagraph(t, labels.counted(labels.coSigners, draft.coSigners.length), 1, { newPage: true }),
      ...coSignersTable(t, labels, draft.coSigners, marks),
    );
  }
  // A legislative proposal's draft text of the regulation follows as an attachment, on a page of its own.
  const attached = draft.legislative === true ? (draft.attachedDraft?.text ?? '') : '';
  if (attached.trim() !== '')
    blocks.push(headingParagraph(t, labels.attachedDraft, 1, { newPage: true }), ...fieldParagraphs(t, attached, false));
  return blocks;
}

function suggestionBlocks(t: Typography, labels: ExportLabels, draft: DraftContent): Block[] {
  const blocks: Block[] = [];
  // The deputy's own title, as written: "关于…的建议" needs no words added.
  if (singleLine(draft.title) !== '') blocks.push(titleParagraph(t, draft.title));
  blocks.push(...draftSections(t, labels, draft));
  const names = draft.coSigners.map((s) => singleLine(s.name)).filter((n) => n !== '');
  const signature: Field[] = [
    [labels.deputy, singleLine(draft.leadDeputy)],
    [labels.delegation, singleLine(draft.delegation)],
    [labels.deputyNumber, singleLine(draft.deputyNumber)],
    [labels.coSigners, labels.list(names)],
    [labels.contact, singleLine(draft.contact)],
  ];
  const lines = signature.filter(([, value]) => value !== '');
  lines.forEach(([label, value], i) =>
    blocks.push(
      lineParagraph(t, labels.field(label, value), {
        left: HALF_WIDTH,
        spaceBefore: i === 0 ? LINE_PITCH : 0,
        keepNext: true,
        signature: true,
      }),
    ),
  );
  blocks.push(...dateLine(t, draft.date));
  return blocks;
}

/**
 * Builds the DOCX of a draft: a proposal form or a suggestion, in the draft's language; `marks` says
 * which co-signers confirmed its text electronically.
 */
export async function buildDraftDocx(draft: DraftContent, marks?: CoSignMarks): Promise<Buffer> {
  const t = typographyFor(draft.language);
  const labels = labelsFor(draft.language);
  const blocks = draft.kind === 'proposal' ? proposalBlocks(t, labels, draft, marks) : suggestionBlocks(t, labels, draft);
  if (blocks.length === 0) blocks.push(blankLine(t)); // an empty draft still makes a valid document
  return buildOfficialDocx({
    language: draft.language,
    title: singleLine(draft.title) || labels.kind[draft.kind],
    author: singleLine(draft.leadDeputy),
    blocks,
  });
}
