import { describe, expect, it } from 'vitest';
import { chineseNumeral, formatDocumentDate, romanNumeral } from './labels';
import { typographyFor } from './official-layout';
import { labelOrdinal } from '../../../shared/notes/section-heading';
import { titleLines } from './title-lines';
import { splitParagraphs, toXmlSafeText } from './xml-text';

describe('text helpers', () => {
  it('removes XML-invalid characters and keeps tabs, line breaks and surrogate pairs', () => {
    expect(toXmlSafeText('a\u0000b\u0008c\u000bd\u001fe\uFFFEf\uFFFFg')).toBe('abcdefg');
    expect(toXmlSafeText('x\uD800y\uDC00z')).toBe('xyz');
    expect(toXmlSafeText('t\tn\nr\r 😀 中文')).toBe('t\tn\nr\r 😀 中文');
  });

  it('splits paragraphs on any line break, drops blank lines and typed indents', () => {
    expect(splitParagraphs('一\r\n\r\n\u3000\u3000二\r三\u2028  \n\n\n四  ')).toEqual(['一', '二', '三', '四']);
    expect(splitParagraphs(' \n\t\n')).toEqual([]);
  });

  it('formats dates and numerals for documents', () => {
    expect(formatDocumentDate('2024-01-30', 'zh-CN')).toBe('2024年1月30日');
    expect(formatDocumentDate('2024-01-30', 'en')).toBe('30 January 2024');
    expect(formatDocumentDate('', 'en')).toBe('');
    // A month or a year alone (a project's completion), and no shift by the time zone.
    expect(formatDocumentDate('2024-12', 'zh-CN')).toBe('2024年12月');
    expect(formatDocumentDate('2024-12', 'en')).toBe('December 2024');
    expect(formatDocumentDate('2025', 'zh-CN')).toBe('2025年');
    expect(formatDocumentDate('2024-01-01', 'en')).toBe('1 January 2024');
    expect(formatDocumentDate('2024-1-30', 'zh-CN')).toBe('');
    expect([1, 10, 11, 20, 23].map(chineseNumeral)).toEqual(['一', '十', '十一', '二十', '二十三']);
    expect([1, 4, 9, 14, 40].map(romanNumeral)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL']);
    expect(['II', '二', '（三）', '9', '十二', 'iv', 'A'].map(labelOrdinal)).toEqual([2, 2, 3, 9, 12, 4, null]);
  });

  it('breaks long Chinese titles into balanced lines at phrase boundaries', () => {
    const zh = typographyFor('zh-CN');
    // Never inside a phrase such as 养老服务 or 灵活就业人员; at 的, 和 or between phrases instead.
    expect(titleLines(zh, '关于加快推进城乡社区养老服务设施建设的议案')).toEqual(['关于加快推进城乡社区', '养老服务设施建设的议案']);
    expect(titleLines(zh, '关于进一步完善灵活就业人员社会保障制度的建议')).toEqual(['关于进一步完善灵活就业人员', '社会保障制度的建议']);
    expect(titleLines(zh, '关于加快构建城乡一体化的公共交通服务体系的议案')).toEqual([
      '关于加快构建城乡一体化的',
      '公共交通服务体系的议案',
    ]);
    // Names the segmenter cuts into single characters (秀|洲|区, 构|建) are not broken either.
    expect(titleLines(zh, '关于推动秀洲区新能源汽车产业链高质量发展的建议')).toEqual([
      '关于推动秀洲区新能源汽车',
      '产业链高质量发展的建议',
    ]);
    expect(titleLines(zh, '关于完善农村养老服务体系的建议')).toEqual(['关于完善农村养老服务体系的建议']);
    expect(titleLines(zh, '关于适当提高城乡低保标准和完善医疗救助制度的建议')).toEqual([
      '关于适当提高城乡低保标准和',
      '完善医疗救助制度的建议',
    ]);
    expect(titleLines(zh, '关于'.repeat(25)).map((line) => line.length)).toEqual([18, 16, 16]); // 关于 is never split
    expect(titleLines(typographyFor('en'), 'A very long English title that the word processor wraps on its own')).toHaveLength(1);
  });
});
