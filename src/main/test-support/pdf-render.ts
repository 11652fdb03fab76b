/**
 * Renders DOCX files with LibreOffice and reads the PDF back as a reader would (poppler's
 * `pdftotext -bbox-layout`): pages, printed lines and their words with positions in points.
 * For tests only. Needs soffice, poppler-utils and the CJK faces of scripts/install-system-packages.sh.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PT_PER_MM = 72 / 25.4;
export const A4_HEIGHT_PT = 841.89;
export const A4_WIDTH_PT = 595.28;
/** Bottom of the GB/T 9704 text block (35 mm bottom margin), in points from the top. */
export const BLOCK_BOTTOM_PT = A4_HEIGHT_PT - 35 * PT_PER_MM;

/** The test fontconfig that maps FangSong, KaiTi, SimHei, SimSun and 小标宋 to distinct free faces. */
const FONTCONFIG = resolve(import.meta.dirname, '../../../scripts/fontconfig/official-faces.conf');

export function tool(command: string, args: readonly string[], timeout = 60_000, env?: NodeJS.ProcessEnv): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout, env: env ?? process.env, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${command} failed (${result.error.message}): run scripts/install-system-packages.sh`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** Writes each DOCX to a fresh folder and converts them all in one LibreOffice run; returns name → PDF path. */
export function renderDocxFiles(files: Record<string, Uint8Array>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'docx-render-'));
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, bytes);
    return path;
  });
  // A fresh profile per run: a shared one is locked by any other soffice running.
  const profile = `file://${join(dir, 'lo-profile')}`;
  tool('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...paths], 180_000, {
    ...process.env,
    FONTCONFIG_FILE: FONTCONFIG,
  });
  return Object.fromEntries(Object.keys(files).map((name) => [name, join(dir, `${name}.pdf`)]));
}

export function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [pdf]))?.[1] ?? 0);
}

export interface PrintedWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PrintedLine {
  readonly words: readonly PrintedWord[];
  /** The words joined as printed, without the spaces pdftotext guesses between CJK characters. */
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const num = (attrs: string, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(attrs)?.[1] ?? NaN);

/** The printed lines of one page, top to bottom; lines on one baseline (two columns) are merged. */
export function linesOfPage(pdf: string, page: number): PrintedLine[] {
  const html = tool('pdftotext', ['-bbox-layout', '-f', String(page), '-l', String(page), pdf, '-']);
  const byBaseline = new Map<number, PrintedWord[]>();
  for (const line of html.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
    const words = [...(line[2] ?? '').matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((w) => ({
      text: unescape(w[2] ?? ''),
      xMin: num(w[1] ?? '', 'xMin'),
      yMin: num(w[1] ?? '', 'yMin'),
      xMax: num(w[1] ?? '', 'xMax'),
      yMax: num(w[1] ?? '', 'yMax'),
    }));
    if (words.length === 0) continue;
    const baseline = Math.round(Math.max(...words.map((w) => w.yMax)));
    const key = [...byBaseline.keys()].find((k) => Math.abs(k - baseline) <= 2) ?? baseline;
    byBaseline.set(key, [...(byBaseline.get(key) ?? []), ...words]);
  }
  return [...byBaseline.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, words]) => {
      const sorted = [...words].sort((a, b) => a.xMin - b.xMin);
      return {
        words: sorted,
        text: sorted.map((w) => w.text).join(' '),
        xMin: Math.min(...sorted.map((w) => w.xMin)),
        yMin: Math.min(...sorted.map((w) => w.yMin)),
        xMax: Math.max(...sorted.map((w) => w.xMax)),
        yMax: Math.max(...sorted.map((w) => w.yMax)),
      };
    });
}

/** The lines inside the text block (above the footer with the page number). */
export function bodyLinesOfPage(pdf: string, page: number): PrintedLine[] {
  return linesOfPage(pdf, page).filter((line) => line.yMax <= BLOCK_BOTTOM_PT + 1);
}

/** Characters of a printed line, CJK and Latin alike, without white space. */
export function printedChars(line: PrintedLine): number {
  return Array.from(line.text.replace(/\s+/g, '')).length;
}
