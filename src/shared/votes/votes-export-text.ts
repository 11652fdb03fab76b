import type { Language } from '../domain/settings';
import type { BallotMode, CandidateMark, Intention } from '../domain/vote';
import type { BallotChoices } from './ballot-choices';
import type { BallotProblem, BallotVerdict } from './ballot-evaluation';
import { formatDocumentDate } from '../i18n/document-date';
import { translator } from '../i18n/shared-i18n';
import type { IntentionCounts } from './summarize-intentions';

/** The words of the voting-notes export, in the document's language. */
export interface VotesExportText {
  title: string;
  /** Printed under the title: these are the deputy's own notes, not a ballot. */
  privateNote: string;
  intention: Record<Intention, string>;
  intentionLabel: string;
  reasons: string;
  noReasons: string;
  paragraphs: string;
  annotations: string;
  removedAnnotation: string;
  summary: (counts: IntentionCounts, total: number, ballots: number) => string;
  /** The projects a marked ballot chooses (and, per candidate, opposes or abstains on): one line each. */
  choices: (mode: BallotMode, choices: BallotChoices) => string[];
  rule: (mode: BallotMode, max: number, candidates: number) => string;
  ballotCandidates: string;
  noCandidates: string;
  mark: Record<CandidateMark | 'unmarked' | 'chosen' | 'notChosen', string>;
  rank: (rank: number) => string;
  notRanked: string;
  /** The candidates' table header: No., project, investment, completion, the deputy's mark. */
  table: { serial: string; project: string; investment: string; completion: string; mark: string };
  /** A project's name with its description. */
  project: (name: string, description: string) => string;
  /** An investment given in 万元, as a deputy writes it: 5000万元, 3.2亿元 / CNY 50 million. */
  amount: (wan: number) => string;
  /** A completion date (YYYY, YYYY-MM or YYYY-MM-DD): 2024年12月 / December 2024. */
  completion: (date: string) => string;
  counts: (
    mode: BallotMode,
    c: { approve: number; oppose: number; abstain: number; unmarked: number; used: number; candidates: number },
  ) => string;
  verdictLabel: string;
  verdict: Record<BallotVerdict, string>;
  problem: (p: BallotProblem) => string;
}

/** The voting-notes words of `language`, from the `export` catalogue's "votes" section (src/shared/i18n/export). */
function votesTextFrom(language: Language): VotesExportText {
  const t = translator(language, 'export', 'votes');
  const list = (names: readonly string[]) => (names.length === 0 ? t('choices.none') : names.join(t('choices.separator')));
  const count = (p: BallotProblem) => ({ count: p.count ?? 0, max: p.max ?? 0, rank: p.rank ?? 0, name: p.name ?? '' });
  return {
    title: t('title'),
    privateNote: t('privateNote'),
    intention: {
      for: t('intention.for'),
      against: t('intention.against'),
      abstain: t('intention.abstain'),
      undecided: t('intention.undecided'),
    },
    intentionLabel: t('intentionLabel'),
    reasons: t('reasons'),
    noReasons: t('noReasons'),
    paragraphs: t('paragraphs'),
    annotations: t('annotations'),
    removedAnnotation: t('removedAnnotation'),
    summary: (c, total, ballots) =>
      t('summary', {
        total,
        for: c.for,
        against: c.against,
        abstain: c.abstain,
        undecided: c.undecided,
        ballots: ballots > 0 ? t('summaryBallots', { count: ballots }) : '',
      }),
    choices: (mode, c) => {
      if (mode === 'rank') {
        const ranked = c.chosen.map((x) => t('choices.rankEntry', { rank: x.rank ?? 0, name: x.name }));
        return [t('choices.rank', { list: ranked.length === 0 ? t('choices.none') : ranked.join(t('choices.rankSeparator')) })];
      }
      if (mode === 'chooseUpTo') return [t('choices.chosen', { list: list(c.chosen.map((x) => x.name)) })];
      return [
        t('choices.approved', { list: list(c.chosen.map((x) => x.name)) }),
        ...(c.opposed.length > 0 ? [t('choices.opposed', { list: list(c.opposed) })] : []),
        ...(c.abstained.length > 0 ? [t('choices.abstained', { list: list(c.abstained) })] : []),
      ];
    },
    rule: (mode, max, n) => t(`rule.${mode}`, { max, n }),
    ballotCandidates: t('ballotCandidates'),
    noCandidates: t('noCandidates'),
    mark: {
      approve: t('mark.approve'),
      oppose: t('mark.oppose'),
      abstain: t('mark.abstain'),
      unmarked: t('mark.unmarked'),
      chosen: t('mark.chosen'),
      notChosen: t('mark.notChosen'),
    },
    rank: (rank) => t('rank', { rank }),
    notRanked: t('notRanked'),
    table: {
      serial: t('table.serial'),
      project: t('table.project'),
      investment: t('table.investment'),
      completion: t('table.completion'),
      mark: t('table.mark'),
    },
    project: (name, description) => (description === '' ? name : t('project', { name, description })),
    // The catalogue formats the amount with Intl.NumberFormat (compact: 万/亿, million).
    amount: (wan) => t('amount', { yuan: Math.round(wan * 10_000 * 100) / 100 }),
    completion: (date) => formatDocumentDate(date, language) || date,
    counts: (mode, c) => t(`counts.${mode}`, c),
    verdictLabel: t('verdictLabel'),
    verdict: { valid: t('verdict.valid'), incomplete: t('verdict.incomplete'), invalid: t('verdict.invalid') },
    problem: (p) => t(p.code === 'rankGap' && (p.count ?? 0) > 1 ? 'problem.rankGapMany' : `problem.${p.code}`, count(p)),
  };
}

const TEXTS: Record<Language, VotesExportText> = { en: votesTextFrom('en'), 'zh-CN': votesTextFrom('zh-CN') };

export function votesExportText(language: Language): VotesExportText {
  return TEXTS[language];
}
