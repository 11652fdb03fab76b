/**
 * The package-level details of the official layout that Word shows: the languages of runs, the
 * document grid, the properties, cached page numbers, the font table, the form header.
 */
import { describe, expect, it } from 'vitest';
import type { DraftContent } from '../../../shared/domain/draft';
import { docxParts, elementAttributes, runsOf } from './docx-inspect';
import { buildDraftDocx } from './draft-docx';
import { CHINESE_PROPOSAL, ENGLISH_SUGGESTION } from './sample-drafts';

const ENGLISH_PROPOSAL: DraftContent = {
  ...CHINESE_PROPOSAL,
  language: 'en',
  title: 'Proposal on Building Community Elderly Care Facilities',
  leadDeputy: 'Zhang Weiguo',
  delegation: 'Nanhu District Delegation',
  coSigners: CHINESE_PROPOSAL.coSigners.map((s, i) => ({ ...s, name: `Deputy Number${i + 1}`, delegation: 'Nanhu District Delegation' })),
};

/** The paragraphs (`<w:p>…</w:p>`) of a part. */
const paragraphsOf = (xml: string) => [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1] ?? '');
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('official DOCX package', () => {
  it('tags Latin text as English and CJK text as Chinese, in Chinese and English documents', async () => {
    // Latin runs tagged zh-CN make LibreOffice break English words and numbers mid-word ("Gov|ernment").
    const zh = docxParts(await buildDraftDocx(CHINESE_PROPOSAL))['word/styles.xml'] ?? '';
    expect(zh).toMatch(/<w:rPrDefault><w:rPr>[^]*?<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>/);
    const en = docxParts(await buildDraftDocx(ENGLISH_SUGGESTION))['word/styles.xml'] ?? '';
    expect(en).toMatch(/<w:rPrDefault><w:rPr>[^]*?<w:lang w:val="en-GB" w:eastAsia="zh-CN"\/>/);
  });

  it('sets the Chinese title in 小标宋 22 pt without bold', async () => {
    const document = docxParts(await buildDraftDocx(CHINESE_PROPOSAL))['word/document.xml'] ?? '';
    const title = paragraphsOf(document).find((p) => textOf(p).startsWith('关于加快推进')) ?? '';
    expect(runsOf(title).length).toBeGreaterThan(0);
    for (const run of runsOf(title)) {
      expect(run).toMatch(/w:eastAsia="FZXiaoBiaoSong-B05S"[^]*<w:sz w:val="44"\/>/);
      expect(run).not.toMatch(/<w:b\/>|<w:b w:val="(true|1|on)"\/>/);
    }
  });

  it('centres "议  案" exactly: no character spacing after its last character', async () => {
    for (const draft of [CHINESE_PROPOSAL, ENGLISH_PROPOSAL]) {
      const document = docxParts(await buildDraftDocx(draft))['word/document.xml'] ?? '';
      const header = paragraphsOf(document)[0] ?? '';
      expect(header).toContain('<w:jc w:val="center"/>');
      const runs = runsOf(header);
      expect(textOf(header)).toBe(draft.language === 'zh-CN' ? '议案' : 'Proposal');
      expect(runs.at(0)).toMatch(/<w:spacing w:val="\d+"\/>/); // spaced out
      expect(runs.at(-1)).not.toMatch(/<w:spacing w:val=/); // but not after the last character
      expect(textOf(runs.at(-1) ?? '')).toHaveLength(1);
    }
  });

  it('declares the 22-line document grid without snapping text to it, and in Chinese the 28-character grid', async () => {
    for (const draft of [CHINESE_PROPOSAL, ENGLISH_SUGGESTION]) {
      const parts = docxParts(await buildDraftDocx(draft));
      const grid = elementAttributes(parts['word/document.xml'] ?? '', 'w:docGrid')[0] ?? {};
      expect(grid).toMatchObject({ 'w:linePitch': '578' });
      expect(Math.floor(12756 / Number(grid['w:linePitch']))).toBe(22); // 225 mm text block
      expect(parts['word/styles.xml']).toMatch(/<w:pPrDefault><w:pPr><w:snapToGrid w:val="0"\/>/);
    }
    // Word's 文档网格 reads 22 lines × 28 characters: the character pitch is Normal's 16 pt plus charSpace/4096 pt.
    const chinese = docxParts(await buildDraftDocx(CHINESE_PROPOSAL));
    const grid = elementAttributes(chinese['word/document.xml'] ?? '', 'w:docGrid')[0] ?? {};
    expect(grid['w:type']).toBe('linesAndChars');
    const pitch = 16 + Number(grid['w:charSpace']) / 4096;
    expect(Math.floor(8845 / 20 / pitch)).toBe(28); // 156 mm text block
    // Condensed 仿宋 fits 28 a line on LibreOffice's grid too (it rounds the pitch to 0.01 mm: 5.55 mm).
    const condense = Number(
      /<w:style w:type="paragraph" w:styleId="Normal"[\s\S]*?<w:spacing w:val="(-\d+)"\/>/.exec(chinese['word/styles.xml'] ?? '')?.[1],
    );
    expect(28 * (16 + condense / 20)).toBeLessThanOrEqual(28 * 5.55 * (72 / 25.4));
    // English has no character grid (Word's character grid is for East Asian text).
    const english = elementAttributes(docxParts(await buildDraftDocx(ENGLISH_SUGGESTION))['word/document.xml'] ?? '', 'w:docGrid')[0] ?? {};
    expect(english['w:type']).toBe('lines');
  });

  it('names the deputy as author and last editor, and caches "1" in the page number field', async () => {
    const parts = docxParts(await buildDraftDocx(CHINESE_PROPOSAL));
    expect(parts['docProps/core.xml']).toContain('<cp:lastModifiedBy>张卫国</cp:lastModifiedBy>');
    expect(parts['docProps/core.xml']).toContain('<dc:creator>张卫国</dc:creator>');
    const footers = Object.entries(parts).filter(([path]) => /^word\/footer\d*\.xml$/.test(path));
    expect(footers).toHaveLength(2);
    for (const [, footer] of footers) {
      expect(footer).toMatch(
        /<w:fldChar w:fldCharType="separate"\/><\/w:r><w:r><w:rPr>[^]*?<\/w:rPr><w:t>1<\/w:t><\/w:r><w:r><w:rPr>[^]*?<\/w:rPr><w:fldChar w:fldCharType="end"\/>/,
      );
    }
    const anonymous = docxParts(await buildDraftDocx({ ...CHINESE_PROPOSAL, leadDeputy: '' }))['docProps/core.xml'] ?? '';
    expect(anonymous).not.toContain('Un-named');
  });

  it('lists one alternate name per font in the font table', async () => {
    const fonts = docxParts(await buildDraftDocx(CHINESE_PROPOSAL))['word/fontTable.xml'] ?? '';
    const alternates = elementAttributes(fonts, 'w:altName').map((a) => a['w:val'] ?? '');
    expect(alternates).toEqual(expect.arrayContaining(['方正小标宋简体', '仿宋', '黑体', '楷体', '宋体']));
    for (const name of alternates) expect(name).not.toContain(',');
  });

  it('indents "附议代表（N人）" like the other first-level headings and signs the proposal above the date', async () => {
    const document = docxParts(await buildDraftDocx(CHINESE_PROPOSAL))['word/document.xml'] ?? '';
    const paragraphs = paragraphsOf(document);
    const indentOf = (p: string) => elementAttributes(p, 'w:ind')[0]?.['w:firstLineChars'];
    const heading1 = paragraphs.find((p) => textOf(p) === '一、案由') ?? '';
    const coSigners = paragraphs.find((p) => textOf(p).startsWith('附议代表')) ?? '';
    expect(indentOf(heading1)).toBe('200');
    expect(indentOf(coSigners)).toBe(indentOf(heading1));
    // 署名 and date end the text, kept with its last paragraph; the co-signers' list follows them.
    const texts = paragraphs.map(textOf);
    const date = texts.indexOf('2024年1月30日');
    expect(texts[date - 1]).toBe('领衔代表：张卫国');
    expect(paragraphs[date - 1]).toContain('<w:keepNext/>');
    expect(paragraphs[date - 2]).toContain('<w:keepNext/>');
    expect(textOf(paragraphs[date - 2] ?? '')).toContain(CHINESE_PROPOSAL.citations[0]?.quote ?? '?');
    expect(texts.findIndex((t) => t.startsWith('附议代表'))).toBeGreaterThan(date);
    expect(coSigners).toContain('<w:pageBreakBefore/>'); // a page of its own, to print for signatures
  });

  it('heads the English co-signers table with short labels', async () => {
    const document = docxParts(await buildDraftDocx(ENGLISH_PROPOSAL))['word/document.xml'] ?? '';
    const header = /<w:tr>([\s\S]*?)<\/w:tr>/.exec(document)?.[1] ?? '';
    expect(paragraphsOf(header).map(textOf)).toEqual(['No.', 'Name', 'Delegation', 'Deputy no.', 'Signature']);
  });
});

