import { describe, expect, it } from 'vitest';
import type { Candidate, VoteItem } from '../domain/vote';
import { defaultVoteAgenda } from './default-agenda';
import { votesLines } from './votes-lines';

const candidate = (n: number, name: string, investment: number | null, completion: string, extra: Partial<Candidate> = {}): Candidate => ({
  id: `c-lines-${String(n).padStart(4, '0')}`,
  name,
  description: '',
  investment,
  completion,
  mark: null,
  rank: null,
  deletedAt: null,
  ...extra,
});

function agenda(): VoteItem[] {
  return defaultVoteAgenda().map((item) =>
    item.ballot
      ? {
          ...item,
          ballot: {
            mode: 'perCandidate',
            maxChoices: 2,
            candidates: [
              candidate(1, '公交提升工程', 5000, '2024-12', { mark: 'approve' }),
              candidate(2, '老旧小区改造', 32000, '2024-10', { mark: 'oppose' }),
              candidate(3, '已删除的项目', 100, '2024', { deletedAt: '2024-01-29T10:00:00.000Z' }),
            ],
          },
        }
      : item,
  );
}

describe('votesLines (what the DOCX and the print sheet lay out)', () => {
  it('opens with the title and the private-notes line, and lists the live candidates as table rows with amounts as a deputy writes them', () => {
    const lines = votesLines({ items: agenda(), annotations: new Map(), language: 'zh-CN' });
    expect(lines.slice(0, 2)).toEqual([
      { role: 'title', text: '表决笔记' },
      { role: 'edition', text: '（私人笔记，仅供本人参考，不是选票）' },
    ]);
    const table = lines.find((line) => line.role === 'table');
    expect(table).toEqual({
      role: 'table',
      header: ['序号', '项目', '投资', '计划完成', '我的标记'],
      rows: [
        ['1', '公交提升工程', '5000万元', '2024年12月', '赞成'],
        ['2', '老旧小区改造', '3.2亿元', '2024年10月', '反对'],
      ],
    });
  });

  it('writes English amounts in millions and headings numbered I., II.', () => {
    const lines = votesLines({ items: agenda(), annotations: new Map(), language: 'en' });
    expect(lines.find((line) => line.role === 'heading')).toEqual({
      role: 'heading',
      level: 1,
      text: 'I. Resolution on the government work report',
    });
    const table = lines.find((line) => line.role === 'table');
    expect(table?.role === 'table' ? table.rows.map((row) => row[2]) : []).toEqual(['CNY 50 million', 'CNY 320 million']);
  });
});
