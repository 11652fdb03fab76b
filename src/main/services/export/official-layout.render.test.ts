/**
 * GB/T 9704 measured where it is printed: exported drafts rendered by LibreOffice (with distinct faces
 * for 仿宋, 楷体, 黑体, 宋体 and 小标宋, scripts/fontconfig/official-faces.conf) and read back with poppler.
 * Needs soffice, poppler-utils and the CJK fonts of scripts/install-system-packages.sh; fails without.
 */
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DraftContent } from '../../../shared/domain/draft';
import type { PrintedLine } from '../../test-support/pdf-render';
import {
  A4_WIDTH_PT,
  bodyLinesOfPage,
  linesOfPage,
  pageCount,
  PT_PER_MM,
  printedChars,
  renderDocxFiles,
  tool,
} from '../../test-support/pdf-render';
import { readFileSync } from 'node:fs';
import type { Annotation } from '../../../shared/domain/annotation';
import { parseReport } from '../../../shared/report/parse-report';
import { buildDraftDocx } from './draft-docx';
import { buildDeliberationNotesDocx } from './notes-docx';
import { buildVotingNotesDocx } from './votes-docx';
import type { Language } from '../../../shared/domain/settings';
import type { Candidate } from '../../../shared/domain/vote';
import { defaultVoteAgenda } from '../../../shared/votes/default-agenda';
import { squeeze } from './docx-inspect';
import { CHINESE_PROPOSAL, longChineseProposal } from './sample-drafts';

const PITCH = 28.9;
const CJK_ONLY = /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]+$/u;

/** Chinese text with English words and numbers inside, as deputies write it. */
const MIXED_SENTENCES = Array.from(
  { length: 12 },
  (_, i) =>
    `据Government Work Report统计，${2020 + (i % 5)}年全市GDP增长${(19.8 + i).toFixed(1)}%，其中digital economy核心产业增加值占比达到${30 + i}.5%，R&D经费投入强度为3.${i}%。`,
);
const MIXED: DraftContent = {
  ...CHINESE_PROPOSAL,
  reasons: MIXED_SENTENCES.join(''),
  basis: MIXED_SENTENCES.slice(0, 6).reverse().join(''),
};
const latinTokens = (text: string) => text.match(/[A-Za-z0-9.&%]+/g) ?? [];

const withCoSigners = (n: number): DraftContent => ({
  ...CHINESE_PROPOSAL,
  coSigners: Array.from({ length: n }, (_, i) => ({
    name: `代表${i + 1}`,
    delegation: '南湖区代表团',
    deputyNumber: `3304020${String(i).padStart(2, '0')}`,
  })),
});
/** An English proposal's co-signers as deputies write them: full pinyin names, delegation names in full. */
const ENGLISH_CO_SIGNERS = [
  { name: 'Ouyang Xiaohong', delegation: 'Nanhu District Delegation', deputyNumber: '330402017' },
  { name: 'Zhang Weiguo', delegation: 'Xiuzhou District Delegation', deputyNumber: '330411023' },
  { name: 'Li Min', delegation: 'Pinghu City Delegation', deputyNumber: '330482005' },
];
const ENGLISH_WITH_CO_SIGNERS: DraftContent = {
  ...CHINESE_PROPOSAL,
  language: 'en',
  title: 'Proposal on community elderly care facilities',
  coSigners: ENGLISH_CO_SIGNERS,
};
const CO_SIGNER_COUNTS = Array.from({ length: 30 }, (_, i) => i + 1);

/** Deliberation notes on the Chinese report fixture: long Chinese notes with English and figures inside. */
async function chineseNotes(): Promise<Uint8Array> {
  const outline = parseReport(readFileSync(new URL('../../../shared/report/fixtures/zh-government-report.txt', import.meta.url), 'utf8'));
  const paragraphs = outline.sections.flatMap(function all(s): { id: string }[] {
    return [...s.paragraphs, ...s.children.flatMap(all)];
  });
  const annotations: Annotation[] = Array.from({ length: 24 }, (_, i) => ({
    id: `a-render-${String(i).padStart(4, '0')}`,
    documentId: 'zh-report',
    kind: (['question', 'support', 'concern', 'verify'] as const)[i % 4] ?? 'question',
    note: MIXED_SENTENCES.slice(0, 2 + (i % 3)).join(''),
    tags: ['GDP', '民生'],
    target: {
      paragraphId: paragraphs[i % paragraphs.length]?.id ?? '',
      position: { start: 0, end: 8 },
      quote: { exact: '全年地区生产总值增长6.3%', prefix: '', suffix: '' },
    },
    status: 'exact',
    createdAt: '2024-01-29T10:00:00.000Z',
    updatedAt: '2024-01-29T10:00:00.000Z',
    deletedAt: null,
  }));
  return buildDeliberationNotesDocx({
    documentTitle: outline.title,
    outline,
    annotations,
    language: 'zh-CN',
    version: { number: 1, addedAt: new Date(2024, 0, 20) },
    exportedAt: new Date(2024, 0, 30),
  });
}

