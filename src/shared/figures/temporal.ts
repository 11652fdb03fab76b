/**
 * Is a figure a past result or a target? Decided once per sentence, in this order:
 * 1. Inside a targets block — the sentence introducing targets or goals ("The main projected
 *    development targets this year go as follows: …", "主要预期目标") and the rest of its
 *    paragraph — every figure is a target ("The GDP is around 6%").
 * 2. A strong forward cue (will, shall, is/are to be, expected/projected/plan/aim to, 预期, 力争) → target.
 * 3. A past-tense cue (was/were, has/have + participle, reached, increased, ranked, totaled, 同比…) → result.
 * 4. A weak forward cue (strive, by 2025, next year, 争取, 将) → target.
 * 5. Otherwise the part decides: a review part ("A Review of Our Work in 2023", 回顾, 执行情况,
 *    "Implementation of the 2023 Plan") → result, a draft or targets part (计划草案, 主要目标) → target,
 *    a plan part ("… requirements for 2024", "We will …", 任务, 目标) → target, else 'unknown'.
 * Strong forward cues beat past cues because plans are full of participles ("jobs are to be created").
 */
import type { FigureTemporal } from './figure';

const TARGETS_INTRO =
  /\b(?:targets?|goals?|objectives?)\b[^.:;]{0,60}(?::|\bas follows\b|\b(?:is|are)\s(?:to|as)\b)|(?:预期目标|主要目标)[^。；]{0,20}[:：]|预期目标(?:是|为)/i;
const STRONG_FORWARD =
  /\b(?:will|shall|(?:is|are) to be|going to|(?:is|are) expected to|projected|plans? to|aims? to|intends? to|seeks? to)\b|预期|预计|力争|将要/i;
const PAST =
  /\b(?:was|were|had|did|(?:has|have) been|(?:has|have)\s\w+ed|reached|increased|decreased|grew|rose|fell|declined|dropped|totall?ed|exceeded|achieved|ranked|completed|built|created|attracted|handled|provided|introduced|implemented|issued|won|obtained|organi[sz]ed|established|raised|saved|helped|finished|upgraded|maintained|remained|realized|identified|selected|approved|listed|included|accepted|went|took|made|held|became|stood|adopted|affirmed|honou?red|awarded|strove|launched|last year|over the past)\b|同比|比上年|上年/i;
const WEAK_FORWARD = /\b(?:strive|striving|aim at|by (?:the end of )?20\d\d|next year|in the coming years?)\b|争取|将|计划/i;

const REVIEW_HEADING = /\breview\b|\bpast\b|\blast year\b|\bachievements?\b|回顾|过去/i;
const PLAN_HEADING =
  /\bwill\b|\btasks?\b|\btargets?\b|\bgoals?\b|\brequirements?\b|\bplans?\b|\boutlook\b|\bnext\b|安排|任务|目标|要求|打算|重点工作/i;

// Plan and budget reports name their parts by what they report on: the execution of last year's
// plan ("2023年计划执行情况", "Implementation of the 2023 Plan") or this year's draft and targets.
const EXECUTION_HEADING = /执行情况|完成情况|回顾|\b(?:implementation|execution)\b/i;
const DRAFT_HEADING = /草案|主要目标|预期目标|\bdraft\b/i;

/** The temporal prior of a part from its heading: 'result' for a review, 'target' for a plan. */
export function partPrior(heading: string): FigureTemporal {
  const execution = EXECUTION_HEADING.test(heading);
  const draft = DRAFT_HEADING.test(heading);
  if (execution !== draft) return execution ? 'result' : 'target';
  const review = REVIEW_HEADING.test(heading);
  const plan = PLAN_HEADING.test(heading);
  if (review === plan) return 'unknown';
  return review ? 'result' : 'target';
}

/** Whether this sentence opens a list of targets: it and the rest of its paragraph are targets. */
export function introducesTargets(sentence: string): boolean {
  return TARGETS_INTRO.test(sentence);
}

export function classifySentence(sentence: string, prior: FigureTemporal, inTargetsBlock: boolean): FigureTemporal {
  if (inTargetsBlock) return 'target';
  if (STRONG_FORWARD.test(sentence)) return 'target';
  if (PAST.test(sentence)) return 'result';
  if (WEAK_FORWARD.test(sentence)) return 'target';
  return prior;
}
