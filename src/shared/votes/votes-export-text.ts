import type { Language } from '../domain/settings';
import type { BallotMode, CandidateMark, Intention } from '../domain/vote';
import type { BallotChoices } from './ballot-choices';
import { describeBallotProblem, type BallotProblem, type BallotVerdict } from './ballot-evaluation';
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
  investment: (wan: number) => string;
  completion: (date: string) => string;
  counts: (mode: BallotMode, c: { approve: number; oppose: number; abstain: number; unmarked: number; used: number; candidates: number }) => string;
  verdictLabel: string;
  verdict: Record<BallotVerdict, string>;
  problem: (p: BallotProblem) => string;
}

const zhDate = (date: string): string => {
  const [year, month, day] = date.split('-');
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
};
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const enDate = (date: string): string => {
  const [year, month, day] = date.split('-');
  const m = month ? EN_MONTHS[Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : '', m ?? '', year].filter(Boolean).join(' ');
};

function zhProblem(p: BallotProblem): string {
  const count = p.count ?? 0;
  const max = p.max ?? 0;
  switch (p.code) {
    case 'maxChoicesZero':
      return '应选数为0，无法有效填写';
    case 'tooManyApprovals':
      return `赞成${count}项，超过应选数${max}项，选票无效`;
    case 'tooManyChosen':
      return `选择${count}项，超过应选数${max}项，选票无效`;
    case 'tooManyRanked':
      return `排序${count}项，超过应选数${max}项，选票无效`;
    case 'rankDuplicate':
      return `第${p.rank ?? 0}位重复（${count}个项目），每个名次只能使用一次`;
    case 'rankGap':
      return `缺少第${p.rank ?? 0}位${count > 1 ? `等${count}个名次` : ''}，名次须从1开始连续排列`;
    case 'rankBeyondMax':
      return `第${p.rank ?? 0}位超出应选数${max}`;
    case 'noCandidates':
      return '尚未录入候选项目';
    case 'unmarkedCandidates':
      return `尚有${count}个项目未标记`;
    case 'nothingMarked':
      return '尚未标记任何项目';
    case 'maxChoicesExceedsCandidates':
      return `应选数（${max}）大于候选项目数（${count}）`;
    case 'duplicateName':
      return `有${count}个项目同名：“${p.name ?? ''}”`;
  }
}

const ZH: VotesExportText = {
  title: '表决笔记',
  privateNote: '（私人笔记，仅供本人参考，不是选票）',
  intention: { for: '赞成', against: '反对', abstain: '弃权', undecided: '未定' },
  intentionLabel: '表决意向',
  reasons: '理由',
  noReasons: '（未填写）',
  paragraphs: '关联的报告段落',
  annotations: '关联的批注',
  removedAnnotation: '（批注已删除）',
  summary: (c, total, ballots) => `共${total}项：赞成${c.for}项，反对${c.against}项，弃权${c.abstain}项，未定${c.undecided}项${ballots > 0 ? `，票决${ballots}项` : ''}。`,
  choices: (mode, c) => {
    const list = (names: readonly string[]) => (names.length === 0 ? '（无）' : names.join('、'));
    if (mode === 'rank') return [`排序结果：${c.chosen.length === 0 ? '（无）' : c.chosen.map((x) => `第${x.rank ?? 0}位${x.name}`).join('，')}`];
    if (mode === 'chooseUpTo') return [`选择的项目：${list(c.chosen.map((x) => x.name))}`];
    return [
      `赞成的项目：${list(c.chosen.map((x) => x.name))}`,
      ...(c.opposed.length > 0 ? [`反对的项目：${list(c.opposed)}`] : []),
      ...(c.abstained.length > 0 ? [`弃权的项目：${list(c.abstained)}`] : []),
    ];
  },
  rule: (mode, max, n) =>
    mode === 'perCandidate'
      ? `表决方式：逐项表决（赞成、反对或弃权），候选项目${n}个，至多赞成${max}个`
      : mode === 'chooseUpTo'
        ? `表决方式：选择，候选项目${n}个，至多选择${max}个`
        : `表决方式：排序，候选项目${n}个，至多排序${max}个（从1起连续排列）`,
  ballotCandidates: '候选项目',
  noCandidates: '尚未录入候选项目。',
  mark: { approve: '赞成', oppose: '反对', abstain: '弃权', unmarked: '未标记', chosen: '选择', notChosen: '未选' },
  rank: (rank) => `第${rank}位`,
  notRanked: '未排序',
  investment: (wan) => `投资${wan.toLocaleString('zh-CN', { maximumFractionDigits: 2 })}万元`,
  completion: (date) => `${zhDate(date)}完成`,
  counts: (mode, c) =>
    mode === 'perCandidate'
      ? `计数：赞成${c.approve}个，反对${c.oppose}个，弃权${c.abstain}个，未标记${c.unmarked}个`
      : mode === 'chooseUpTo'
        ? `计数：已选择${c.used}个，共${c.candidates}个`
        : `计数：已排序${c.used}个，共${c.candidates}个`,
  verdictLabel: '结论',
  verdict: { valid: '有效', incomplete: '尚未填完（不属无效）', invalid: '无效' },
  problem: zhProblem,
};

