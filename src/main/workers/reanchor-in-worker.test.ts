import { describe, expect, it } from 'vitest';
import { documentFromParagraphs } from '../../shared/anchoring/anchor-test-support';
import { describePassage } from '../../shared/anchoring/describe-passage';
import { reanchorInWorker } from './reanchor-in-worker';

describe('re-anchoring in a worker thread', () => {
  it('re-anchors in the worker and reports progress', async () => {
    const before = documentFromParagraphs(['Fellow Deputies,', 'We will build 30 new schools and renovate 120 old communities.']);
    const after = documentFromParagraphs(['Fellow Deputies, dear comrades,', 'We will build 32 new schools and renovate 120 old communities.']);
    const at = before.text.indexOf('build 30 new schools');
    const target = describePassage(before, at, at + 'build 30 new schools'.length)!;
    const progress: number[] = [];
    const results = await reanchorInWorker({ targets: [target], next: after, previous: before }, { onProgress: (p) => progress.push(p.done) });
    expect(results).toHaveLength(1);
    expect(results[0]!.status).toBe('fuzzy');
    expect(after.text.slice(results[0]!.target.position.start, results[0]!.target.position.end)).toBe('build 32 new schools');
    expect(progress).toEqual([1]);
  }, 60_000);
});
