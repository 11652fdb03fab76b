/**
 * Page geometry and typography of an official document (GB/T 9704-2012, 党政机关公文格式), shared by
 * every DOCX export. Sizes are in twips (1/20 pt) and half-points, the units of WordprocessingML.
 */
import type { Language } from '../../../shared/domain/settings';

/** Millimetres to twips, rounded (docx's own helper floors, which loses a twip on 37 mm). */
export const mmToTwip = (mm: number): number => Math.round((mm / 25.4) * 1440);

export const PAGE_GEOMETRY = {
  width: mmToTwip(210), // A4: 11906
  height: mmToTwip(297), // 16838
  marginTop: mmToTwip(37), // 2098
  marginLeft: mmToTwip(28), // 1587
  marginBottom: mmToTwip(35), // 1984
  marginRight: mmToTwip(26), // 1474
} as const;

/** Text block width: 156 mm (8845 twips). */
export const TEXT_WIDTH = PAGE_GEOMETRY.width - PAGE_GEOMETRY.marginLeft - PAGE_GEOMETRY.marginRight;

/** Fixed line pitch 28.9 pt: 22 lines fill the 225 mm text block (22 × 578 = 12716 ≤ 12756 twips). */
export const LINE_PITCH = 578;
/** GB/T 9704's 28 characters a line (the character grid, CHAR_SPACE). */
export const CHARS_PER_LINE = 28;

/**
 * 28 characters of 16 pt do not fit 156 mm (448 pt > 442.2 pt). Word's character grid (文档网格 "指定行和字符网格")
 * says 28 a line through `w:charSpace`: the pitch is Normal's 16 pt plus charSpace/4096 pt, here 15.794 pt.
 * Text does not snap to that grid (LibreOffice sets snapped 16 pt characters 14 a line); instead 16 pt
 * Chinese runs are condensed by 0.3 pt (紧缩 0.3 磅, `w:spacing w:val="-6"`): 28 × 15.7 pt = 439.6 pt.
 * LibreOffice 7.4 narrows the text area to whole grid cells, each rounded to 5.55 mm (15.73 pt, so
 * 440.5 pt for 28), and centres it (0.6 pt to the right): 0.25 pt condensing (441 pt) then gave 27 a line.
 * Measured with pdftotext -bbox-layout, issue #14 item 7: linesAndChars with charSpace −842 and 0.3 pt
 * condensing gives 28 a line and the lines on the 28.9 pt grid; −820 (Word: 27 a line) gives 27 in
 * LibreOffice and moves the text 7.8 pt right; snapping on gives 14 a line, or lines 1.7 pt higher.
 */
export const CJK_CONDENSE = -6;

/** `w:charSpace` of the 28-character grid for 16 pt text: the largest pitch that still fits 28 (−842). */
export const CHAR_SPACE = Math.floor((TEXT_WIDTH / 20 / CHARS_PER_LINE - 16) * 4096);

/**
 * The rule under a form's header block: a 1 pt line 4 pt below the text. Word and LibreOffice add both
 * to the paragraph's height, so the empty line under it is made that much shorter to keep later lines on the grid.
 */
export const RULE = { size: 8, space: 4, extent: (8 / 8 + 4) * 20 } as const;

/** Page number (四号, 14 pt): its line centre sits 7 mm below the text block. */
export const PAGE_NUMBER_LINE = 280; // exact line height of the footer paragraph, 14 pt
export const FOOTER_DISTANCE = Math.round(mmToTwip(35 - 7) - PAGE_NUMBER_LINE / 2); // 1447 twips ≈ 25.5 mm

/** A font for each script slot of `w:rFonts`; `eastAsia` is always set so CJK text never falls back blindly. */
export interface Face {
  readonly latin: string;
  readonly eastAsia: string;
}

export interface TextStyle {
  readonly face: Face;
  /** Half-points, as `w:sz`. */
  readonly size: number;
  readonly bold?: boolean;
  readonly italics?: boolean;
  /** Space added between characters, in twips (negative condenses). */
  readonly letterSpacing?: number;
}