const EN: VotesExportText = {
  title: 'Voting notes',
  privateNote: '(Private notes for my own reference — not a ballot)',
  intention: { for: 'For', against: 'Against', abstain: 'Abstain', undecided: 'Undecided' },
  intentionLabel: 'Intention',
  reasons: 'Reasons',
  noReasons: '(none written)',
  paragraphs: 'Linked report paragraphs',
  annotations: 'Linked annotations',
  removedAnnotation: '(annotation deleted)',
  summary: (c, total, ballots) =>
    `${total} items: ${c.for} for, ${c.against} against, ${c.abstain} abstain, ${c.undecided} undecided${ballots > 0 ? `, ${ballots} ballot${ballots === 1 ? '' : 's'}` : ''}.`,
  choices: (mode, c) => {
    const list = (names: readonly string[]) => (names.length === 0 ? '(none)' : names.join('; '));
    if (mode === 'rank') return [`Ranking: ${c.chosen.length === 0 ? '(none)' : c.chosen.map((x) => `${x.rank ?? 0}. ${x.name}`).join('; ')}`];
    if (mode === 'chooseUpTo') return [`Projects chosen: ${list(c.chosen.map((x) => x.name))}`];
    return [
      `Projects approved: ${list(c.chosen.map((x) => x.name))}`,
      ...(c.opposed.length > 0 ? [`Projects opposed: ${list(c.opposed)}`] : []),
      ...(c.abstained.length > 0 ? [`Projects abstained on: ${list(c.abstained)}`] : []),
    ];
  },
  rule: (mode, max, n) =>
    mode === 'perCandidate'
      ? `Rule: approve, oppose or abstain on each of ${n} candidates; at most ${max} approvals`
      : mode === 'chooseUpTo'
        ? `Rule: choose at most ${max} of ${n} candidates`
        : `Rule: rank at most ${max} of ${n} candidates, 1, 2, 3… without gaps`,
  ballotCandidates: 'Candidates',
  noCandidates: 'No candidates entered yet.',
  mark: { approve: 'Approve', oppose: 'Oppose', abstain: 'Abstain', unmarked: 'Not marked', chosen: 'Chosen', notChosen: 'Not chosen' },
  rank: (rank) => `Rank ${rank}`,
  notRanked: 'Not ranked',
  investment: (wan) => `investment ${wan.toLocaleString('en', { maximumFractionDigits: 2 })} × 10,000 yuan`,
  completion: (date) => `completion ${enDate(date)}`,
  counts: (mode, c) =>
    mode === 'perCandidate'
      ? `Count: ${c.approve} approve, ${c.oppose} oppose, ${c.abstain} abstain, ${c.unmarked} not marked`
      : mode === 'chooseUpTo'
        ? `Count: ${c.used} of ${c.candidates} chosen`
        : `Count: ${c.used} of ${c.candidates} ranked`,
  verdictLabel: 'Verdict',
  verdict: { valid: 'Valid', incomplete: 'Not filled in yet (not invalid)', invalid: 'INVALID' },
  problem: (p) => describeBallotProblem(p),
};

export function votesExportText(language: Language): VotesExportText {
  return language === 'zh-CN' ? ZH : EN;
}