/** Voting notes with a ballot of four projects, amounts and dates as deputies enter them. */
function votingNotes(language: Language): Promise<Uint8Array> {
  const items = defaultVoteAgenda();
  const project = (
    n: number,
    name: string,
    description: string,
    investment: number,
    completion: string,
    mark: Candidate['mark'],
  ): Candidate => ({
    id: `c-render-${String(n).padStart(4, '0')}`,
    name,
    description,
    investment,
    completion,
    mark,
    rank: null,
    deletedAt: null,
  });
  const ballotAt = items.findIndex((item) => item.defaultKey === 'livelihoodBallot');
  items[ballotAt] = {
    ...items[ballotAt]!,
    ballot: {
      mode: 'perCandidate',
      maxChoices: 3,
      candidates: [
        project(1, '城乡公交一体化工程', '新增公交线路20条，更新新能源公交车200辆', 5000, '2024-12', 'approve'),
        project(2, '老旧小区改造', '改造老旧小区50个', 32000, '2025-06', 'approve'),
        project(3, '中小学食堂提升', '', 860, '2024', 'oppose'),
        project(4, '社区养老服务中心', '新建20家', 800, '2024-10-31', null),
      ],
    },
  };
  // Reasons as deputies write them: Chinese with English words and figures inside, long enough to fill lines.
  items[0] = { ...items[0]!, intention: 'for', rationale: MIXED_SENTENCES.slice(0, 4).join('') };
  items[1] = { ...items[1]!, intention: 'against', rationale: 'Investment growth of 8% is not credible: the 2023 figure was 3.1%.' };
  return buildVotingNotesDocx({ items, annotations: new Map(), language });
}

let pdfs: Record<string, string> = {};

beforeAll(async () => {
  const files: Record<string, Uint8Array> = {
    long: await buildDraftDocx(longChineseProposal()),
    longSuggestion: await buildDraftDocx({ ...longChineseProposal(), kind: 'suggestion', coSigners: [] }),
    mixed: await buildDraftDocx(MIXED),
    notes: await chineseNotes(),
    votesZh: await votingNotes('zh-CN'),
    votesEn: await votingNotes('en'),
    coSignersEn: await buildDraftDocx(ENGLISH_WITH_CO_SIGNERS),
  };
  for (const n of CO_SIGNER_COUNTS) files[`co-signers-${n}`] = await buildDraftDocx(withCoSigners(n));
  pdfs = renderDocxFiles(files);
}, 240_000);

const pdf = (name: string) => pdfs[name] ?? '';
const isBodyLine = (line: PrintedLine) => line.yMax - line.yMin < 24; // 16 pt text (20.8 pt boxes), not the 22 pt header and title (28.6)

