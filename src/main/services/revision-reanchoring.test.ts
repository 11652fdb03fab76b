import { describe, expect, it } from 'vitest';
import type { AppJobContract } from '../../shared/workers/job-contract';
import type { JobRefusal, JobRunner } from '../workers/job-runner';
import { DomainError } from './domain-error';
import { jobReanchorer } from './revision-reanchoring';

/** A job runner whose re-anchoring job hit a limit (as the capped worker answers it). */
function stoppedBy(refusal: JobRefusal<never>): JobRunner<AppJobContract> {
  return { run: async () => ({ ok: false, refusal }), prepare: () => undefined };
}

const JOB = { targets: [], next: { text: 'Revised report.', paragraphs: [] } };

async function refusalOf(runner: JobRunner<AppJobContract>): Promise<unknown> {
  return jobReanchorer(runner)(JOB, () => undefined).then(
    () => null,
    (error: unknown) => error,
  );
}

describe('a re-anchoring stopped by the worker’s limits', () => {
  it('says which limit stopped the revision, in Chinese and in English, as a refusal rather than a crash', async () => {
    const slow = await refusalOf(stoppedBy({ limit: 'time', timeLimitMs: 61_000 }));
    expect(slow).toBeInstanceOf(DomainError);
    if (!(slow instanceof DomainError)) return;
    expect(slow.code).toBe('INVALID_INPUT');
    expect(slow.messageIn('zh-CN')).toBe('修订稿未导入：把批注放到修订稿上用时超过 61 秒，已停止。未作任何改动。');
    expect(slow.message).toBe(
      'The revised version was not imported: placing the annotations on it took longer than 61 seconds, so it was stopped. Nothing was changed.',
    );
    const large = await refusalOf(stoppedBy({ limit: 'memory', memoryLimitMb: 512 }));
    expect(large instanceof DomainError && large.messageIn('zh-CN')).toBe(
      '修订稿未导入：把批注放到修订稿上所需内存超过 512 MB，已停止。未作任何改动。',
    );
  });

  it('leaves a crashed worker a bug, not a message for the deputy', async () => {
    const crashed = await refusalOf(stoppedBy({ limit: 'crashed', message: 'the worker exited with code 1' }));
    expect(crashed).not.toBeInstanceOf(DomainError);
    expect(crashed).toBeInstanceOf(Error);
  });
});
