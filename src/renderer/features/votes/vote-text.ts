import type { TFunction } from 'i18next';
import type { VoteItem } from '../../../shared/domain/vote';
import type { BallotMode } from '../../../shared/domain/vote';
import type { BallotChoices } from '../../../shared/votes/ballot-choices';
import type { BallotEvaluation, BallotProblem } from '../../../shared/votes/ballot-evaluation';
import type { CandidateProblemCode } from '../../../shared/votes/parse-candidates';

/** The title to show: the item's own, or the default one in the UI language. */
export function itemTitle(t: TFunction, item: Pick<VoteItem, 'defaultKey' | 'title'>): string {
  return item.defaultKey === null ? item.title : t(`votes.defaultItem.${item.defaultKey}`);
}

/** One problem of a marked ballot, in the UI language, with its numbers. */
export function ballotProblemText(t: TFunction, problem: BallotProblem): string {
  const values = { count: problem.count ?? 0, max: problem.max ?? 0, rank: problem.rank ?? 0, name: problem.name ?? '' };
  if (problem.code === 'rankGap' && (problem.count ?? 0) > 1) return t('votes.ballotProblem.rankGapMany', values);
  return t(`votes.ballotProblem.${problem.code}`, values);
}

/** Why a pasted line (or a form field) is not a candidate. */
export function candidateProblemText(t: TFunction, code: CandidateProblemCode, field = ''): string {
  return t(`votes.candidateProblem.${code}`, { field });
}

/** "Approved 11 of at most 10", "Chosen 3 of at most 10", "Ranked 2 of at most 3". */
export function ballotCountText(t: TFunction, evaluation: BallotEvaluation): string {
  const values = { used: evaluation.counts.used, max: evaluation.maxChoices };
  switch (evaluation.mode) {
    case 'perCandidate':
      return t('votes.ballot.countApproved', values);
    case 'chooseUpTo':
      return t('votes.ballot.countChosen', values);
    case 'rank':
      return t('votes.ballot.countRanked', values);
  }
}

/** An amount in 万元, written for the UI language. */
export function investmentText(t: TFunction, language: string, wan: number | null): string {
  if (wan === null) return '';
  return t('votes.candidate.investmentValue', {
    amount: wan.toLocaleString(language === 'zh-CN' ? 'zh-CN' : 'en', { maximumFractionDigits: 2 }),
  });
}

/** What a marked ballot chooses, one line per list: "Projects chosen: A; B", "Ranking: 1. C; 2. D", approved / opposed / abstained. */
export function ballotChoiceLines(t: TFunction, mode: BallotMode, choices: BallotChoices): string[] {
  const names = (list: readonly string[]) => (list.length === 0 ? t('votes.summary.none') : list.join(t('votes.summary.namesSeparator')));
  if (mode === 'rank')
    return [
      t('votes.summary.ranked', {
        names: names(choices.chosen.map((c) => t('votes.summary.rankedName', { rank: c.rank ?? 0, name: c.name }))),
      }),
    ];
  if (mode === 'chooseUpTo') return [t('votes.summary.chosen', { names: names(choices.chosen.map((c) => c.name)) })];
  return [
    t('votes.summary.approved', { names: names(choices.chosen.map((c) => c.name)) }),
    ...(choices.opposed.length > 0 ? [t('votes.summary.opposed', { names: names(choices.opposed) })] : []),
    ...(choices.abstained.length > 0 ? [t('votes.summary.abstained', { names: names(choices.abstained) })] : []),
  ];
}
