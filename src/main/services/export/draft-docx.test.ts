import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { DraftContent } from '../../../shared/domain/draft';
import { docxParts, elementAttributes, runsOf, squeeze } from './docx-inspect';
import { buildDraftDocx } from './draft-docx';
import { CHINESE_PROPOSAL, ENGLISH_SUGGESTION } from './sample-drafts';
import { splitParagraphs } from './xml-text';

async function rawText(docx: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: docx })).value;
}

/** Asserts every piece occurs in `text`, each after the previous one (white space ignored). */
function expectInOrder(text: string, pieces: readonly string[]): void {
  const haystack = squeeze(text);
  let from = 0;
  for (const piece of pieces) {
    const at = haystack.indexOf(squeeze(piece), from);
    expect(at, `"${piece.slice(0, 40)}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + squeeze(piece).length;
  }
}

const bodyPieces = (d: DraftContent) => [
  d.title,
  ...splitParagraphs(d.reasons),
  ...splitParagraphs(d.basis),
  ...d.measures,
  ...d.citations.map((c) => c.quote),
];

describe('buildDraftDocx: text', () => {
  it('a Chinese proposal reads back with every field, in order', async () => {
    const d = CHINESE_PROPOSAL;
    const text = await rawText(await buildDraftDocx(d));
    expectInOrder(text, [
      '议案',
      '第',
      '号',
      d.delegation,
      d.leadDeputy,
      d.deputyNumber,
      d.contact,
      ...bodyPieces(d),
      `领衔代表：${d.leadDeputy}`,
      '2024年1月30日',
      ...d.coSigners.map((s) => s.name),
    ]);
    expectInOrder(text, [
      '一、案由',
      '二、案据',
      '三、方案',
      '1.',
      '2.',
      '3.',
      '四、引用的报告段落',
      '（II.5 ¶2，《2024年嘉兴市政府工作报告》）',
      '附议代表（12人）',
      '序号',
      '姓名',
      '代表团',
      '代表证号',
      '签名',
    ]);
    for (const s of d.coSigners) expect(squeeze(text)).toContain(squeeze(s.deputyNumber));
  });

  it('a legislative proposal ends with its attached draft text on a page of its own; without the flag it is left out', async () => {
    const regulation =
      '嘉兴市农村公共交通条例（草案）\n第一条 为了保障农村居民出行，制定本条例。\n第二条 本条例适用于本市行政区域内的农村公共交通。';
    const attachedDraft = { fileName: '条例草案.txt', text: regulation };
    const docx = await buildDraftDocx({ ...CHINESE_PROPOSAL, legislative: true, attachedDraft });
    const text = await rawText(docx);
    expectInOrder(text, ['附议代表（12人）', '附件：法规草案文本', ...splitParagraphs(regulation)]);
    expect(docxParts(docx)['word/document.xml']).toMatch(/<w:pageBreakBefore\/>(?:(?!<\/w:p>).)*附件：法规草案文本/s);
    const notLegislative = await rawText(await buildDraftDocx({ ...CHINESE_PROPOSAL, legislative: false, attachedDraft }));
    expect(notLegislative).not.toContain('第一条 为了保障农村居民出行');
  });

  it('an English suggestion reads back with its title as written and the deputy last', async () => {
    const d = ENGLISH_SUGGESTION;
    const text = await rawText(await buildDraftDocx(d));
    expectInOrder(text, [
      ...bodyPieces(d),
      `Deputy: ${d.leadDeputy}`,
      `Delegation: ${d.delegation}`,
      `Contact: ${d.contact}`,
      '30 January 2024',
    ]);
    expectInOrder(text, [
      'I. Reasons',
      'II. Basis and analysis',
      'III. Measures',
      '1. Run',
      '2. Publish',
      'IV. Cited passages of the report',
      '(II.7 ¶1, Report on the Work',
    ]);
    expect(text.trimStart().startsWith(d.title)).toBe(true); // no words added to the deputy's title
    expect(text).not.toContain('Proposal');
  });

  it('leaves out empty optional sections and numbers the rest consecutively', async () => {
    const d: DraftContent = {
      ...CHINESE_PROPOSAL,
      kind: 'suggestion',
      basis: '  \n\n ',
      citations: [],
      measures: ['', '加强监督。'],
      coSigners: [],
      date: '',
    };
    const text = await rawText(await buildDraftDocx(d));
    expectInOrder(text, ['一、理由', '二、具体建议', '1.加强监督。', '提出代表：张卫国']);
    expect(text).not.toMatch(/依据和分析|引用的报告段落|三、|2\.|附议代表/);
  });

  it('strips characters XML 1.0 forbids and still makes a file mammoth opens', async () => {
    const dirty = 'A\u0000B\u0007C\u001bD\uD800E\uFFFF F\tG 😀';
    const d: DraftContent = {
      ...ENGLISH_SUGGESTION,
      title: dirty,
      reasons: dirty,
      measures: [dirty],
      coSigners: [{ name: dirty, delegation: '', deputyNumber: '' }],
    };
    const docx = await buildDraftDocx(d);
    const text = await rawText(docx);
    expect(text).toContain('ABCDE F\tG 😀');
    const xml = docxParts(docx)['word/document.xml'] ?? '';
    for (const bad of ['\u0000', '\u0007', '\u001b', '\uD800', '\uFFFF']) expect(xml).not.toContain(bad);
    expect(xml).toContain('<w:tab/>');
  });

  it('exports a 100,000-character reasons field and reads it back whole', async () => {
    const paragraph = '我市老年人口持续增长，养老服务需求日益多样化。'.repeat(20); // 460 characters
    const reasons = Array.from({ length: 218 }, (_, i) => `${i + 1}${paragraph}`)
      .join('\n\n')
      .slice(0, 100_000);
    expect(reasons).toHaveLength(100_000);
    const text = await rawText(await buildDraftDocx({ ...CHINESE_PROPOSAL, reasons }));
    expect(squeeze(text)).toContain(squeeze(reasons));
  }, 30_000);
});

describe('buildDraftDocx: official layout', () => {
  it('sets A4, GB/T 9704 margins, exact 28.9 pt lines and an East Asian font on every run', async () => {
    const parts = docxParts(await buildDraftDocx(CHINESE_PROPOSAL));
    const document = parts['word/document.xml'] ?? '';
    expect(elementAttributes(document, 'w:pgSz')[0]).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(elementAttributes(document, 'w:pgMar')[0]).toMatchObject({
      'w:top': '2098',
      'w:left': '1587',
      'w:bottom': '1984',
      'w:right': '1474',
    });
    const bodySpacing = elementAttributes(document, 'w:spacing').filter((a) => a['w:lineRule'] !== undefined);
    expect(bodySpacing.length).toBeGreaterThan(10);
    // Every line on the 28.9 pt grid; the empty line under the header block's rule is 5 pt shorter, as the rule adds 5 pt.
    const ruled =
      /<w:p><w:pPr>(?:(?!<\/w:pPr>).)*<w:pBdr><w:bottom [^>]*w:sz="8" w:space="4"[^]*?<\/w:p><w:p><w:pPr>(?:(?!<\/w:pPr>).)*<\/w:pPr>/.exec(
        document,
      )?.[0] ?? '';
    expect(ruled).toMatch(/<\/w:p><w:p><w:pPr>(?:(?!<\/w:pPr>).)*<w:spacing w:line="478" w:lineRule="exact"\/>/);
    for (const a of bodySpacing.filter((a) => a['w:line'] !== '478')) expect(a).toMatchObject({ 'w:line': '578', 'w:lineRule': 'exact' });
    expect(bodySpacing.filter((a) => a['w:line'] === '478')).toHaveLength(1);
    const runs = runsOf(document);
    expect(runs.length).toBeGreaterThan(30);
    for (const run of runs) expect(run).toMatch(/<w:rFonts [^>]*w:eastAsia="[^"]+"/);
    // Body 仿宋 16 pt, indented 2 characters; headings 黑体; title 小标宋 22 pt (not bold: official-document.test.ts).
    expect(document).toMatch(
      /<w:rFonts w:ascii="FangSong" w:cs="FangSong" w:eastAsia="FangSong" w:hAnsi="FangSong"\/>.*<w:sz w:val="32"\/>/,
    );
    expect(elementAttributes(document, 'w:ind')).toContainEqual(expect.objectContaining({ 'w:firstLineChars': '200' }));
    expect(document).toMatch(/w:eastAsia="SimHei"[^]*?<w:t xml:space="preserve">一、案由</);
    expect(document).toMatch(/w:eastAsia="FZXiaoBiaoSong-B05S"[^]*?<w:sz w:val="44"\/>[^]*?关于加快推进/);
    // The co-signers' header row repeats on every page.
    expect(document).toContain('<w:tblHeader/>');
    // Defaults and the font table: FangSong for text added later, the title face's fallback to SimSun.
    expect(parts['word/styles.xml']).toMatch(/<w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia="FangSong"/);
    expect(parts['word/styles.xml']).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    expect(parts['word/fontTable.xml']).toContain(
      '<w:font w:name="FZXiaoBiaoSong-B05S"><w:altName w:val="方正小标宋简体"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/>',
    );
  });

  it('numbers pages "— 1 —" in 14 pt SimSun, right on odd pages and left on even ones', async () => {
    const parts = docxParts(await buildDraftDocx(CHINESE_PROPOSAL));
    const document = parts['word/document.xml'] ?? '';
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const refs = elementAttributes(document, 'w:footerReference');
    expect(refs.map((r) => r['w:type']).sort()).toEqual(['default', 'even']);
    const rels = parts['word/_rels/document.xml.rels'] ?? '';
    const footerOf = (type: string) => {
      const id = refs.find((r) => r['w:type'] === type)?.['r:id'] ?? '';
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
      return parts[`word/${target?.[1] ?? target?.[2] ?? ''}`] ?? '';
    };
    const odd = footerOf('default');
    const even = footerOf('even');
    for (const footer of [odd, even]) {
      expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(footer).toMatch(/<w:t xml:space="preserve">— <\/w:t>[^]*PAGE[^]*<w:t xml:space="preserve"> —<\/w:t>/);
      for (const run of runsOf(footer)) expect(run).toMatch(/w:eastAsia="SimSun"[^]*<w:sz w:val="28"\/>/);
    }
    expect(elementAttributes(odd, 'w:jc')[0]).toEqual({ 'w:val': 'right' });
    expect(elementAttributes(even, 'w:jc')[0]).toEqual({ 'w:val': 'left' });
    // 单页码居右空一字，双页码居左空一字: one 14 pt character (280 twips) in from the margin.
    expect(elementAttributes(odd, 'w:ind')[0]).toMatchObject({ 'w:right': '280' });
    expect(elementAttributes(even, 'w:ind')[0]).toMatchObject({ 'w:left': '280' });
  });

  it('sets an English draft in Times New Roman with CJK East Asian faces on the same page', async () => {
    const parts = docxParts(await buildDraftDocx(ENGLISH_SUGGESTION));
    const document = parts['word/document.xml'] ?? '';
    expect(elementAttributes(document, 'w:pgMar')[0]).toMatchObject({ 'w:top': '2098', 'w:left': '1587' });
    for (const run of runsOf(document)) expect(run).toMatch(/w:ascii="Times New Roman"[^>]*w:eastAsia="Sim(Sun|Hei)"/);
    expect(document).toMatch(/<w:spacing w:line="578" w:lineRule="exact"\/>/);
    expect(parts['word/styles.xml']).toMatch(/<w:lang w:val="en-GB" w:eastAsia="zh-CN"\/>/);
  });
});
