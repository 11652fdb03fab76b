import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Language } from '../../../shared/domain/settings';
import type { Candidate, CandidateMark, VoteItem } from '../../../shared/domain/vote';
import { defaultVoteAgenda } from '../../../shared/votes/default-agenda';
import { docxParts, elementAttributes, runsOf, squeeze } from './docx-inspect';
import { buildVotingNotesDocx } from './votes-docx';

const ANNOTATION: Annotation = {
  id: 'a-test-0001',
  documentId: 'jiaxing-2024-work-report',
  kind: 'verify',
  note: '6.3% in 2023, 6% in 2024?',
  tags: [],
  target: { paragraphId: 'p-9', position: { start: 10, end: 30 }, quote: { exact: 'The GDP is around 6%', prefix: '', suffix: '' } },
  status: 'exact',
  createdAt: '2024-01-29T10:00:00.000Z',
  updatedAt: '2024-01-29T10:00:00.000Z',
  deletedAt: null,
};

const candidate = (n: number, mark: CandidateMark | null, extra: Partial<Candidate> = {}): Candidate => ({
  id: `c-test-${String(n).padStart(4, '0')}`,
  name: `民生项目${n}`,
  description: n === 1 ? '新增公交线路20条' : '',
  investment: n === 1 ? 1200 : null,
  completion: n === 1 ? '2024-12' : '',
  mark,
  rank: null,
  deletedAt: null,
  ...extra,
});

/** The default agenda with an intention on each item, reasons, links and an over-full ballot. */
function agenda(): VoteItem[] {
  const items = defaultVoteAgenda();
  const set = (i: number, change: Partial<VoteItem>) => (items[i] = { ...items[i]!, ...change });
  set(0, {
    intention: 'for',
    rationale: '目标务实，措施具体。\n\nThe report keeps its promises on rural transport.',
    paragraphLinks: [
      {
        documentId: 'jiaxing-2024-work-report',
        documentTitle: '政府工作报告',
        paragraphId: 'p-3',
        citation: 'II.9 ¶3',
        excerpt: '新建城乡公交线路',
      },
    ],
    annotationIds: [ANNOTATION.id, 'a-deleted-0001'],
  });
  set(1, { intention: 'against', rationale: 'Investment growth of 8% is not credible.' });
  set(2, { intention: 'abstain', rationale: '' });
  set(3, { defaultKey: null, title: 'Resolution on the standing committee (renamed)', intention: 'undecided' });
  set(4, { deletedAt: '2024-01-29T10:00:00.000Z', rationale: 'REMOVED ITEM' });
  set(6, {
    ballot: {
      mode: 'perCandidate',
      maxChoices: 2,
      candidates: [
        candidate(1, 'approve'),
        candidate(2, 'approve'),
        candidate(3, 'approve'),
        candidate(4, 'oppose'),
        candidate(5, null, { deletedAt: '2024-01-29T10:00:00.000Z' }),
      ],
    },
  });
  return items;
}

/** The rows of the candidates' table, each as its cells' text. */
function candidateRows(docx: Buffer): string[][] {
  const xml = docxParts(docx)['word/document.xml'] ?? '';
  const cellText = (cell: string) => [...cell.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('');
  return [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => cellText(c[1] ?? '')),
  );
}

async function exportText(language: Language, items = agenda()): Promise<{ text: string; docx: Buffer }> {
  const docx = await buildVotingNotesDocx({ items, annotations: new Map([[ANNOTATION.id, ANNOTATION]]), language });
  return { text: squeeze((await mammoth.extractRawText({ buffer: docx })).value), docx };
}