describe('Word-native structure', () => {
  const styleOf = (styles: string, id: string) =>
    new RegExp(`<w:style w:type="paragraph" w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
  const pStyle = (p: string) => /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? 'Normal';

  it('carries the body formatting in "Normal" and the heading levels in named styles with outline levels', async () => {
    const parts = docxParts(await buildDraftDocx(CHINESE_PROPOSAL));
    const styles = parts['word/styles.xml'] ?? '';
    // Text typed later in Word: 仿宋 16 pt condensed to 28 a line, 2-character indent, justified, exact 28.9 pt.
    const normal = styleOf(styles, 'Normal');
    expect(normal).toMatch(/w:eastAsia="FangSong"/);
    expect(normal).toContain('<w:sz w:val="32"/>');
    expect(normal).toMatch(/<w:spacing w:val="-[56]"\/>/); // 紧缩 0.25–0.3 pt
    expect(normal).toMatch(/<w:ind [^>]*w:firstLineChars="200"/);
    expect(normal).toContain('<w:jc w:val="both"/>');
    expect(normal).toContain('w:line="578" w:lineRule="exact"');
    const levels = ['Heading1', 'Heading2', 'Heading3'].map((id) => /<w:outlineLvl w:val="(\d)"\/>/.exec(styleOf(styles, id))?.[1]);
    expect(levels).toEqual(['0', '1', '2']);
    expect(styleOf(styles, 'Heading1')).toMatch(/w:eastAsia="SimHei"/);
    expect(styleOf(styles, 'Heading2')).toMatch(/w:eastAsia="KaiTi"/);
    expect(styleOf(styles, 'Title')).toMatch(/w:eastAsia="FZXiaoBiaoSong-B05S"[^]*<w:sz w:val="44"\/>/);
    const document = parts['word/document.xml'] ?? '';
    const byText = (text: string) => paragraphsOf(document).find((p) => textOf(p).startsWith(text)) ?? '';
    expect(pStyle(byText('关于加快推进'))).toBe('Title');
    expect(pStyle(byText('一、案由'))).toBe('Heading1');
    expect(pStyle(byText('附议代表'))).toBe('Heading1');
    expect(pStyle(byText('我市60周岁'))).toBe('Normal');
    expect(pStyle(byText('领衔代表：张卫国'))).toBe('Signature');
    const cell = /<w:tc>[\s\S]*?<\/w:tc>/.exec(document)?.[0] ?? '';
    expect(pStyle(cell)).toBe('TableText');
  });

  it('sets sub-headings typed inside a field as 公文 headings: （一） in 楷体 level 2, 1. level 3, run-in ones up to the full stop', async () => {
    const reasons =
      '（一）现状\n1.人口老龄化加快\n我市老年人口持续增长。\n（二）法律依据。《中华人民共和国老年人权益保障法》规定，各级人民政府应当将养老服务设施纳入规划。';
    const document = docxParts(await buildDraftDocx({ ...CHINESE_PROPOSAL, reasons }))['word/document.xml'] ?? '';
    const byText = (text: string) => paragraphsOf(document).find((p) => textOf(p).startsWith(text)) ?? '';
    expect(pStyle(byText('（一）现状'))).toBe('Heading2');
    expect(runsOf(byText('（一）现状'))[0]).toMatch(/w:eastAsia="KaiTi"/);
    expect(pStyle(byText('1.人口老龄化加快'))).toBe('Heading3');
    expect(runsOf(byText('1.人口老龄化加快'))[0]).toMatch(/w:eastAsia="FangSong"/);
    expect(pStyle(byText('我市老年人口'))).toBe('Normal');
    const runIn = byText('（二）法律依据。');
    expect(pStyle(runIn)).toBe('Normal');
    const [lead, rest] = runsOf(runIn);
    expect(textOf(lead ?? '')).toBe('（二）法律依据。');
    expect(lead).toMatch(/w:eastAsia="KaiTi"/);
    expect(rest).toMatch(/w:eastAsia="FangSong"/);
    expect(textOf(rest ?? '')).toMatch(/^《中华人民共和国/);
    // A numbered sentence in the measures stays a measure, and an English draft is left as typed.
    const english =
      docxParts(await buildDraftDocx({ ...ENGLISH_SUGGESTION, reasons: '1. Evening buses\nMany residents work late.' }))[
        'word/document.xml'
      ] ?? '';
    expect(pStyle(paragraphsOf(english).find((p) => textOf(p).startsWith('1. Evening')) ?? '')).toBe('Normal');
  });
});
