/**
 * Headings of report sections in the notes' language: the outline's label ("II", "二", "（三）", "9")
 * is read as a number and printed as 一、/（一） in Chinese or I./1. in English.
 */
import type { Section } from '../domain/outline';
import type { Language } from '../domain/settings';
import { chineseNumeral, romanNumeral } from '../i18n/numerals';

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

function fromChinese(text: string): number | null {
  if (!/^[一二三四五六七八九十]+$/.test(text)) return null;
  const ten = text.indexOf('十');
  if (ten === -1) return text.length === 1 ? (DIGITS[text] ?? null) : null;
  const tens = ten === 0 ? 1 : (DIGITS[text.slice(0, ten)] ?? NaN);
  const units = ten === text.length - 1 ? 0 : (DIGITS[text.slice(ten + 1)] ?? NaN);
  const n = tens * 10 + units;
  return Number.isNaN(n) ? null : n;
}

function fromRoman(text: string): number | null {
  if (!/^[IVXLCDM]+$/i.test(text)) return null;
  let total = 0;
  const letters = text.toUpperCase().split('');
  letters.forEach((letter, i) => {
    const value = ROMAN[letter] ?? 0;
    const next = ROMAN[letters[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  });
  return total;
}

/** The ordinal a section label stands for, or null when it is not a number. */
export function labelOrdinal(label: string): number | null {
  const bare = label.replace(/[（）()、.．\s]/g, '');
  if (/^\d+$/.test(bare)) return Number(bare);
  return fromChinese(bare) ?? fromRoman(bare);
}

/** "一、heading" / "（一）heading" (Chinese) or "I. heading" / "1. heading" (English). */
export function sectionHeading(section: Section, level: 1 | 2, language: Language, unlabelled: string): string {
  const heading = section.heading.trim();
  if (section.label === null) return heading || unlabelled;
  const n = labelOrdinal(section.label);
  let number: string;
  if (n === null) number = language === 'zh-CN' ? section.label : `${section.label} `;
  else if (language === 'zh-CN') number = level === 1 ? `${chineseNumeral(n)}、` : `（${chineseNumeral(n)}）`;
  else number = level === 1 ? `${romanNumeral(n)}. ` : `${n}. `;
  return (number + heading).trim();
}
