import { z } from 'zod';
import type { JobContract } from '../../../shared/workers/worker-protocol';

/** Jobs that behave badly on purpose, to prove what the runner does with each ending. */
export const testJobContract = {
  'test.count': { input: z.object({ to: z.number().int() }), output: z.object({ counted: z.number() }), refusal: z.never() },
  /** Never ends on its own: a synchronous loop, as a parser stuck on a hostile file. */
  'test.spin': { input: z.object({}), output: z.null(), refusal: z.never() },
  /** Keeps every paragraph object it makes, as a parser building a tree of a huge file. */
  'test.allocate': { input: z.object({}), output: z.null(), refusal: z.never() },
  'test.refuse': {
    input: z.object({ limit: z.number() }),
    output: z.null(),
    refusal: z.object({ code: z.literal('tooMany'), limit: z.number() }),
  },
  'test.throw': { input: z.object({}), output: z.null(), refusal: z.never() },
  /** Answers something that does not match its output schema. */
  'test.lie': { input: z.object({}), output: z.object({ n: z.number() }), refusal: z.never() },
} as const satisfies JobContract;
