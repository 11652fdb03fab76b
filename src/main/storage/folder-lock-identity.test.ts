import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME, lockDataFolder } from './folder-lock';
import { ownIdentity } from './process-identity';
import { openStoreInFolder, STORE_FILE_NAME } from './store';

const PROBE = resolve(import.meta.dirname, '../test-support/lock-probe.ts');

/** Another Deputy Desk process trying to take `folder`: "locked" or "refused …". */
function probe(folder: string, holdMs = 0): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', PROBE, folder, String(holdMs)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', () => (out.trim() ? done(out.trim()) : fail(new Error(err))));
  });
}

/** State and start time of a process, read from /proc by the test itself. */
function procState(pid: number): { state: string; startTicks: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0]!, startTicks: Number(fields[19]) };
  } catch {
    return null;
  }
}

/** A real zombie: a shell starts a child that exits at once, then becomes `sleep`, which never reaps it. */
async function zombie(): Promise<{ pid: number; parent: ChildProcess }> {
  const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 60'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const pid = await new Promise<number>((done) => parent.stdout!.once('data', (chunk: Buffer) => done(Number(chunk.toString().trim()))));
  await expect.poll(() => procState(pid)?.state, { timeout: 20_000 }).toBe('Z');
  return { pid, parent };
}

describe('lock owner is the same process, not just a live pid', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'deputy-desk-lock-id-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it.runIf(process.platform === 'linux')(
    'takes over a lock naming a live pid whose process started at another time (pid 1, a reused pid)',
    async () => {
      const me = ownIdentity();
      await writeFile(
        join(folder, LOCK_FILE_NAME),
        JSON.stringify({ pid: 1, bootId: me.bootId, startTicks: 7, since: '2026-01-01T00:00:00.000Z' }),
      );
      const lock = await lockDataFolder(folder);
      expect(JSON.parse(await readFile(join(folder, LOCK_FILE_NAME), 'utf8'))).toMatchObject({
        pid: process.pid,
        startTicks: me.startTicks,
      });
      await lock.release();
    },
  );

  it.runIf(process.platform === 'linux')(
    'takes over a lock whose owner is a zombie (killed, not yet reaped), its pid and start time still listed',
    async () => {
      const { pid, parent } = await zombie();
      try {
        const bootId = ownIdentity().bootId;
        await writeFile(
          join(folder, LOCK_FILE_NAME),
          JSON.stringify({ pid, bootId, startTicks: procState(pid)!.startTicks, since: '2026-01-01T00:00:00.000Z' }),
        );
        const lock = await lockDataFolder(folder);
        expect(JSON.parse(await readFile(join(folder, LOCK_FILE_NAME), 'utf8')).pid).toBe(process.pid);
        await lock.release();
      } finally {
        parent.kill('SIGKILL');
      }
    },
  );

  it('takes over a lock whose owner has exited, and refuses one whose owner still runs', async () => {
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const exited = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await new Promise((done) => exited.once('exit', done));
    try {
      const bootId = ownIdentity().bootId;
      await expect.poll(() => procState(live.pid!) !== null || process.platform !== 'linux').toBe(true);
      const owner = (pid: number) =>
        JSON.stringify({ pid, bootId, startTicks: procState(pid)?.startTicks ?? null, since: '2026-01-01T00:00:00.000Z' });
      await writeFile(join(folder, LOCK_FILE_NAME), owner(live.pid!));
      await expect(lockDataFolder(folder)).rejects.toThrow(new RegExp(`already running .*process ${live.pid}`));
      await writeFile(join(folder, LOCK_FILE_NAME), owner(exited.pid!));
      const lock = await lockDataFolder(folder);
      expect(JSON.parse(await readFile(join(folder, LOCK_FILE_NAME), 'utf8')).pid).toBe(process.pid);
      await lock.release();
    } finally {
      live.kill('SIGKILL');
    }
  });

  it.runIf(process.platform === 'linux')('takes over a lock written before the last reboot, whatever its pid', async () => {
    await writeFile(
      join(folder, LOCK_FILE_NAME),
      JSON.stringify({ pid: process.ppid, bootId: 'another-boot', startTicks: ownIdentity().startTicks }),
    );
    const lock = await lockDataFolder(folder);
    expect(JSON.parse(await readFile(join(folder, LOCK_FILE_NAME), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('lets exactly one of several processes take over a stale lock at once', async () => {
    await writeFile(join(folder, LOCK_FILE_NAME), JSON.stringify({ pid: 999_999_999, since: '2026-01-01T00:00:00.000Z' }));
    const answers = await Promise.all(Array.from({ length: 3 }, () => probe(folder, 3_000)));
    expect(answers.filter((a) => a === 'locked')).toHaveLength(1);
    expect(answers.filter((a) => a.startsWith('refused DataFolderInUseError'))).toHaveLength(2);
  }, 60_000);

  it('recreates a data folder deleted while running and keeps it locked: a second Deputy Desk is refused', async () => {
    const data = join(folder, 'data');
    const store = await openStoreInFolder(data);
    await store.update((d) => {
      d.profile.name = 'before';
    });
    await store.flush();
    await rm(data, { recursive: true, force: true });
    // Deleted and not yet written again: a second one must still be refused.
    expect(await probe(data)).toMatch(/^refused DataFolderInUseError/);
    await store.update((d) => {
      d.profile.name = 'after the folder was deleted';
    });
    expect(store.health().ok).toBe(true);
    expect(JSON.parse(await readFile(join(data, STORE_FILE_NAME), 'utf8')).profile.name).toBe('after the folder was deleted');
    expect(JSON.parse(await readFile(join(data, LOCK_FILE_NAME), 'utf8')).pid).toBe(process.pid);
    expect(await probe(data)).toMatch(/^refused DataFolderInUseError/);
    await store.close();
    expect(await probe(data)).toBe('locked');
  }, 60_000);
});
