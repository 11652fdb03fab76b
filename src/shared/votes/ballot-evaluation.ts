import { z } from 'zod';
import { BallotModeSchema, type Ballot, type Candidate } from '../domain/vote';

/**
 * What can be wrong with a marked ballot. `invalid` problems make the ballot INVALID (it would be
 * void if cast as marked: never fixed silently); `incomplete` ones are reminders (a candidate left
 * unmarked); `warning`s are about the set-up (M larger than N, two candidates of the same name).
 */
export const BALLOT_PROBLEM_CODES = [
  'maxChoicesZero',
  'tooManyApprovals',
  'tooManyChosen',
  'tooManyRanked',
  'rankDuplicate',
  'rankGap',
  'rankBeyondMax',
  'noCandidates',
  'unmarkedCandidates',
  'nothingMarked',
  'maxChoicesExceedsCandidates',
  'duplicateName',
] as const;
export const BallotProblemCodeSchema = z.enum(BALLOT_PROBLEM_CODES);
export type BallotProblemCode = z.infer<typeof BallotProblemCodeSchema>;

export const BallotProblemSchema = z.object({
  code: BallotProblemCodeSchema,
  severity: z.enum(['invalid', 'incomplete', 'warning']),
  /** Plain English, for logs and API error text; the UI translates `code` with the numbers below. */
  message: z.string(),
  /** How many (approvals, ticks, ranks, unmarked candidates, candidates). */
  count: z.number().int().optional(),
  /** M. */
  max: z.number().int().optional(),
  /** The rank concerned (duplicated, beyond M, or the first missing one; `count` = how many are missing). */
  rank: z.number().int().optional(),
  /** The duplicated name. */
  name: z.string().optional(),
  /** The candidates concerned, to highlight. */
  candidateIds: z.array(z.string()).optional(),
});
export type BallotProblem = z.infer<typeof BallotProblemSchema>;

export const BallotCountsSchema = z.object({
  candidates: z.number().int(),
  approve: z.number().int(),
  oppose: z.number().int(),
  abstain: z.number().int(),
  /** perCandidate: candidates without a mark. */
  unmarked: z.number().int(),
  /** chooseUpTo: candidates ticked (marked `approve`). */
  chosen: z.number().int(),
  /** rank: candidates given a rank. */
  ranked: z.number().int(),
  /** What counts against M in this mode: approvals, ticks or ranks. */
  used: z.number().int(),
  /** M − used; negative when the ballot is over the limit. */
  remaining: z.number().int(),
});
export type BallotCounts = z.infer<typeof BallotCountsSchema>;

export const BallotVerdictSchema = z.enum(['valid', 'incomplete', 'invalid']);
export type BallotVerdict = z.infer<typeof BallotVerdictSchema>;

export const BallotEvaluationSchema = z.object({
  mode: BallotModeSchema,
  maxChoices: z.number().int(),
  counts: BallotCountsSchema,
  /** `invalid` when any problem is; else `incomplete` when any is; else `valid`. */
  verdict: BallotVerdictSchema,
  /** Invalid problems first, then incomplete, then warnings. */
  problems: z.array(BallotProblemSchema),
});
export type BallotEvaluation = z.infer<typeof BallotEvaluationSchema>;

