import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/domain/draft';
import { searchAll } from '../../../shared/search';
import { draftPlace, draftSearchData } from './draft-search';

const draft: Draft = {
  id: 'd-000001',
  kind: 'proposal',
  language: 'zh-CN',
  title: '关于加快养老服务设施建设的议案',
  category: '',
  reasons: '我市老龄化程度加深。\n养老床位缺口较大。',
  basis: '依据《老年人权益保障法》。',
  measures: ['新建养老院三所。', '', '社区养老服务中心全覆盖。'],
  citations: [],
  leadDeputy: '',
  delegation: '',
  deputyNumber: '',
  contact: '',
  coSigners: [],
  date: '',
  createdAt: '2024-01-20T00:00:00.000Z',
  updatedAt: '2024-01-20T00:00:00.000Z',
  deletedAt: null,
};

describe('draft search', () => {
  it('finds a word in the title, reasons and each measure, naming the field and the measure’s number', () => {
    const results = searchAll(draftSearchData(draft).data, '养老');
    expect(results.map((r) => draftPlace(r.paragraphId))).toEqual([
      { field: 'title', measure: null },
      { field: 'reasons', measure: null },
      { field: 'measures', measure: 1 },
      { field: 'measures', measure: 3 },
    ]);
    expect(results[1]?.context.match).toBe('养老');
    expect(searchAll(draftSearchData(draft).data, '权益保障').map((r) => draftPlace(r.paragraphId).field)).toEqual(['basis']);
  });

  it('reads a draft once per change: the same draft object gives the same search data', () => {
    expect(draftSearchData(draft)).toBe(draftSearchData(draft));
    expect(draftSearchData({ ...draft, title: '新标题' }).title).toBe('新标题');
  });
});
