import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import type { ForkUtility, UtilityChild } from '../workers/utility-process-runner';

/**
 * A stand-in for Electron's `utilityProcess.fork` on a Node child process: same options (execArgv
 * with the heap cap), same events — and, as Electron does for a V8 fatal error, an 'error' event
 * naming the location ("Reached heap limit…") before 'exit' when the child runs out of memory.
 */
export const forkNodeUtility: ForkUtility = (modulePath, { execArgv }) => {
  const child = fork(modulePath, [], { execArgv, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' });
  const events = new EventEmitter();
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-10_000)));
  child.on('message', (message) => events.emit('message', message));
  child.on('exit', (code, signal) => {
    const fatal = /FATAL ERROR: ([^\n]*)/.exec(stderr);
    if (fatal) events.emit('error', 'FatalError', fatal[1]);
    events.emit('exit', code ?? (signal ? 128 : 1));
  });
  const utility: UtilityChild = {
    postMessage: (message) => void child.send(message as never),
    onMessage: (listener) => void events.on('message', listener),
    onExit: (listener) => void events.on('exit', listener),
    onError: (listener) => void events.on('error', listener),
    kill: () => child.kill('SIGKILL'),
  };
  return utility;
};
