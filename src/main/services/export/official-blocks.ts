/**
 * Paragraph builders of the official layout. Every string goes through `toXmlSafeText` here, the one
 * place text enters `docx`, and every run names its East Asian font.
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { TextStyle, Typography } from './official-layout';
import { LINE_PITCH, RULE, TEXT_WIDTH } from './official-layout';
import { STYLE_IDS, firstLineIndent, headingIndent } from './official-styles';
import { titleLines } from './title-lines';
import { splitParagraphs, toXmlSafeText } from './xml-text';

/** A run in `style`; tabs become real tab elements (a raw tab in `w:t` is not a tab to Word). */
export function styledRun(text: string, style: TextStyle, breakBefore = false): TextRun {
  const parts = toXmlSafeText(text).split('\t');
  const children: (string | Tab)[] = [];
  parts.forEach((part, i) => {
    if (i > 0) children.push(new Tab());
    if (part !== '') children.push(part);
  });
  return new TextRun({
    children,
    ...(breakBefore ? { break: 1 } : {}),
    font: { ascii: style.face.latin, hAnsi: style.face.latin, eastAsia: style.face.eastAsia, cs: style.face.latin },
    size: style.size,
    ...(style.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(style.italics ? { italics: true, italicsComplexScript: true } : {}),
    ...(style.letterSpacing ? { characterSpacing: style.letterSpacing } : {}),
  });
}

const exactLine = (line: number) => ({ line, lineRule: LineRuleType.EXACT });

/** The title: centred on the grid (a 22 pt line fits the 28.9 pt pitch), one empty line after it. */
export function titleParagraph(t: Typography, text: string, spaceAfter = LINE_PITCH): Paragraph {
  const lines = titleLines(t, text);
  return new Paragraph({
    style: STYLE_IDS.title,
    alignment: AlignmentType.CENTER,
    spacing: { ...exactLine(LINE_PITCH), after: spaceAfter },
    keepNext: true,
    children: lines.map((line, i) => styledRun(line, t.title, i > 0)),
  });
}

/** A heading (一、 level 1, （一） level 2, 1. level 3), in its named style with its outline level. */
export function headingParagraph(t: Typography, text: string, level: 1 | 2 | 3, options: { newPage?: boolean } = {}): Paragraph {
  const style = { 1: t.heading1, 2: t.heading2, 3: t.body }[level];
  return new Paragraph({
    ...(options.newPage ? { pageBreakBefore: true } : {}),
    style: { 1: STYLE_IDS.heading1, 2: STYLE_IDS.heading2, 3: STYLE_IDS.heading3 }[level],
    spacing: exactLine(LINE_PITCH),
    indent: headingIndent(t),
    keepNext: true,
    keepLines: true,
    children: [styledRun(text, style)],
  });
}

/** One body paragraph: justified, first-line indent; `leadIn` opens it in another face (a run-in heading). */
export function bodyParagraph(
  t: Typography,
  text: string,
  options: { leadIn?: { text: string; style: TextStyle }; keepWithNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: exactLine(LINE_PITCH),
    // Official templates turn widow control off (孤行控制) so every full page keeps its 22 lines.
    widowControl: false,
    indent: firstLineIndent(t),
    ...(options.keepWithNext ? { keepNext: true, keepLines: true } : {}),
    children: [
      ...(options.leadIn ? [styledRun(options.leadIn.text, options.leadIn.style)] : []),
      ...(text !== '' || !options.leadIn ? [styledRun(text, t.body)] : []),
    ],
  });
}

/**
 * Body paragraphs of a text field, each with a first-line indent. `prefix` (such as "1." or a label)
 * opens the first paragraph; an empty text with a prefix still yields that one paragraph.
 */
export function bodyParagraphs(t: Typography, text: string, prefix = '', keepLastWithNext = false): Paragraph[] {
  const paragraphs = splitParagraphs(text);
  if (paragraphs.length === 0 && prefix !== '') paragraphs.push('');
  return paragraphs.map((p, i) =>
    bodyParagraph(t, i === 0 ? prefix + p : p, { keepWithNext: keepLastWithNext && i === paragraphs.length - 1 }),
  );
}

export interface LineOptions {
  readonly style?: TextStyle;
  readonly align?: 'left' | 'center' | 'right';
  /** Left and right indents in twips. */
  readonly left?: number;
  readonly right?: number;
  /** A rule under the paragraph (the separator under a form's header block). */
  readonly ruleBelow?: boolean;
  /** Tab stops (left-aligned) in twips from the left margin. */
  readonly tabs?: readonly number[];
  readonly spaceBefore?: number;
  readonly keepNext?: boolean;
  /** Exact line height in twips, when not the grid's (a large form header). */
  readonly line?: number;
  /** Space between the characters, in twips, centred exactly (a spaced-out form header). */
  readonly spread?: number;
  /** A signature line (署名), in the Signature style. */
  readonly signature?: boolean;
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** One unindented line of the grid (form lines, signatures, dates). */
export function lineParagraph(t: Typography, text: string, options: LineOptions = {}): Paragraph {
  return new Paragraph({
    style: options.signature ? STYLE_IDS.signature : STYLE_IDS.line,
    alignment: ALIGN[options.align ?? 'left'],
    spacing: {
      ...exactLine(options.line ?? LINE_PITCH),
      ...(options.spaceBefore ? { before: options.spaceBefore } : {}),
    },
    indent: { left: options.left ?? 0, right: options.right ?? 0, firstLine: 0 },
    keepNext: options.keepNext ?? false,
    ...(options.tabs ? { tabStops: options.tabs.map((position) => ({ type: TabStopType.LEFT, position })) } : {}),
    ...(options.ruleBelow
      ? { border: { bottom: { style: BorderStyle.SINGLE, size: RULE.size, space: RULE.space, color: '000000' } } }
      : {}),
    children: options.spread ? spreadRuns(text, options.style ?? t.body, options.spread) : [styledRun(text, options.style ?? t.body)],
  });
}

/**
 * Text spaced out by `spacing` twips between its characters ("议  案"), centred exactly: the spacing goes
 * after every character but the last (Word adds a run's character spacing after each of its characters).
 */
function spreadRuns(text: string, style: TextStyle, spacing: number): TextRun[] {
  const chars = Array.from(text);
  const last = chars.pop();
  if (last === undefined) return [];
  return [...(chars.length > 0 ? [styledRun(chars.join(''), { ...style, letterSpacing: spacing })] : []), styledRun(last, style)];
}

/** An empty grid line. */
export function blankLine(t: Typography): Paragraph {
  return lineParagraph(t, '');
}

/** The empty line under a ruled line, shorter by what the rule adds, so the lines after it stay on the grid. */
export function blankLineUnderRule(t: Typography): Paragraph {
  return lineParagraph(t, '', { line: LINE_PITCH - RULE.extent });
}

/** Half the text block, for two-column form lines and signature blocks. */
export const HALF_WIDTH = Math.round(TEXT_WIDTH / 2);

/** `n` characters of the body face, in twips (for 右空四字 and similar). */
export function charsToTwips(t: Typography, n: number): number {
  return Math.round(n * t.body.size * 10);
}
