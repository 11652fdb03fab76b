import type { Candidate, CandidateMark, Intention, VoteItem } from '../src/shared/domain/vote';
import { INTENTIONS } from '../src/shared/domain/vote';
import { evaluateBallot } from '../src/shared/votes/ballot-evaluation';
import { defaultVoteAgenda } from '../src/shared/votes/default-agenda';
import { summarizeIntentions } from '../src/shared/votes/summarize-intentions';
import { medianMs, pick, type BenchOptions, type Metric } from './measure';

const ITEM_COUNT = 200;
const CANDIDATE_COUNT = 100;
const MARKS: (CandidateMark | null)[] = ['approve', 'oppose', 'abstain', null];

/** 200 agenda items (one of them a 100-candidate ballot, over its limit); the median of summary + ballot evaluation. */
export async function benchVotes(options: BenchOptions): Promise<Record<string, Metric>> {
  const base = defaultVoteAgenda()[0]!;
  const candidates: Candidate[] = Array.from({ length: CANDIDATE_COUNT }, (_, i) => ({
    id: `c-bench-${String(i).padStart(4, '0')}`,
    name: `Livelihood project ${i + 1}`,
    description: 'New bus routes, canteens and clinics for the villages of the district.',
    investment: 100 + i * 10,
    completion: '2024-12',
    mark: MARKS[i % MARKS.length]!,
    rank: i < 20 ? i + 1 : null,
    deletedAt: null,
  }));
  const items: VoteItem[] = Array.from({ length: ITEM_COUNT }, (_, i) => ({
    ...base,
    id: `v-bench-${String(i).padStart(4, '0')}`,
    defaultKey: null,
    title: `Resolution ${i + 1}`,
    intention: INTENTIONS[i % INTENTIONS.length] as Intention,
    rationale: 'Reasons '.repeat(50),
    ...(i === ITEM_COUNT - 1 ? { kind: 'ballot' as const, ballot: { mode: 'perCandidate' as const, maxChoices: 10, candidates } } : {}),
  }));

  const median = await medianMs(
    () => {
      summarizeIntentions(items);
      evaluateBallot(items[ITEM_COUNT - 1]!.ballot!);
    },
    pick(options, 51, 1),
    pick(options, 5, 0),
  );
  // The limit: one bare pass over the same items and candidates, counting intentions and marks.
  const bare = await medianMs(
    () => {
      const counts = new Map<string, number>();
      for (const item of items) counts.set(item.intention, (counts.get(item.intention) ?? 0) + 1);
      for (const c of candidates) if (c.mark) counts.set(c.mark, (counts.get(c.mark) ?? 0) + 1);
      return counts;
    },
    pick(options, 51, 1),
    pick(options, 5, 0),
  );
  return {
    'votes.summary_ms': {
      value: median,
      unit: 'ms',
      size: `${ITEM_COUNT} agenda items, a ${CANDIDATE_COUNT}-candidate ballot`,
      peer: { label: 'one bare counting pass over the same items and candidates', value: bare },
      target: '< 20',
      met: median < 20,
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchVotes({ quick: process.argv.includes('--quick') }));
