import { blank, finding, isEnglish, type Rule } from './types';

/**
 * 一事一议 in the measures: the requests ("建议…" in Chinese, each measure in English) are grouped by the
 * words they share with each other and with the title's subject; requests that share nothing with the
 * title make subjects of their own. Two or more such subjects mean the draft asks about several matters.
 */
export const MAX_OTHER_SUBJECTS = 1;

/** Character pairs (Chinese) and words (English) that any request may hold: they tie no two subjects together. */
const ZH_COMMON = new Set(
  '建议 议市 议区 议县 议省 加强 进一步 一步 有关 关部 部门 相关 工作 政府 市政 要求 尽快 切实 做好 进行 开展 落实 推进 提高 完善 建立 健全 问题 情况 我市 本市 全市 各级 积极 有效 措施 方面 同时 结合 实际 统筹 考虑 增设 增加 改善 整治 优化 加快 加大 力度 设置 提升 保障 逐步 适当 鼓励 支持 引导 规范 解决 研究 制定'
    .split(' ')
    .flatMap((word) => pairs(word)),
);
const EN_COMMON = new Set(
  'should also city government department bureau office their there these those which where while with within from into that this than them they will would could every each make more most other such some year years about after before between through provide ensure improve increase support local people public service services'.split(
    ' ',
  ),
);

function pairs(text: string): string[] {
  const han = text.replace(/[^\p{Script=Han}]+/gu, '|');
  const out: string[] = [];
  for (const run of han.split('|')) for (let i = 0; i + 1 < run.length; i += 1) out.push(run.slice(i, i + 2));
  return out;
}

const stem = (word: string) => word.replace(/(?:ies|es|s)$/u, '');

/** The words of `text` that can tie it to another subject. */
export function subjectWords(text: string, english: boolean): Set<string> {
  if (!english) return new Set(pairs(text).filter((p) => !ZH_COMMON.has(p)));
  const words = (text.toLowerCase().match(/[a-z]{4,}/gu) ?? []).filter((w) => !EN_COMMON.has(w));
  return new Set(words.map(stem));
}

/** The requests in the measures: in Chinese each "建议…" (and the text before the first one), in English each measure. */
export function requestsOf(measures: readonly string[], english: boolean): string[] {
  const items = measures.filter((m) => !blank(m));
  if (english) return items;
  return items.flatMap((m) => m.split(/(?=建议)/u)).filter((r) => !blank(r));
}

/** The title's subject: 关于X的建议 → X. */
const titleSubject = (title: string) =>
  title
    .trim()
    .replace(/^关于/u, '')
    .replace(/的(?:建议|议案)$/u, '');

/** How many subjects the requests raise that have nothing to do with the title, with the first request of each. */
export function otherSubjects(title: string, measures: readonly string[], english: boolean): string[] {
  const requests = requestsOf(measures, english).map((text) => ({ text, words: subjectWords(text, english) }));
  const anchor = subjectWords(titleSubject(title), english);
  const parent = requests.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] ?? i)));
  const shares = (a: Set<string>, b: Set<string>) => [...a].some((w) => b.has(w));
  for (let i = 0; i < requests.length; i += 1)
    for (let j = i + 1; j < requests.length; j += 1) {
      const [a, b] = [requests[i], requests[j]];
      if (a && b && shares(a.words, b.words)) parent[root(j)] = root(i);
    }
  const onTitle = new Set(requests.flatMap((r, i) => (shares(r.words, anchor) ? [root(i)] : [])));
  const firsts = new Map<number, string>();
  requests.forEach((r, i) => {
    const group = root(i);
    if (!onTitle.has(group) && !firsts.has(group) && r.words.size > 0) firsts.set(group, r.text);
  });
  return [...firsts.values()];
}

const shorten = (text: string) => {
  const one = text.replace(/\s+/gu, ' ').trim();
  return one.length > 24 ? `${one.slice(0, 23)}…` : one;
};

/** 一事一议: several requests in the measures about subjects unrelated to the title and to each other. */
export const oneMatterRequests: Rule = (draft) => {
  const english = isEnglish(draft);
  const others = otherSubjects(draft.title, draft.measures, english);
  if (others.length <= MAX_OTHER_SUBJECTS) return [];
  return [
    finding('oneMatter.requests', 'should', 'measures', {
      count: others.length,
      requests: others.map((r) => `“${shorten(r)}”`).join(english ? ', ' : '、'),
    }),
  ];
};
