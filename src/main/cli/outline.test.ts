import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OutlineSchema } from '../../shared/domain/outline';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const cli = fileURLToPath(new URL('./outline.ts', import.meta.url));
const report = fileURLToPath(new URL('../../../resources/reports/jiaxing-2024-government-work-report.en.txt', import.meta.url));

function run(...args: string[]) {
  return spawnSync(tsx, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe('outline CLI', () => {
  it('prints the outline of the bundled report as JSON', () => {
    const result = run(report);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const outline = OutlineSchema.parse(JSON.parse(result.stdout));
    expect(outline.title).toBe('Report on the Work of the Jiaxing Municipal Government (2024)');
    expect(outline.sections.map((s) => s.label)).toEqual([null, 'I', 'II', 'III']);
    expect(result.stdout).toContain('\n  "sections": [');
  }, 60_000);

  it('fails with a one-line hint for a missing file', () => {
    const result = run('resources/reports/does-not-exist.txt');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/does-not-exist\.txt.*ENOENT.*existing \.txt, \.md, \.docx or \.pdf/);
  }, 60_000);

  it('reads a GBK-encoded Chinese report', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'outline-cli-')), '报告.txt');
    writeFileSync(file, iconv.encode('政府工作报告\n\n一、工作回顾\n\n地区生产总值增长6.3%。\n', 'gbk'));
    const result = run(file);
    expect(result.status).toBe(0);
    expect(OutlineSchema.parse(JSON.parse(result.stdout)).sections.map((s) => s.heading)).toEqual(['', '工作回顾']);
  }, 60_000);

  it('refuses a file that is not a report with one line naming the problem', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'outline-cli-')), 'broken.docx');
    writeFileSync(file, 'not a zip');
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/"broken\.docx" cannot be imported: it is damaged or not a Word/);
  }, 60_000);

  it('prints usage when no file is given', () => {
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Usage: npm run outline -- <report\.txt\|report\.md\|report\.docx\|report\.pdf>/);
  }, 60_000);
});