/** The primary title face; font-table.ts explains how it falls back to SimSun. */
export const TITLE_FACE_NAME = 'FZXiaoBiaoSong-B05S';

const zh = (name: string): Face => ({ latin: name, eastAsia: name });

export interface Typography {
  readonly language: Language;
  readonly title: TextStyle;
  /** Body text, 1. and （1） items. */
  readonly body: TextStyle;
  /** 一、 headings. */
  readonly heading1: TextStyle;
  /** （一） headings. */
  readonly heading2: TextStyle;
  /** Form labels and the table header row. */
  readonly label: TextStyle;
  /** Table cells. */
  readonly table: TextStyle;
  readonly pageNumber: TextStyle;
  /** First-line indent of body paragraphs and headings, in twips, and in hundredths of a character when Chinese (English headings are flush left). */
  readonly indent: { readonly twips: number; readonly chars?: number };
  /** `w:lang`: Latin and East Asian languages of the text. */
  readonly lang: { readonly value: string; readonly eastAsia: string };
  /** Whether the section declares the 28-character grid besides the 22-line one (Chinese only). */
  readonly characterGrid: boolean;
}

/**
 * Chinese: 小标宋 title (not bold: Word and WPS would fake-bold the real face), 仿宋 body, 黑体 and 楷体 headings, all 三号 (16 pt)
 * except the 二号 (22 pt) title; 首行缩进 2 字符.
 */
const CHINESE: Typography = {
  language: 'zh-CN',
  title: { face: zh(TITLE_FACE_NAME), size: 44 },
  body: { face: zh('FangSong'), size: 32, letterSpacing: CJK_CONDENSE },
  heading1: { face: zh('SimHei'), size: 32, letterSpacing: CJK_CONDENSE },
  heading2: { face: zh('KaiTi'), size: 32, letterSpacing: CJK_CONDENSE },
  label: { face: zh('SimHei'), size: 28 },
  table: { face: zh('FangSong'), size: 28 },
  pageNumber: { face: zh('SimSun'), size: 28 },
  indent: { twips: 640, chars: 200 }, // 2 × 16 pt; Word uses the character count
  // As Chinese Word writes it: Latin runs are English (so words and numbers break at spaces), CJK runs Chinese.
  lang: { value: 'en-US', eastAsia: 'zh-CN' },
  characterGrid: true,
};

/**
 * English: the same page, line pitch and 22-line grid with Times New Roman at 14 pt. At 16 pt a Latin
 * face sets only ~60 characters a line and looks like large print; 14 pt gives ~70 (within the
 * comfortable 60–75) and the 28.9 pt pitch reads as a formal double-spaced typescript. East Asian slots
 * keep CJK faces so Chinese names in an English draft render.
 */
const roman = (eastAsia: string): Face => ({ latin: 'Times New Roman', eastAsia });
const ENGLISH: Typography = {
  language: 'en',
  title: { face: roman('SimSun'), size: 44, bold: true }, // 22 pt as in Chinese: its line starts at 37 mm too
  body: { face: roman('SimSun'), size: 28 },
  heading1: { face: roman('SimHei'), size: 28, bold: true },
  heading2: { face: roman('KaiTi'), size: 28, bold: true, italics: true },
  label: { face: roman('SimHei'), size: 26, bold: true },
  table: { face: roman('SimSun'), size: 26 },
  pageNumber: { face: roman('SimSun'), size: 28 },
  indent: { twips: 720 }, // half an inch, the usual English first-line indent
  lang: { value: 'en-GB', eastAsia: 'zh-CN' },
  // Word's character grid is for East Asian text: a 14 pt Latin body would get a 32-character grid that LibreOffice narrows the text to.
  characterGrid: false,
};

export function typographyFor(language: Language): Typography {
  return language === 'zh-CN' ? CHINESE : ENGLISH;
}