describe('voting notes DOCX', () => {
  it('reads back in Chinese with each item, intention, reasons, citations and the ballot verdict', async () => {
    const { text } = await exportText('zh-CN');
    for (const expected of [
      '表决笔记',
      '私人笔记',
      '共6项：赞成1项，反对1项，弃权1项，未定2项，票决1项。',
      '一、关于政府工作报告的决议',
      '表决意向：赞成',
      '理由：目标务实，措施具体。',
      'The report keeps its promises on rural transport.',
      '“新建城乡公交线路”（II.9¶3，《政府工作报告》）',
      '核实数据：“The GDP is around 6%” 6.3% in 2023, 6% in 2024?',
      '（批注已删除）',
      '表决意向：反对',
      'Investment growth of 8% is not credible.',
      '表决意向：弃权',
      '理由：（未填写）',
      'Resolution on the standing committee (renamed)',
      '表决意向：未定',
      '六、民生实事项目票决',
      '表决方式：逐项表决（赞成、反对或弃权），候选项目4个，至多赞成2个',
      '赞成的项目：民生项目1、民生项目2、民生项目3',
      '反对的项目：民生项目4',
      '计数：赞成3个，反对1个，弃权0个，未标记0个',
      '结论：无效',
      '赞成3项，超过应选数2项，选票无效',
    ]) {
      expect(text).toContain(squeeze(expected));
    }
    expect(text).not.toContain('REMOVEDITEM');
    // The ballot's marks are its intention: no "intention" line under it.
    expect(text.slice(text.indexOf(squeeze('六、民生实事项目票决')))).not.toContain('表决意向');
    expect(text).not.toContain('民生项目5');
  });

  it('lists the candidates as a table: No., project, investment, completion, the deputy’s mark', async () => {
    const rows = candidateRows((await exportText('zh-CN')).docx);
    expect(rows[0]).toEqual(['序号', '项目', '投资', '计划完成', '我的标记']);
    expect(rows[1]).toEqual(['1', '民生项目1（新增公交线路20条）', '1200万元', '2024年12月', '赞成']);
    expect(rows[4]).toEqual(['4', '民生项目4', '', '', '反对']);
    expect(rows).toHaveLength(5); // the removed 民生项目5 is left out
    const english = candidateRows((await exportText('en')).docx);
    expect(english[0]).toEqual(['No.', 'Project', 'Investment', 'Completion', 'My mark']);
    expect(english[1]).toEqual(['1', '民生项目1 (新增公交线路20条)', 'CNY 12 million', 'December 2024', 'Approve']);
  });

  it('writes amounts as a deputy does: 5000万元, 3.2亿元, CNY 50 million', async () => {
    const items = agenda();
    const amounts = [5000, 32000, 0.5, 1234.5678];
    items[6] = {
      ...items[6]!,
      ballot: {
        mode: 'perCandidate',
        maxChoices: 4,
        candidates: amounts.map((investment, i) => candidate(i + 2, 'approve', { investment })),
      },
    };
    const column = (rows: string[][]) => rows.slice(1).map((row) => row[2]);
    expect(column(candidateRows((await exportText('zh-CN', items)).docx))).toEqual(['5000万元', '3.2亿元', '5000元', '1234.5678万元']);
    expect(column(candidateRows((await exportText('en', items)).docx))).toEqual([
      'CNY 50 million',
      'CNY 320 million',
      'CNY 5 thousand',
      'CNY 12.3457 million',
    ]);
  });

  it('reads back in English too', async () => {
    const { text } = await exportText('en');
    for (const expected of [
      'Voting notes',
      'Private notes',
      '6 items: 1 for, 1 against, 1 abstain, 2 undecided, 1 ballot.',
      'I. Resolution on the government work report',
      'Intention: For',
      'Intention: Against',
      'Intention: Abstain',
      'Intention: Undecided',
      'Reasons: (none written)',
      'Investment growth of 8% is not credible.',
      'Ballot on the livelihood projects',
      'Projects approved: 民生项目1; 民生项目2; 民生项目3',
      'Projects opposed: 民生项目4',
      'Verdict: INVALID',
      '3 approvals where at most 2 may be given: the ballot is invalid',
    ]) {
      expect(text).toContain(squeeze(expected));
    }
  });

  it('shows ranks and choices in the other modes, and a valid verdict', async () => {
    const items = agenda();
    const ballotItem = items[6]!;
    items[6] = {
      ...ballotItem,
      ballot: {
        mode: 'rank',
        maxChoices: 2,
        candidates: [candidate(1, null, { rank: 2 }), candidate(2, null, { rank: 1 }), candidate(3, null)],
      },
    };
    const { text, docx } = await exportText('zh-CN', items);
    expect(
      candidateRows(docx)
        .slice(1)
        .map((row) => [row[1], row[4]]),
    ).toEqual([
      ['民生项目1（新增公交线路20条）', '第2位'],
      ['民生项目2', '第1位'],
      ['民生项目3', '未排序'],
    ]);
    expect(text).toContain(squeeze('结论：有效'));
    expect(text).toContain(squeeze('排序结果：第1位民生项目2，第2位民生项目1'));
    items[6] = { ...ballotItem, ballot: { mode: 'chooseUpTo', maxChoices: 2, candidates: [candidate(2, 'approve'), candidate(3, null)] } };
    const english = await exportText('en', items);
    expect(
      candidateRows(english.docx)
        .slice(1)
        .map((row) => [row[1], row[4]]),
    ).toEqual([
      ['民生项目2', 'Chosen'],
      ['民生项目3', 'Not chosen'],
    ]);
    expect(english.text).toContain(squeeze('Projects chosen: 民生项目2'));
    items[6] = { ...ballotItem, ballot: { mode: 'chooseUpTo', maxChoices: 2, candidates: [candidate(2, null)] } };
    expect((await exportText('zh-CN', items)).text).toContain(squeeze('选择的项目：（无）'));
  });

  it('uses the official page of the other exports: A4, GB/T 9704 margins, East Asian fonts on every run', async () => {
    const { docx } = await exportText('zh-CN');
    const xml = docxParts(docx)['word/document.xml']!;
    expect(elementAttributes(xml, 'w:pgMar')[0]).toMatchObject({
      'w:top': '2098',
      'w:left': '1587',
      'w:bottom': '1984',
      'w:right': '1474',
    });
    expect(elementAttributes(xml, 'w:pgSz')[0]).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    const runs = runsOf(xml).filter((run) => run.includes('<w:t'));
    expect(runs.length).toBeGreaterThan(20);
    for (const run of runs) expect(run).toMatch(/w:eastAsia="[^"]+"/);
  });
});