describe('a Chinese proposal printed from the export', () => {
  // A suggestion signs with four lines and the date, kept with the heading and citation before them:
  // the page before the date's gives them its last lines, so it is on the grid but not full.
  it.each([
    ['proposal', 'long', 1],
    ['suggestion', 'longSuggestion', 2],
  ])('holds 22 lines on every full page of a %s, page 1 included: every body line on the 28.9 pt grid', (_kind, name, notFull) => {
    const pages = pageCount(pdf(name));
    expect(pages).toBeGreaterThan(3);
    const grid = bodyLinesOfPage(pdf(name), 2).map((l) => l.yMax);
    expect(grid).toHaveLength(22);
    const first = grid[0] ?? 0;
    // Full pages: those before the one with the date (the co-signers' table after it keeps rows whole).
    const datePage =
      Array.from({ length: pages }, (_, i) => i + 1).find((p) =>
        bodyLinesOfPage(pdf(name), p).some((l) => l.text.replace(/\s/g, '') === '2024年1月30日'),
      ) ?? pages;
    expect(datePage).toBeGreaterThan(3);
    for (let page = 1; page < datePage; page++) {
      const lines = bodyLinesOfPage(pdf(name), page).filter(isBodyLine);
      for (const line of lines) {
        const offset = (line.yMax - first) / PITCH;
        expect(Math.abs(offset - Math.round(offset)) * PITCH, `page ${page} "${line.text.slice(0, 12)}" off the grid`).toBeLessThan(1.5);
      }
      // The 22nd grid line is filled on every full page.
      if (page <= datePage - notFull) expect(Math.abs((lines.at(-1)?.yMax ?? 0) - (grid[21] ?? 0)), `page ${page}`).toBeLessThan(1.5);
    }
  });

  it('sets 28 characters on a full line of Chinese text', () => {
    const counts = [1, 2, 3]
      .flatMap((page) => bodyLinesOfPage(pdf('long'), page).filter(isBodyLine))
      .filter((l) => CJK_ONLY.test(l.text.replace(/\s/g, '')))
      .map(printedChars);
    expect(counts.length).toBeGreaterThan(10);
    expect(Math.max(...counts)).toBe(28);
    expect(counts.filter((c) => c === 28).length).toBeGreaterThanOrEqual(5);
    // A full line spans the text block from the 28 mm left margin to the 26 mm right one, within 0.7 mm:
    // LibreOffice centres the 28 grid cells (440.5 pt) in the 442.2 pt block; a −820 charSpace moved the text 7.8 pt.
    const full = [1, 2, 3]
      .flatMap((page) => bodyLinesOfPage(pdf('long'), page).filter(isBodyLine))
      .filter((l) => printedChars(l) === 28 && CJK_ONLY.test(l.text.replace(/\s/g, '')));
    for (const line of full) {
      expect(Math.abs(line.xMin - 28 * PT_PER_MM), line.text).toBeLessThan(2);
      expect(Math.abs(line.xMax - (A4_WIDTH_PT - 26 * PT_PER_MM)), line.text).toBeLessThan(2);
    }
  });

  it('never breaks an English word or a number inside, and loses no character', async () => {
    const docxText = (await mammoth.extractRawText({ buffer: Buffer.from(await buildDraftDocx(MIXED)) })).value;
    const sourceTokens = new Set(latinTokens(docxText));
    const pages = pageCount(pdf('mixed'));
    let checked = 0;
    for (let page = 1; page <= pages; page++) {
      for (const line of bodyLinesOfPage(pdf('mixed'), page)) {
        // A word or number cut at the line end prints as a token the text does not have ("Governme", "202").
        for (const token of latinTokens(line.text)) {
          expect(sourceTokens.has(token), `"${token}" in "${line.text}"`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    // Every character of the text is printed (no line-end punctuation dropped); the co-signers' table
    // after the date is left out, as pdftotext reads table cells in its own order.
    const untilTable = (text: string) => text.slice(0, text.indexOf('附议代表'));
    const pdfText = squeeze(tool('pdftotext', [pdf('mixed'), '-'])).replace(/—\d+—/g, '');
    expect(untilTable(pdfText)).toBe(untilTable(squeeze(docxText)));
    expect(untilTable(pdfText).length).toBeGreaterThan(1000);
  });

  it('never leaves the date, or the signature and date, alone on a page, and starts the co-signers on a page of their own', () => {
    for (const n of CO_SIGNER_COUNTS) {
      const file = pdf(`co-signers-${n}`);
      const pages = pageCount(file);
      for (let page = 1; page <= pages; page++) {
        const texts = bodyLinesOfPage(file, page).map((l) => l.text.replace(/\s/g, ''));
        // The co-signers' list starts a page of its own, to be printed and signed alone.
        const listAt = texts.findIndex((t) => t.startsWith('附议代表'));
        if (listAt !== -1) expect(listAt, `${n} co-signers: page ${page}`).toBe(0);
        const dateAt = texts.indexOf('2024年1月30日');
        if (dateAt === -1) continue;
        const before = texts.slice(0, dateAt).filter((t) => !t.startsWith('领衔代表'));
        expect(before.length, `${n} co-signers: page ${page} holds ${texts.join(' | ')}`).toBeGreaterThan(0);
      }
    }
  }, 120_000);
});

describe('an English proposal printed from the export', () => {
  it('prints each co-signer, the table header included, on one line of its row', () => {
    const file = pdf('coSignersEn');
    const lines = Array.from({ length: pageCount(file) }, (_, i) => linesOfPage(file, i + 1).map((l) => squeeze(l.text))).flat();
    expect(lines, lines.join(' | ')).toContain(squeeze('No. Name Delegation Deputy no. Signature'));
    ENGLISH_CO_SIGNERS.forEach((signer, i) =>
      expect(lines, lines.join(' | ')).toContain(squeeze(`${i + 1} ${signer.name} ${signer.delegation} ${signer.deputyNumber}`)),
    );
  });
});

describe('deliberation notes printed from the export', () => {
  it('keep every line on the 28.9 pt grid, 28 characters to a full line, no word broken, nothing lost', async () => {
    const file = pdf('notes');
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(2);
    const grid = bodyLinesOfPage(file, 2)
      .filter(isBodyLine)
      .map((l) => l.yMax);
    const first = Math.min(...grid);
    const docxText = (await mammoth.extractRawText({ buffer: Buffer.from(await chineseNotes()) })).value;
    const sourceTokens = new Set(latinTokens(docxText));
    const counts: number[] = [];
    for (let page = 1; page <= pages; page++) {
      for (const line of bodyLinesOfPage(file, page).filter(isBodyLine)) {
        const offset = (line.yMax - first) / PITCH;
        expect(Math.abs(offset - Math.round(offset)) * PITCH, `page ${page} "${line.text.slice(0, 12)}" off the grid`).toBeLessThan(1.5);
        for (const token of latinTokens(line.text)) expect(sourceTokens.has(token), `"${token}" in "${line.text}"`).toBe(true);
        if (CJK_ONLY.test(line.text.replace(/\s/g, ''))) counts.push(printedChars(line));
      }
    }
    expect(Math.max(...counts)).toBeLessThanOrEqual(28);
    const pdfText = squeeze(tool('pdftotext', [file, '-'])).replace(/—\d+—/g, '');
    expect(pdfText).toBe(squeeze(docxText));
  }, 60_000);

  it('print 小标宋, 仿宋, 黑体, 楷体 and 宋体 in five distinct faces (scripts/fontconfig/official-faces.conf), not one fallback', () => {
    const faces = tool('pdffonts', [pdf('notes')])
      .split('\n')
      .slice(2)
      .map((line) => /^\w{6}\+(\S+)/.exec(line)?.[1] ?? '')
      .filter((face) => face !== '');
    // 小标宋 → AR PL SungtiL (Bousung), 仿宋 → Noto Serif CJK, 黑体 → WenQuanYi Zen Hei, 楷体 → AR PL KaitiM (GBZenKai), 宋体 → AR PL UMing.
    for (const face of [/Bousung/, /NotoSerifCJK/, /WenQuanYiZenHei/, /ZenKai/, /UMing/])
      expect(
        faces.some((f) => face.test(f)),
        `${face} in ${faces.join(', ')}`,
      ).toBe(true);
  });
});

describe('voting notes printed from the export', () => {
  it('print each candidate’s investment, completion and mark on one line of its table row', () => {
    const rows = {
      votesZh: ['5000万元 2024年12月 赞成', '3.2亿元 2025年6月 赞成', '860万元 2024年 反对', '800万元 2024年10月31日 未标记'],
      votesEn: [
        'CNY 50 million December 2024 Approve',
        'CNY 320 million June 2025 Approve',
        'CNY 8.6 million 2024 Oppose',
        'CNY 8 million 31 October 2024 Not marked',
      ],
    };
    for (const [name, expected] of Object.entries(rows)) {
      const file = pdf(name);
      const printed = Array.from({ length: pageCount(file) }, (_, i) =>
        linesOfPage(file, i + 1).map((l) => l.text.replace(/\s/g, '')),
      ).flat();
      for (const row of expected)
        expect(
          printed.some((line) => line.endsWith(row.replace(/\s/g, ''))),
          `${name}: "${row}" in ${printed.join(' | ')}`,
        ).toBe(true);
    }
  });

  it('keep the lines before the table on the 28.9 pt grid, no Latin word or number broken, no character lost', async () => {
    for (const [name, language, header] of [
      ['votesZh', 'zh-CN', '序号项目投资'],
      ['votesEn', 'en', 'No.ProjectInvestment'],
    ] as const) {
      const file = pdf(name);
      const docxText = (await mammoth.extractRawText({ buffer: Buffer.from(await votingNotes(language)) })).value;
      const sourceTokens = new Set(latinTokens(docxText));
      const pdfText = squeeze(tool('pdftotext', [file, '-'])).replace(/—\d+—/g, '');
      const tableAt = pdfText.indexOf(header);
      expect(tableAt, `${name}: the candidates' table`).toBeGreaterThan(500);
      // Every character before the table is printed (pdftotext reads table cells in its own order).
      expect(pdfText.slice(0, tableAt), name).toBe(squeeze(docxText).slice(0, tableAt));
      const grid = bodyLinesOfPage(file, 1).filter(isBodyLine);
      const first = grid[0]?.yMax ?? 0;
      let checked = 0;
      for (const line of grid) {
        if (squeeze(line.text).startsWith(header)) break;
        const offset = (line.yMax - first) / PITCH;
        expect(Math.abs(offset - Math.round(offset)) * PITCH, `${name} "${line.text.slice(0, 12)}" off the grid`).toBeLessThan(1.5);
        if (language === 'zh-CN' && CJK_ONLY.test(squeeze(line.text))) expect(printedChars(line)).toBeLessThanOrEqual(28);
        checked++;
      }
      expect(checked, name).toBeGreaterThan(12);
      for (let page = 1; page <= pageCount(file); page++)
        for (const line of bodyLinesOfPage(file, page))
          for (const token of latinTokens(line.text)) expect(sourceTokens.has(token), `${name}: "${token}" in "${line.text}"`).toBe(true);
    }
  }, 60_000);
});