type ProblemFields = Omit<BallotProblem, 'severity' | 'message'>;
const SEVERITY: Record<BallotProblemCode, BallotProblem['severity']> = {
  maxChoicesZero: 'invalid',
  tooManyApprovals: 'invalid',
  tooManyChosen: 'invalid',
  tooManyRanked: 'invalid',
  rankDuplicate: 'invalid',
  rankGap: 'invalid',
  rankBeyondMax: 'invalid',
  noCandidates: 'incomplete',
  unmarkedCandidates: 'incomplete',
  nothingMarked: 'incomplete',
  maxChoicesExceedsCandidates: 'warning',
  duplicateName: 'warning',
};
const ORDER = { invalid: 0, incomplete: 1, warning: 2 } as const;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The English sentence of a problem (the UI's catalogues have their own under `votes.ballotProblem.<code>`). */
export function describeBallotProblem(p: ProblemFields): string {
  const count = p.count ?? 0;
  const max = p.max ?? 0;
  switch (p.code) {
    case 'maxChoicesZero':
      return 'M is 0: no candidate may be chosen, so the ballot cannot be filled in validly';
    case 'tooManyApprovals':
      return `${plural(count, 'approval')} where at most ${max} may be given: the ballot is invalid`;
    case 'tooManyChosen':
      return `${plural(count, 'candidate')} chosen where at most ${max} may be: the ballot is invalid`;
    case 'tooManyRanked':
      return `${plural(count, 'candidate')} ranked where at most ${max} may be: the ballot is invalid`;
    case 'rankDuplicate':
      return `rank ${p.rank ?? 0} is given to ${plural(count, 'candidate')}: each rank may be used once`;
    case 'rankGap':
      return count > 1
        ? `${count} ranks are missing, the first is ${p.rank ?? 0}: ranks must run 1, 2, 3… without gaps`
        : `rank ${p.rank ?? 0} is missing: ranks must run 1, 2, 3… without gaps`;
    case 'rankBeyondMax':
      return `rank ${p.rank ?? 0} is beyond ${max}, the number of candidates that may be ranked`;
    case 'noCandidates':
      return 'the ballot has no candidates yet';
    case 'unmarkedCandidates':
      return `${plural(count, 'candidate is', 'candidates are')} not marked yet`;
    case 'nothingMarked':
      return 'no candidate is marked yet';
    case 'maxChoicesExceedsCandidates':
      return `M (${max}) is larger than the number of candidates (${count})`;
    case 'duplicateName':
      return `${plural(count, 'candidate')} share the name "${p.name ?? ''}"`;
  }
}

const nameKey = (name: string): string => name.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/**
 * Counts the marks of a ballot (removed candidates left out) and checks them against its rule:
 * at most M approvals / ticks / ranks, ranks 1..k without gaps or duplicates. Reports; never changes.
 */
export function evaluateBallot(ballot: Pick<Ballot, 'mode' | 'maxChoices' | 'candidates'>): BallotEvaluation {
  const { mode, maxChoices: max } = ballot;
  const live = ballot.candidates.filter((c) => c.deletedAt === null);
  const problems: BallotProblem[] = [];
  const add = (fields: ProblemFields): void => {
    problems.push({ ...fields, severity: SEVERITY[fields.code], message: describeBallotProblem(fields) });
  };
  const ids = (list: readonly Candidate[]): string[] => list.map((c) => c.id);

  const byMark: Record<NonNullable<Candidate['mark']> | 'unmarked', Candidate[]> = { approve: [], oppose: [], abstain: [], unmarked: [] };
  const ranked: Candidate[] = [];
  for (const c of live) {
    byMark[c.mark ?? 'unmarked'].push(c);
    if (c.rank !== null) ranked.push(c);
  }
  const used = mode === 'rank' ? ranked.length : byMark.approve.length;

  if (max < 1) add({ code: 'maxChoicesZero', max });
  if (live.length === 0) add({ code: 'noCandidates', count: 0 });
  else if (max > live.length) add({ code: 'maxChoicesExceedsCandidates', max, count: live.length });

  if (mode === 'perCandidate') {
    if (used > max && max >= 1) add({ code: 'tooManyApprovals', count: used, max, candidateIds: ids(byMark.approve) });
    if (byMark.unmarked.length > 0 && live.length > 0) {
      add({ code: 'unmarkedCandidates', count: byMark.unmarked.length, candidateIds: ids(byMark.unmarked) });
    }
  } else if (mode === 'chooseUpTo') {
    if (used > max && max >= 1) add({ code: 'tooManyChosen', count: used, max, candidateIds: ids(byMark.approve) });
    if (used === 0 && live.length > 0) add({ code: 'nothingMarked', count: 0 });
  } else {
    checkRanks(ranked, max, add);
    if (used === 0 && live.length > 0) add({ code: 'nothingMarked', count: 0 });
  }
  checkDuplicateNames(live, add);

  problems.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const verdict = problems.some((p) => p.severity === 'invalid')
    ? 'invalid'
    : problems.some((p) => p.severity === 'incomplete')
      ? 'incomplete'
      : 'valid';
  return {
    mode,
    maxChoices: max,
    counts: {
      candidates: live.length,
      approve: byMark.approve.length,
      oppose: byMark.oppose.length,
      abstain: byMark.abstain.length,
      unmarked: byMark.unmarked.length,
      chosen: byMark.approve.length,
      ranked: ranked.length,
      used,
      remaining: max - used,
    },
    verdict,
    problems,
  };
}

function checkRanks(ranked: readonly Candidate[], max: number, add: (fields: ProblemFields) => void): void {
  if (ranked.length > max && max >= 1) add({ code: 'tooManyRanked', count: ranked.length, max, candidateIds: ranked.map((c) => c.id) });
  const holders = new Map<number, string[]>();
  for (const { id, rank } of ranked) {
    if (rank === null) continue;
    const list = holders.get(rank);
    if (list) list.push(id);
    else holders.set(rank, [id]);
  }
  const byRank = [...holders].sort(([a], [b]) => a - b);
  const ranks = byRank.map(([rank]) => rank);
  for (const [rank, candidateIds] of byRank) {
    if (candidateIds.length > 1) add({ code: 'rankDuplicate', rank, count: candidateIds.length, candidateIds });
  }
  const highest = ranks.at(-1) ?? 0;
  const missing: number[] = [];
  for (let rank = 1; rank < highest; rank++) if (!holders.has(rank)) missing.push(rank);
  if (missing.length > 0) add({ code: 'rankGap', rank: missing[0]!, count: missing.length });
  for (const [rank, candidateIds] of byRank) {
    if (rank > max && max >= 1) add({ code: 'rankBeyondMax', rank, max, candidateIds });
  }
}

function checkDuplicateNames(live: readonly Candidate[], add: (fields: ProblemFields) => void): void {
  const groups = new Map<string, Candidate[]>();
  for (const c of live) {
    const key = nameKey(c.name);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  for (const group of groups.values()) {
    const [first] = group;
    if (first && group.length > 1)
      add({ code: 'duplicateName', name: first.name, count: group.length, candidateIds: group.map((c) => c.id) });
  }
}
