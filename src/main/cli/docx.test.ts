import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeDraftFile } from '../services/draft-file';
import { CHINESE_PROPOSAL } from '../services/export/sample-drafts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const cli = fileURLToPath(new URL('./docx.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'docx-cli-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync(tsx, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

function writeJson(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe('docx CLI', () => {
  it('writes the DOCX of a saved draft (extra keys ignored)', async () => {
    const draft = {
      ...CHINESE_PROPOSAL,
      id: 'd-abcdef12',
      createdAt: '2024-01-29T10:00:00.000Z',
      updatedAt: '2024-01-29T10:00:00.000Z',
      deletedAt: null,
    };
    const out = join(dir, 'proposal.docx');
    const result = run(writeJson('draft.json', draft), out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = (await mammoth.extractRawText({ buffer: readFileSync(out) })).value;
    expect(text).toContain(CHINESE_PROPOSAL.leadDeputy);
  }, 60_000);

  it('renders the file the app exports ("Export JSON"), and names a wrong field inside it', async () => {
    const out = join(dir, 'exported.docx');
    const file = join(dir, 'exported.json');
    writeFileSync(file, serializeDraftFile(CHINESE_PROPOSAL));
    const result = run(file, out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect((await mammoth.extractRawText({ buffer: readFileSync(out) })).value).toContain(CHINESE_PROPOSAL.title.slice(0, 6));

    const broken = writeJson('broken-export.json', {
      format: 'deputy-desk-draft',
      formatVersion: 1,
      draft: { ...CHINESE_PROPOSAL, language: 'fr' },
    });
    const refused = run(broken, join(dir, 'broken.docx'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/field draft\.language/);
  }, 60_000);

  it('names the wrong field in one line and exits 1', () => {
    const bad = { ...CHINESE_PROPOSAL, coSigners: [{ name: 7, delegation: '', deputyNumber: '' }] };
    const result = run(writeJson('bad.json', bad), join(dir, 'bad.docx'));
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/Invalid draft in ".*bad\.json": field coSigners\.0\.name: .*string/);
  }, 60_000);

  it('explains a file that is not JSON, and prints usage without arguments', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{ "kind": ');
    const broken = run(path, join(dir, 'x.docx'));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/^Cannot read ".*broken\.json" \(not JSON: .*\): pass a draft saved as JSON\.\n$/);
    const usage = run();
    expect(usage.status).toBe(1);
    expect(usage.stderr).toBe('Usage: npm run docx -- <draft.json> <out.docx>\n');
  }, 60_000);
});
