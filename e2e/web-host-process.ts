import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

export interface RunningHost {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the built web host (`node out/main/web.js`) on a data folder and waits for the URL it prints. */
export function startHostProcess(dataFolder: string): Promise<RunningHost> {
  const child = spawn(process.execPath, [resolve(PROJECT_ROOT, 'out/main/web.js')], {
    cwd: PROJECT_ROOT,
    // The built host checks every answer against the contract while the e2e tests run, and retries a
    // failing write every 200 ms: a test waits for the write, not for the desktop app's retry ladder.
    env: { ...process.env, DEPUTY_DESK_DATA: dataFolder, DEPUTY_DESK_CHECK_OUTPUTS: '1', DEPUTY_DESK_RETRY_DELAYS_MS: '200' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolvePromise({
        url: match[1],
        process: child,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });
}
