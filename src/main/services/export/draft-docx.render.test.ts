/**
 * Renders exported drafts with LibreOffice and measures the PDF with poppler: the page, the margins,
 * the embedded CJK font and the page number are checked where they are printed, not only in the XML.
 * Needs soffice, poppler-utils and fonts-noto-cjk (scripts/install-system-packages.sh); fails without.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDraftDocx } from './draft-docx';
import { CHINESE_PROPOSAL, ENGLISH_SUGGESTION, longChineseProposal } from './sample-drafts';

const PT_PER_MM = 72 / 25.4;
const artifacts = fileURLToPath(new URL('../../../../e2e/artifacts/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'docx-render-'));

function tool(command: string, args: readonly string[], timeout = 30_000): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout });
  if (result.error) throw new Error(`${command} failed (${result.error.message}): run scripts/install-system-packages.sh`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

function wordsOfPage(pdf: string, page: number): Word[] {
  const html = tool('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-']);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5] ?? '',
  }));
}

const pdfs: Record<string, string> = {};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  for (const command of ['soffice', 'pdfinfo']) {
    const probe = spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    if (probe.error)
      throw new Error(`${command} is missing: run scripts/install-system-packages.sh (LibreOffice, poppler-utils, fonts-noto-cjk)`);
  }
});

async function renderAll(): Promise<void> {
  if (Object.keys(pdfs).length > 0) return;
  const drafts = { 'proposal-zh': CHINESE_PROPOSAL, 'suggestion-en': ENGLISH_SUGGESTION, 'proposal-zh-long': longChineseProposal() };
  const files: string[] = [];
  for (const [name, draft] of Object.entries(drafts)) {
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, await buildDraftDocx(draft));
    files.push(file);
  }
  // A fresh profile per run: a shared one is locked by any other soffice running.
  const profile = `file://${join(dir, 'lo-profile')}`;
  tool('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], 90_000);
  for (const name of Object.keys(drafts)) pdfs[name] = join(dir, `${name}.pdf`);
}

function pdfOf(name: string): string {
  const pdf = pdfs[name];
  if (pdf === undefined) throw new Error(`no PDF for ${name}`);
  return pdf;
}

describe.each([
  ['proposal-zh', 'docx-proposal-zh-p1'],
  ['suggestion-en', 'docx-suggestion-en-p1'],
])('%s rendered by LibreOffice', (name, png) => {
  it('is A4 with the text block where GB/T 9704 puts it, a CJK font embedded and "— 1 —" on page 1', async () => {
    await renderAll();
    const pdf = pdfOf(name);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(tool('pdfinfo', [pdf]));
    expect(Number(size?.[1])).toBeCloseTo(595.3, 0);
    expect(Number(size?.[2])).toBeCloseTo(841.9, 0);

    const words = wordsOfPage(pdf, 1);
    const blockBottom = 841.89 - 35 * PT_PER_MM;
    const body = words.filter((w) => w.yMax <= blockBottom + 1);
    const left = Math.min(...body.map((w) => w.xMin)) / PT_PER_MM;
    const top = Math.min(...body.map((w) => w.yMin)) / PT_PER_MM;
    expect(left).toBeGreaterThan(28 - 1.5);
    expect(left).toBeLessThan(28 + 1.5);
    expect(top).toBeGreaterThan(37 - 2);
    expect(top).toBeLessThan(37 + 2);

    // The page number: odd page, right-aligned one 14 pt character in from the 26 mm margin; its
    // line centred 7 mm below the text block.
    const footer = words.filter((w) => w.yMin > blockBottom);
    expect(footer.map((w) => w.text).join('')).toBe('—1—');
    const right = (595.3 - Math.max(...footer.map((w) => w.xMax))) / PT_PER_MM;
    expect(right).toBeGreaterThan(26 + 4.94 - 1.5);
    expect(right).toBeLessThan(26 + 4.94 + 1.5);
    const centre = ((footer[0]?.yMin ?? 0) + (footer[0]?.yMax ?? 0)) / 2;
    expect((centre - blockBottom) / PT_PER_MM).toBeCloseTo(7, 0);
    expect(tool('pdftotext', ['-f', '1', '-l', '1', pdf, '-'])).toMatch(/—\s*1\s*—/);

    const fonts = tool('pdffonts', [pdf]).split('\n');
    expect(fonts.some((line) => /CJK/i.test(line) && /\byes\s+yes\s+yes\b/.test(line))).toBe(true);

    mkdirSync(artifacts, { recursive: true });
    tool('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(artifacts, png)]);
  }, 120_000);
});

describe('a long Chinese proposal rendered by LibreOffice', () => {
  it('fills 10 pages (the size export.proposal_10_pages_ms claims), 22 lines on a full page', async () => {
    await renderAll();
    const pdf = pdfOf('proposal-zh-long');
    expect(tool('pdfinfo', [pdf])).toMatch(/Pages:\s+10\n/);
    // Page 2 is all body text: 22 baselines of the 28.9 pt grid.
    const lines = new Set(
      wordsOfPage(pdf, 2)
        .filter((w) => w.yMax <= 841.89 - 35 * PT_PER_MM + 1)
        .map((w) => Math.round(w.yMax)),
    );
    expect(lines.size).toBe(22);
  }, 120_000);
});
