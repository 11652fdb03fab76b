import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { docxWithBody, tinyParagraphs } from '../src/main/services/import/test-support/hostile-docx';
import { CHINESE_REPORT, chineseReportDocx, convertToPdf, englishReportDocx } from '../src/main/services/import/test-support/pdf-fixtures';

/**
 * Files the e2e specs import that take real tools seconds to make (LibreOffice converting Word files
 * to PDF, a zip of 1.5 million paragraphs). The global setup makes them once per change of their
 * recipes, so a test spends its time on the app, not on making its input.
 */
const ROOT = resolve(import.meta.dirname, '..');
const RECIPES = [
  'e2e/made-files.ts',
  'src/main/services/import/test-support/pdf-fixtures.ts',
  'src/main/services/import/test-support/hostile-docx.ts',
];
const ENV = 'DEPUTY_DESK_E2E_FILES';

/** The sentence the revised Chinese PDF says instead of the original's target. */
export const REVISED_SENTENCE = '今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右';

export type MadeFile = 'zh.pdf' | 'en.pdf' | 'zh-revised.pdf' | 'slow.docx' | 'tiny.docx';

async function make(): Promise<Record<MadeFile, Uint8Array>> {
  const revised = structuredClone(CHINESE_REPORT);
  const [first, ...rest] = revised.parts[1]?.paragraphs ?? [];
  if (!revised.parts[1] || first === undefined) throw new Error('the Chinese report has no second part to revise');
  revised.parts[1].paragraphs = [first.replace('地区生产总值增长6%左右', '地区生产总值增长6.5%左右'), ...rest];
  const pdfs = convertToPdf({
    'zh.docx': await chineseReportDocx(),
    'en.docx': await englishReportDocx(),
    'zh-revised.docx': await chineseReportDocx(revised),
  });
  const pdf = (name: string) => {
    const bytes = pdfs[name];
    if (!bytes) throw new Error(`LibreOffice wrote no ${name}`);
    return bytes;
  };
  return {
    'zh.pdf': pdf('zh.pdf'),
    'en.pdf': pdf('en.pdf'),
    'zh-revised.pdf': pdf('zh-revised.pdf'),
    // 90,000 paragraphs: under the paragraph limit, and many seconds of parsing.
    'slow.docx': await docxWithBody(tinyParagraphs(90_000)),
    // Millions of tiny paragraphs: over the limit.
    'tiny.docx': await docxWithBody(tinyParagraphs(1_500_000)),
  };
}

/** The folder of this version of the recipes (a hash of their source). */
function folderOfRecipes(): string {
  const hash = createHash('sha256');
  for (const recipe of RECIPES) hash.update(readFileSync(join(ROOT, recipe)));
  return join(ROOT, '.tmp/e2e-files', hash.digest('hex').slice(0, 16));
}

/** Makes the files unless this version of the recipes made them already; tells the test workers where they are. */
export async function makeFilesOnce(): Promise<void> {
  const folder = folderOfRecipes();
  process.env[ENV] = folder;
  if (existsSync(join(folder, 'done'))) return;
  const files = await make();
  // Written beside, then moved into place whole: a run stopped half-way leaves no partial set.
  const partial = `${folder}.partial-${process.pid}`;
  await mkdir(partial, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) await writeFile(join(partial, name), bytes);
  await writeFile(join(partial, 'done'), '');
  await rm(folder, { recursive: true, force: true });
  await rename(partial, folder);
}

/** A file the global setup made. */
export async function madeFile(name: MadeFile): Promise<Buffer> {
  const folder = process.env[ENV];
  if (!folder) throw new Error(`${ENV} is not set: run the specs through playwright.config.ts (its global setup makes the files)`);
  return readFile(join(folder, name));
}
