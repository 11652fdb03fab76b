import { describe, expect, it } from 'vitest';
import type { Intention, VoteItem } from '../domain/vote';
import { moveAmongLive, insertAmongLive } from './agenda-order';
import { DEFAULT_AGENDA_TITLES, defaultItemId, defaultVoteAgenda, itemTitle } from './default-agenda';
import { summarizeIntentions } from './summarize-intentions';
import { itemsCiting } from './vote-views';

const REMOVED = '2024-01-30T00:00:00.000Z';

function agendaWith(intentions: readonly (Intention | 'removed')[]): VoteItem[] {
  return intentions.map((intention, i) => ({
    ...defaultVoteAgenda()[0]!,
    id: `v-test-${String(i).padStart(4, '0')}`,
    defaultKey: null,
    title: `Item ${i}`,
    intention: intention === 'removed' ? 'for' : intention,
    deletedAt: intention === 'removed' ? REMOVED : null,
  }));
}

describe('summarizeIntentions', () => {
  it('counts each intention and lists undecided items first, agenda order within each group', () => {
    const summary = summarizeIntentions(agendaWith(['for', 'undecided', 'against', 'removed', 'abstain', 'undecided', 'for']));
    expect(summary.total).toBe(6);
    expect(summary.counts).toEqual({ for: 2, against: 1, abstain: 1, undecided: 2 });
    expect(summary.items.map((item) => [item.title, item.intention, item.agendaIndex])).toEqual([
      ['Item 1', 'undecided', 1],
      ['Item 5', 'undecided', 4],
      ['Item 0', 'for', 0],
      ['Item 2', 'against', 2],
      ['Item 4', 'abstain', 3],
      ['Item 6', 'for', 5],
    ]);
  });

  it.each<[string, (Intention | 'removed')[], Record<Intention, number>]>([
    ['an empty agenda', [], { for: 0, against: 0, abstain: 0, undecided: 0 }],
    ['only removed items', ['removed', 'removed'], { for: 0, against: 0, abstain: 0, undecided: 0 }],
    ['all undecided', ['undecided', 'undecided', 'undecided'], { for: 0, against: 0, abstain: 0, undecided: 3 }],
    ['all decided', ['for', 'against', 'abstain'], { for: 1, against: 1, abstain: 1, undecided: 0 }],
  ])('counts %s', (_name, intentions, counts) => {
    expect(summarizeIntentions(agendaWith(intentions)).counts).toEqual(counts);
  });

  it('evaluates each ballot and counts the invalid and incomplete ones', () => {
    const agenda = defaultVoteAgenda();
    const ballotItem = agenda.at(-1)!;
    const candidate = (n: number) => ({
      id: `c-test-000${n}`,
      name: `P${n}`,
      description: '',
      investment: null,
      completion: '',
      mark: 'approve' as const,
      rank: null,
      deletedAt: null,
    });
    agenda[agenda.length - 1] = { ...ballotItem, ballot: { mode: 'chooseUpTo', maxChoices: 1, candidates: [candidate(1), candidate(2)] } };
    const summary = summarizeIntentions(agenda);
    expect(summary).toMatchObject({ total: 7, invalidBallots: 1, incompleteBallots: 0 });
    const ballotEntry = summary.items.find((item) => item.kind === 'ballot');
    expect(ballotEntry?.ballot).toMatchObject({ verdict: 'invalid', counts: { chosen: 2 } });
    expect(summary.items.find((item) => item.kind !== 'ballot')?.ballot).toBeNull();
  });

  it('does not count a ballot as an undecided vote (its marks are the intention) and lists the projects it chooses', () => {
    const agenda = defaultVoteAgenda();
    const ballotItem = agenda.at(-1)!;
    const candidate = (n: number, mark: 'approve' | null) => ({
      id: `c-test-000${n}`,
      name: `P${n}`,
      description: '',
      investment: null,
      completion: '',
      mark,
      rank: null,
      deletedAt: null,
    });
    agenda[agenda.length - 1] = {
      ...ballotItem,
      ballot: { mode: 'chooseUpTo', maxChoices: 2, candidates: [candidate(1, 'approve'), candidate(2, null), candidate(3, 'approve')] },
    };
    const summary = summarizeIntentions(agenda);
    expect(summary.counts).toEqual({ for: 0, against: 0, abstain: 0, undecided: 6 });
    expect(summary).toMatchObject({ total: 7, ballots: 1 });
    const ballotEntry = summary.items.find((item) => item.kind === 'ballot');
    expect(ballotEntry?.choices?.chosen.map((c) => c.name)).toEqual(['P1', 'P3']);
    // A valid ballot needs no attention: it comes after the undecided resolutions.
    expect(summary.items.at(-1)?.kind).toBe('ballot');
  });
});

