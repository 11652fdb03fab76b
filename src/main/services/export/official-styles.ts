/**
 * Named paragraph styles of the official layout, so the file is Word-native: "Normal" is the body text
 * (a paragraph the deputy types later in Word gets 仿宋 16 pt, 28 a line, the 2-character indent), the
 * three heading levels carry outline levels (Word's navigation pane and table of contents see them),
 * and the title, form lines, signature and table text are styles too. The paragraph builders reference
 * these ids; they keep their run fonts as well, which LibreOffice and older Word versions need anyway.
 */
import type { IParagraphStyleOptions, IStylesOptions } from 'docx';
import { AlignmentType, LineRuleType } from 'docx';
import type { TextStyle, Typography } from './official-layout';
import { LINE_PITCH } from './official-layout';

export const STYLE_IDS = {
  body: 'Normal',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  title: 'Title',
  line: 'FormLine',
  signature: 'Signature',
  table: 'TableText',
} as const;

const exact = { line: LINE_PITCH, lineRule: LineRuleType.EXACT };

function runOf(style: TextStyle) {
  return {
    font: { ascii: style.face.latin, hAnsi: style.face.latin, eastAsia: style.face.eastAsia, cs: style.face.latin },
    size: style.size,
    bold: style.bold ?? false,
    italics: style.italics ?? false,
    ...(style.letterSpacing ? { characterSpacing: style.letterSpacing } : {}),
  };
}

/** The first-line indent of body text: 2 characters in Chinese (as a character count, as Word keeps it). */
export function firstLineIndent(t: Typography) {
  return t.indent.chars === undefined ? { firstLine: t.indent.twips } : { firstLine: t.indent.twips, firstLineChars: t.indent.chars };
}

/** Chinese headings sit on the body's 2-character indent (公文); English ones are flush left. */
export function headingIndent(t: Typography) {
  return t.language === 'zh-CN' ? firstLineIndent(t) : { firstLine: 0 };
}

export function officialStyles(t: Typography): IStylesOptions {
  const unindented = { firstLine: 0, firstLineChars: 0, left: 0, right: 0 };
  const heading = (id: string, name: string, style: TextStyle, level: number): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: STYLE_IDS.body,
    next: STYLE_IDS.body,
    quickFormat: true,
    run: runOf(style),
    paragraph: {
      outlineLevel: level,
      keepNext: true,
      keepLines: true,
      indent: headingIndent(t),
      alignment: AlignmentType.LEFT,
      spacing: exact,
    },
  });
  return {
    default: {
      document: {
        run: { ...runOf(t.body), language: t.lang },
        paragraph: { spacing: exact },
      },
    },
    paragraphStyles: [
      {
        id: STYLE_IDS.body,
        name: 'Normal',
        quickFormat: true,
        run: runOf(t.body),
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: firstLineIndent(t), spacing: exact },
      },
      heading(STYLE_IDS.heading1, 'heading 1', t.heading1, 0),
      heading(STYLE_IDS.heading2, 'heading 2', t.heading2, 1),
      heading(STYLE_IDS.heading3, 'heading 3', t.body, 2),
      {
        id: STYLE_IDS.title,
        name: 'Title',
        basedOn: STYLE_IDS.body,
        next: STYLE_IDS.body,
        quickFormat: true,
        run: runOf(t.title),
        paragraph: { alignment: AlignmentType.CENTER, indent: unindented, keepNext: true, spacing: exact },
      },
      {
        id: STYLE_IDS.line,
        name: 'Form Line',
        basedOn: STYLE_IDS.body,
        run: runOf(t.body),
        paragraph: { alignment: AlignmentType.LEFT, indent: unindented, spacing: exact },
      },
      { id: STYLE_IDS.signature, name: 'Signature', basedOn: STYLE_IDS.line, run: runOf(t.body), paragraph: { keepNext: true } },
      {
        id: STYLE_IDS.table,
        name: 'Table Text',
        basedOn: STYLE_IDS.body,
        run: runOf(t.table),
        paragraph: { alignment: AlignmentType.CENTER, indent: unindented, spacing: exact },
      },
    ],
  };
}
