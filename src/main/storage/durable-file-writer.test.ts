import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DurableFileWriter } from './durable-file-writer';

describe('DurableFileWriter', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'deputy-desk-writer-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes the content and leaves no temp file behind', async () => {
    const writer = new DurableFileWriter(join(folder, 'data.json'));
    await writer.write(() => '{"a":1}');
    expect(await readFile(join(folder, 'data.json'), 'utf8')).toBe('{"a":1}');
    expect(await readdir(folder)).toEqual(['data.json']);
  });

  it('coalesces writes requested while one is in progress, and every caller learns when its content is on disk', async () => {
    const writer = new DurableFileWriter(join(folder, 'data.json'));
    let renders = 0;
    const requests = Array.from({ length: 20 }, (_, i) =>
      writer.write(() => {
        renders += 1;
        return String(i);
      }),
    );
    await Promise.all(requests);
    expect(await readFile(join(folder, 'data.json'), 'utf8')).toBe('19');
    // The first write starts at once; the 19 that arrive meanwhile become a single second write.
    expect(renders).toBe(2);
  });

  it('rejects when the disk refuses the write, and the same writer writes again once it can', async () => {
    const later = join(folder, 'later');
    const writer = new DurableFileWriter(join(later, 'data.json'));
    await expect(writer.write(() => 'x')).rejects.toThrow(/ENOENT/);
    await mkdir(later);
    await writer.write(() => 'ok');
    expect(await readFile(join(later, 'data.json'), 'utf8')).toBe('ok');
  });

  it('never follows a symlink planted at a temp name, and the file is readable by its owner only', async () => {
    const victim = join(folder, 'victim.txt');
    await writeFile(victim, 'precious');
    // The fixed name earlier versions used, and a few guesses: all symlinks to the victim.
    for (const name of ['.data.json.tmp', '.data.json.tmp-0', 'data.json.tmp']) await symlink(victim, join(folder, name));
    const writer = new DurableFileWriter(join(folder, 'data.json'));
    await writer.write(() => 'new content');
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect(await readFile(join(folder, 'data.json'), 'utf8')).toBe('new content');
    expect((await stat(join(folder, 'data.json'))).mode & 0o777).toBe(0o600);
  });
});