describe('the default agenda', () => {
  it('has the six resolutions of a municipal session and the livelihood-projects ballot, in both languages', () => {
    const agenda = defaultVoteAgenda();
    expect(agenda.map((item) => item.defaultKey)).toEqual([
      'governmentWorkReport',
      'planReport',
      'budgetReport',
      'standingCommitteeReport',
      'courtReport',
      'procuratorateReport',
      'livelihoodBallot',
    ]);
    expect(agenda.map((item) => item.kind).filter((kind) => kind === 'ballot')).toHaveLength(1);
    expect(defaultItemId('standingCommitteeReport')).toBe('v-default-standing-committee-report');
    expect(itemTitle(agenda[0]!, 'zh-CN')).toBe('关于政府工作报告的决议');
    expect(itemTitle(agenda[0]!, 'en')).toBe('Resolution on the government work report');
    expect(itemTitle({ defaultKey: null, title: 'Own title' }, 'zh-CN')).toBe('Own title');
    expect(Object.keys(DEFAULT_AGENDA_TITLES.en)).toEqual(Object.keys(DEFAULT_AGENDA_TITLES['zh-CN']));
  });
});

describe('ordering with removed entries kept for undo', () => {
  const list = [
    { id: 'a', deletedAt: null },
    { id: 'b', deletedAt: REMOVED },
    { id: 'c', deletedAt: null },
    { id: 'd', deletedAt: null },
  ];
  const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id).join('');

  it.each([
    ['a', 2, 'cbda'],
    ['d', 0, 'dbac'],
    ['c', 1, 'abcd'],
    ['a', 99, 'cbda'],
  ])('moves %s to live position %d', (id, to, expected) => {
    expect(ids(moveAmongLive(list, id, to))).toBe(expected);
  });

  it.each([
    [undefined, 'abcdx'],
    [0, 'xabcd'],
    [1, 'abxcd'],
    [5, 'abcdx'],
  ])('inserts before live position %s', (index, expected) => {
    expect(ids(insertAmongLive(list, [{ id: 'x', deletedAt: null }], index))).toBe(expected);
  });
});

describe('itemsCiting', () => {
  it('finds items linking a paragraph directly or through an annotation on it, or linking an annotation', () => {
    const [first, second, third] = agendaWith(['for', 'against', 'removed']);
    const link = { documentId: 'report', documentTitle: 'Report', paragraphId: 'p-1', citation: 'I ¶1', excerpt: '' };
    const agenda = [
      { ...first!, paragraphLinks: [link] },
      { ...second!, annotationIds: ['a-000001'] },
      { ...third!, paragraphLinks: [link] },
    ];
    const where = (id: string) => (id === 'a-000001' ? { documentId: 'report', paragraphId: 'p-1' } : undefined);
    expect(itemsCiting(agenda, { documentId: 'report', paragraphId: 'p-1' }, where).map((c) => [c.itemId, c.via])).toEqual([
      [first!.id, 'paragraph'],
      [second!.id, 'annotation'],
    ]);
    expect(itemsCiting(agenda, { annotationId: 'a-000001' }).map((c) => c.itemId)).toEqual([second!.id]);
    expect(itemsCiting(agenda, { documentId: 'report', paragraphId: 'p-2' }, where)).toEqual([]);
  });
});
