import { parentPort } from 'node:worker_threads';
import type { z } from 'zod';
import { JobRequestSchema, type JobContract, type JobProgress, type WorkerMessage } from '../../shared/workers/worker-protocol';

/** What a handler gets besides its input: a way to say how far it is. */
export interface JobContext {
  progress(progress: JobProgress): void;
}

/** Thrown by a handler that refuses its input; `reason` must match the job's refusal schema. */
export class JobRefused<R> extends Error {
  constructor(readonly reason: R) {
    super('job refused its input');
    this.name = 'JobRefused';
  }
}

export type JobHandlers<C extends JobContract> = {
  [J in keyof C]: (input: z.output<C[J]['input']>, context: JobContext) => Promise<z.input<C[J]['output']>> | z.input<C[J]['output']>;
};

/**
 * The worker side: waits for the one job it is given (a message, so that a worker can be started
 * before it is needed), validates its input, runs the handler and posts progress and the one final
 * message. Each worker runs one job; the runner then ends it.
 */
export function serveJob<C extends JobContract>(contract: C, handlers: JobHandlers<C>): void {
  const port = parentChannel();
  port.once((raw) => void runJob(contract, handlers, raw, (message) => port.post(message)));
}

interface ParentChannel {
  once(listener: (raw: unknown) => void): void;
  post(message: WorkerMessage): void;
}

/** Electron's parent port of a utility process: messages arrive as events holding `data`. */
interface ElectronParentPort {
  once(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

function electronParentPort(): ElectronParentPort | null {
  const port: unknown = Reflect.get(process, 'parentPort');
  return isParentPort(port) ? port : null;
}

const isParentPort = (port: unknown): port is ElectronParentPort =>
  typeof port === 'object' && port !== null && 'postMessage' in port && 'once' in port;

/** The channel to whoever started this job: a worker thread's parent, an Electron utility process's parent port, or a Node parent process. */
function parentChannel(): ParentChannel {
  if (parentPort) {
    const port = parentPort;
    return { once: (listener) => void port.once('message', listener), post: (message) => port.postMessage(message) };
  }
  const electronPort = electronParentPort();
  if (electronPort)
    return {
      once: (listener) => electronPort.once('message', (event) => listener(event.data)),
      post: (message) => electronPort.postMessage(message),
    };
  const send = process.send?.bind(process);
  if (send) return { once: (listener) => void process.once('message', listener), post: (message) => void send(message) };
  throw new Error('serveJob runs inside a worker, a utility process or a child process');
}

async function runJob<C extends JobContract>(
  contract: C,
  handlers: JobHandlers<C>,
  raw: unknown,
  post: (message: WorkerMessage) => void,
): Promise<void> {
  const request = JobRequestSchema.safeParse(raw);
  if (!request.success || !Object.hasOwn(contract, request.data.job)) {
    post({ type: 'failed', message: `unknown or malformed job request` });
    return;
  }
  const job = request.data.job as keyof C & string;
  const spec = contract[job]!;
  const input = spec.input.safeParse(request.data.input);
  if (!input.success) {
    post({ type: 'failed', message: `invalid input for ${job}: ${input.error.issues[0]?.message ?? ''}`.slice(0, 2000) });
    return;
  }
  try {
    const output = await handlers[job](input.data as never, { progress: (progress) => post({ type: 'progress', progress }) });
    post({ type: 'done', output });
  } catch (error) {
    if (error instanceof JobRefused) post({ type: 'refused', reason: error.reason });
    else post({ type: 'failed', message: (error instanceof Error ? error.message : String(error)).slice(0, 2000) });
  }
}
