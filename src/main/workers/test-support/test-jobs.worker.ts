import { JobRefused, serveJob } from '../serve-jobs';
import { testJobContract } from './test-jobs';

void serveJob(testJobContract, {
  'test.count': ({ to }, { progress }) => {
    for (let i = 1; i <= to; i++) progress({ stage: 'counting', done: i, total: to });
    return { counted: to };
  },
  'test.spin': () => {
    for (;;) Math.sqrt(Math.random());
  },
  'test.allocate': () => {
    const kept: { text: string; children: unknown[] }[] = [];
    for (let i = 0; ; i++) kept.push({ text: `paragraph ${i}`, children: [{ run: i }] });
  },
  'test.refuse': ({ limit }) => {
    throw new JobRefused({ code: 'tooMany' as const, limit });
  },
  'test.throw': () => {
    throw new Error('a bug in the job');
  },
  'test.lie': () => ({ n: 'not a number' }) as never,
});
