import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CandidateContent } from '../../shared/domain/vote';
import { startCore } from '../api/start-core';
import { RESOURCES_DIR, startTempCore } from '../test-support/temp-core';

const REPORT_ID = 'jiaxing-2024-work-report';
const GOV = 'v-default-government-work-report';
const BUDGET = 'v-default-budget-report';
const BALLOT = 'v-default-livelihood-ballot';
type TempCore = Awaited<ReturnType<typeof startTempCore>>;

const project = (name: string, investment: number | null = 100): CandidateContent => ({
  name,
  description: '',
  investment,
  completion: '2024-12',
});

describe('vote service', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await startTempCore();
  });
  afterEach(async () => {
    await core.dispose();
  });
  const votes = () => core.services.vote;
  const keysAndTitles = () =>
    votes()
      .agenda()
      .map((item) => item.defaultKey ?? item.title);

  it('starts with the default agenda of a session, the livelihood ballot last', () => {
    const agenda = votes().agenda();
    expect(agenda.map((item) => item.defaultKey)).toEqual([
      'governmentWorkReport',
      'planReport',
      'budgetReport',
      'standingCommitteeReport',
      'courtReport',
      'procuratorateReport',
      'livelihoodBallot',
    ]);
    expect(agenda.at(-1)).toMatchObject({
      kind: 'ballot',
      ballot: { mode: 'perCandidate', maxChoices: 10 },
      evaluation: { verdict: 'incomplete' },
    });
    expect(agenda[0]).toMatchObject({ title: '', intention: 'undecided', evaluation: null });
  });

  it('adds, renames, moves, removes and restores items', async () => {
    const added = await votes().addItem({ title: 'Resolution on the environment report', kind: 'resolution', index: 1 });
    expect(keysAndTitles().slice(0, 3)).toEqual(['governmentWorkReport', 'Resolution on the environment report', 'planReport']);

    const renamed = await votes().renameItem({ itemId: BUDGET, title: '关于2024年预算的决议' });
    expect(renamed).toMatchObject({ defaultKey: null, title: '关于2024年预算的决议' });

    const moved = await votes().moveItem({ itemId: BALLOT, toIndex: 0 });
    expect(moved.map((item) => item.id).slice(0, 2)).toEqual([BALLOT, GOV]);

    await votes().removeItem({ itemId: added.id });
    expect(keysAndTitles()).not.toContain('Resolution on the environment report');
    await votes().moveItem({ itemId: GOV, toIndex: 6 });
    await core.services.bin.restore({ kind: 'voteItem', id: added.id });
    // Back in its slot (the third): moves of other items close up around it without taking it.
    expect(keysAndTitles()).toEqual([
      'livelihoodBallot',
      'planReport',
      'Resolution on the environment report',
      '关于2024年预算的决议',
      'standingCommitteeReport',
      'courtReport',
      'procuratorateReport',
      'governmentWorkReport',
    ]);
    await expect(core.services.bin.restore({ kind: 'voteItem', id: added.id })).rejects.toThrow(/no removed agenda item/);
    await expect(votes().moveItem({ itemId: GOV, toIndex: 8 })).rejects.toThrow(
      'The agenda has 8 items: the position must be between 0 and 7.',
    );
  });

  it('keeps the intention and reasons, and links paragraphs and annotations both ways', async () => {
    await votes().setIntention({
      itemId: GOV,
      intention: 'against',
      rationale: 'The 6% growth target is not backed by the investment plan.',
    });
    const kept = await votes().setIntention({ itemId: GOV, intention: 'abstain' });
    expect(kept).toMatchObject({ intention: 'abstain', rationale: 'The 6% growth target is not backed by the investment plan.' });
    const reasonsOnly = await votes().setIntention({ itemId: GOV, rationale: 'Revised reasons.' });
    expect(reasonsOnly).toMatchObject({ intention: 'abstain', rationale: 'Revised reasons.' });

    const paragraph = core.services.documents.documentText(REPORT_ID).paragraphs[3]!;
    const linked = await votes().linkParagraph({ itemId: GOV, documentId: REPORT_ID, paragraphId: paragraph.id });
    await votes().linkParagraph({ itemId: GOV, documentId: REPORT_ID, paragraphId: paragraph.id });
    expect(linked.paragraphLinks).toEqual([
      expect.objectContaining({
        documentId: REPORT_ID,
        paragraphId: paragraph.id,
        citation: paragraph.citation,
        documentTitle: 'Report on the Work of the Jiaxing Municipal Government (2024)',
      }),
    ]);
    expect(
      votes()
        .agenda()
        .find((item) => item.id === GOV)?.paragraphLinks,
    ).toHaveLength(1);

    const text = core.services.documents.documentText(REPORT_ID);
    const other = text.paragraphs[5]!;
    const annotation = await core.services.annotation.create({
      documentId: REPORT_ID,
      start: other.start,
      end: other.start + 10,
      kind: 'concern',
      note: 'Too vague',
      tags: [],
    });
    await votes().linkAnnotation({ itemId: BUDGET, annotationId: annotation.id });

    expect(
      votes()
        .citing({ documentId: REPORT_ID, paragraphId: paragraph.id })
        .map((c) => [c.itemId, c.via]),
    ).toEqual([[GOV, 'paragraph']]);
    expect(
      votes()
        .citing({ documentId: REPORT_ID, paragraphId: other.id })
        .map((c) => [c.itemId, c.via]),
    ).toEqual([[BUDGET, 'annotation']]);
    expect(
      votes()
        .citing({ annotationId: annotation.id })
        .map((c) => c.itemId),
    ).toEqual([BUDGET]);

    await votes().unlinkParagraph({ itemId: GOV, documentId: REPORT_ID, paragraphId: paragraph.id });
    await votes().unlinkAnnotation({ itemId: BUDGET, annotationId: annotation.id });
    expect(votes().citing({ annotationId: annotation.id })).toEqual([]);
    await expect(votes().linkAnnotation({ itemId: GOV, annotationId: 'a-00000000' })).rejects.toThrow(/no annotation/);
    await expect(votes().linkParagraph({ itemId: GOV, documentId: REPORT_ID, paragraphId: 'p-nowhere' })).rejects.toThrow(/no paragraph/);
  });

  it('marks the ballot exactly as marked and reports it invalid when it breaks the rule', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `项目${i + 1}`);
    let item = await votes().setCandidates({ itemId: BALLOT, candidates: names.map((name) => project(name)) });
    const ids = item.ballot!.candidates.map((c) => c.id);
    for (const id of ids.slice(0, 11)) item = await votes().markCandidate({ itemId: BALLOT, candidateId: id, mark: 'approve' });
    expect(item.evaluation).toMatchObject({ verdict: 'invalid', counts: { approve: 11, unmarked: 1, remaining: -1 } });
    expect(item.evaluation!.problems.map((p) => p.code)).toEqual(['tooManyApprovals', 'unmarkedCandidates']);
    expect(item.ballot!.candidates.filter((c) => c.mark === 'approve')).toHaveLength(11);

    await votes().markCandidate({ itemId: BALLOT, candidateId: ids[10]!, mark: 'oppose' });
    item = await votes().markCandidate({ itemId: BALLOT, candidateId: ids[11]!, mark: 'abstain' });
    expect(item.evaluation).toMatchObject({ verdict: 'valid', counts: { approve: 10, oppose: 1, abstain: 1 } });

    item = await votes().setBallotRule({ itemId: BALLOT, mode: 'rank', maxChoices: 3 });
    expect(item.evaluation).toMatchObject({ verdict: 'incomplete', problems: [expect.objectContaining({ code: 'nothingMarked' })] });
    await votes().markCandidate({ itemId: BALLOT, candidateId: ids[0]!, rank: 1 });
    item = await votes().markCandidate({ itemId: BALLOT, candidateId: ids[1]!, rank: 3 });
    expect(item.evaluation!.problems.map((p) => p.code)).toEqual(['rankGap']);
    await expect(votes().markCandidate({ itemId: BALLOT, candidateId: ids[2]!, mark: 'approve' })).rejects.toThrow(/give a rank/);

    await votes().setBallotRule({ itemId: BALLOT, mode: 'chooseUpTo', maxChoices: 3 });
    await expect(votes().markCandidate({ itemId: BALLOT, candidateId: ids[2]!, rank: 1 })).rejects.toThrow(/not ranked/);
    await expect(votes().markCandidate({ itemId: BALLOT, candidateId: ids[2]!, mark: 'oppose' })).rejects.toThrow(
      /chosen \(approve\) or not/,
    );
    item = await votes().clearMarks({ itemId: BALLOT });
    expect(item.ballot!.candidates.every((c) => c.mark === null && c.rank === null)).toBe(true);
    await expect(votes().markCandidate({ itemId: GOV, candidateId: ids[0]!, mark: 'approve' })).rejects.toThrow(/not a ballot/);
  });

  it('adds pasted candidates, edits, removes and restores one, and refuses duplicate names', async () => {
    const parsed = votes().parseCandidates({
      text: '1、老旧小区改造，改造小区36个，0.12亿元，2024年底\n2、养老服务中心，新建5家，800万元，2024年10月\n3、一千万元',
      itemId: BALLOT,
    });
    expect(parsed.unparsed.map((u) => [u.line, u.code])).toEqual([[3, 'noName']]);
    let item = await votes().addCandidates({ itemId: BALLOT, candidates: parsed.candidates.map(({ line: _line, ...content }) => content) });
    expect(item.ballot!.candidates.map((c) => [c.name, c.investment, c.completion])).toEqual([
      ['老旧小区改造', 1200, '2024-12'],
      ['养老服务中心', 800, '2024-10'],
    ]);
    const [first, second] = item.ballot!.candidates;
    item = await votes().addCandidates({ itemId: BALLOT, candidates: [project('城乡公交')], index: 1 });
    expect(item.ballot!.candidates.map((c) => c.name)).toEqual(['老旧小区改造', '城乡公交', '养老服务中心']);

    await expect(votes().addCandidates({ itemId: BALLOT, candidates: [project(' 老旧小区改造 ')] })).rejects.toThrow(
      'A candidate named " 老旧小区改造 " is already on this ballot',
    );
    await expect(votes().updateCandidate({ itemId: BALLOT, candidateId: second!.id, change: { name: '城乡公交' } })).rejects.toThrow(
      /already on this ballot/,
    );
    expect(votes().parseCandidates({ text: '城乡公交，100', itemId: BALLOT }).unparsed[0]).toMatchObject({ code: 'duplicateName' });

    item = await votes().updateCandidate({
      itemId: BALLOT,
      candidateId: first!.id,
      change: { investment: 1300, description: '改造小区40个' },
    });
    expect(item.ballot!.candidates[0]).toMatchObject({ name: '老旧小区改造', investment: 1300, description: '改造小区40个' });

    await votes().markCandidate({ itemId: BALLOT, candidateId: first!.id, mark: 'approve' });
    item = await votes().removeCandidate({ itemId: BALLOT, candidateId: first!.id });
    expect(item.evaluation!.counts).toMatchObject({ candidates: 2, approve: 0 });
    await core.services.bin.restore({ kind: 'candidate', id: first!.id });
    const restored = votes()
      .agenda()
      .find((i) => i.id === BALLOT);
    expect(restored?.ballot?.candidates[0]).toMatchObject({ id: first!.id, mark: 'approve', deletedAt: null });
    expect(restored?.evaluation?.counts).toMatchObject({ candidates: 3, approve: 1 });
  });

  it('refuses changes that would break a limit and changes nothing', async () => {
    const before = JSON.stringify(core.store.data.voteItems);
    await expect(votes().addCandidates({ itemId: BALLOT, candidates: [project('A'), project('a')] })).rejects.toThrow(
      /already on this ballot/,
    );
    await expect(votes().addCandidates({ itemId: GOV, candidates: [project('A')] })).rejects.toThrow(/not a ballot/);
    await expect(votes().setIntention({ itemId: 'v-00000000', intention: 'for' })).rejects.toThrow(/no agenda item/);
    await expect(
      votes().setCandidates({ itemId: BALLOT, candidates: Array.from({ length: 501 }, (_, i) => project(`P${i}`)) }),
    ).rejects.toThrow(/at most 500 candidates/);
    expect(JSON.stringify(core.store.data.voteItems)).toBe(before);
  });

  it('summarizes intentions, undecided first', async () => {
    await votes().setIntention({ itemId: GOV, intention: 'for' });
    await votes().setIntention({ itemId: BUDGET, intention: 'against', rationale: 'Debt service grows faster than revenue.' });
    await votes().removeItem({ itemId: 'v-default-court-report' });
    const summary = votes().summary();
    expect(summary.counts).toEqual({ for: 1, against: 1, abstain: 0, undecided: 3 });
    expect(summary.items.map((item) => item.intention)).toEqual(['undecided', 'undecided', 'undecided', 'undecided', 'for', 'against']);
    expect(summary.items.at(-1)).toMatchObject({ itemId: BUDGET, hasRationale: true });
  });

  it('keeps everything across a restart of the store folder', async () => {
    const added = await votes().addItem({ title: 'Ballot on the town projects', kind: 'ballot' });
    await votes().setBallotRule({ itemId: added.id, mode: 'rank', maxChoices: 2 });
    const item = await votes().setCandidates({ itemId: added.id, candidates: [project('Bus shelters'), project('Night school', null)] });
    await votes().markCandidate({ itemId: added.id, candidateId: item.ballot!.candidates[1]!.id, rank: 1 });
    await votes().setIntention({ itemId: GOV, intention: 'for', rationale: '理由：目标切实可行。' });
    await votes().removeItem({ itemId: BUDGET });
    await votes().moveItem({ itemId: added.id, toIndex: 0 });
    const agenda = votes().agenda();
    await core.store.flush();

    const reopened = await startCore({ dataFolder: core.dataFolder, resourcesDir: RESOURCES_DIR, version: '0.0.0-test' });
    expect(reopened.services.vote.agenda()).toEqual(agenda);
    await reopened.services.bin.restore({ kind: 'voteItem', id: BUDGET });
    expect(reopened.services.vote.agenda().map((i) => i.id)).toContain(BUDGET);
    await reopened.store.flush();
  });
});
