import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Draft, DraftContent, DraftKind } from '../../../shared/domain/draft';
import { initI18n } from '../../i18n/i18n';
import { fakeApi, providers, Refusal } from '../../test-support/fake-api';
import type { UnsavedChanges } from './draft-change';
import { DraftsView } from './DraftsView';

beforeAll(() => {
  initI18n('en');
});
afterEach(() => {
  vi.useRealTimers();
});

const at = '2026-03-01T08:00:00.000Z';
const content = (kind: DraftKind, title: string): DraftContent => ({
  kind,
  language: 'en',
  title,
  category: '',
  reasons: '',
  basis: '',
  measures: [],
  citations: [],
  leadDeputy: '王芳',
  delegation: '',
  deputyNumber: '',
  contact: '',
  coSigners: [],
  date: '',
});

/** A main side holding drafts in memory, answering as the store does; `refuseSaves` makes autosaves fail. */
function server(titles: string[] = []) {
  const stored = new Map<string, Draft>();
  let next = 1;
  const add = (kind: DraftKind, title: string) => {
    const draft: Draft = {
      ...content(kind, title),
      id: `d-test${String(next++).padStart(4, '0')}`,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    };
    stored.set(draft.id, draft);
    return draft;
  };
  for (const title of titles) add('suggestion', title);
  const state = { refuseSaves: false };
  const find = (draftId: string) => {
    const draft = stored.get(draftId);
    if (!draft) throw new Refusal({ code: 'NOT_FOUND', message: 'No such draft.' });
    return draft;
  };
  const api = fakeApi({
    'draft.list': () =>
      [...stored.values()].map((d) => ({
        id: d.id,
        kind: d.kind,
        title: d.title,
        language: d.language,
        updatedAt: d.updatedAt,
        exportable: false,
      })),
    'draft.get': ({ draftId }) => find(draftId),
    'draft.create': ({ kind }) => add(kind, ''),
    'draft.update': ({ draftId, change }) => {
      if (state.refuseSaves) throw new Refusal({ code: 'STORAGE', message: 'The disk is full.' });
      const saved = { ...find(draftId), ...change };
      stored.set(draftId, saved);
      return saved;
    },
    'draft.delete': ({ draftId }) => {
      const draft = find(draftId);
      stored.delete(draftId);
      return { ...draft, deletedAt: at };
    },
    'draft.check': () => [],
    'cosign.status': () => ({ textHash: 'a'.repeat(64), packets: [], confirmations: [] }),
    'cosign.requests': () => [],
    'submission.ofDraft': () => null,
  });
  return { ...api, stored, state, saves: () => api.calls.filter((c) => c.method === 'draft.update') };
}

/** The drafts view as the workspace shows it: the open draft follows the route, unsaved text outlives the view. */
function showDrafts(client: ReturnType<typeof server>['client'], openId: string | null, unsaved: UnsavedChanges = new Map()) {
  function Page() {
    const [draftId, setDraftId] = useState(openId);
    return (
      <DraftsView
        draftId={draftId}
        onOpen={setDraftId}
        minCoSigners={10}
        onMinCoSigners={async () => undefined}
        notify={() => undefined}
        unsaved={unsaved}
      />
    );
  }
  return render(<Page />, { wrapper: providers(client) });
}

const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));
const reasons = () => screen.findByRole<HTMLTextAreaElement>('textbox', { name: /^Reasons/ });
const status = () => screen.getByTestId('save-status');
/** The titles the list shows, in order. */
const listed = () => {
  const list = screen.queryByTestId('draft-list');
  return list
    ? within(list)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.draft-title')?.textContent)
    : [];
};

describe('DraftsView', () => {
  it('saves what is typed once, after the pause, and says so', async () => {
    const main = server(['On rural transport']);
    showDrafts(main.client, 'd-test0001');
    const field = await reasons();
    vi.useFakeTimers();
    fireEvent.change(field, { target: { value: '公交' } });
    fireEvent.change(field, { target: { value: '公交线路' } });
    expect(status().textContent).toBe('Saving…');
    await advance(499);
    expect(main.saves()).toEqual([]);
    await advance(1);
    await advance(0);
    expect(main.saves()).toEqual([{ method: 'draft.update', input: { draftId: 'd-test0001', change: { reasons: '公交线路' } } }]);
    expect(main.stored.get('d-test0001')?.reasons).toBe('公交线路');
    expect(status().textContent).toBe('Saved');
  });

  it('saves at once what is pending when the deputy leaves the view', async () => {
    const main = server(['On rural transport']);
    const view = showDrafts(main.client, 'd-test0001');
    const field = await reasons();
    vi.useFakeTimers();
    fireEvent.change(field, { target: { value: 'Typed just before leaving' } });
    view.unmount();
    await advance(0);
    expect(main.saves()).toHaveLength(1);
    expect(main.stored.get('d-test0001')?.reasons).toBe('Typed just before leaving');
  });

  it('says a refused save is not saved, keeps the text, and keeps it for when the draft opens again', async () => {
    const main = server(['On rural transport']);
    main.state.refuseSaves = true;
    const unsaved: UnsavedChanges = new Map();
    const view = showDrafts(main.client, 'd-test0001', unsaved);
    const field = await reasons();
    vi.useFakeTimers();
    fireEvent.change(field, { target: { value: '不能丢的文字' } });
    await advance(500);
    await advance(0);
    expect(status().textContent).toBe('Not saved — retry');
    expect(status().title).toBe('The disk is full.');
    expect(field.value).toBe('不能丢的文字');
    expect(screen.getByRole('button', { name: 'Retry saving' })).toBeTruthy();

    view.unmount();
    await advance(0);
    vi.useRealTimers();
    main.state.refuseSaves = false;
    showDrafts(main.client, 'd-test0001', unsaved);
    expect((await reasons()).value).toBe('不能丢的文字');
    await vi.waitFor(() => expect(main.stored.get('d-test0001')?.reasons).toBe('不能丢的文字'));
    expect((await screen.findByTestId('save-status')).textContent).toBe('Saved');
  });

  it('lists a new draft once it is made, and takes a deleted one off the list', async () => {
    const main = server(['On rural transport']);
    showDrafts(main.client, null);
    await vi.waitFor(() => expect(listed()).toEqual(['On rural transport']));
    fireEvent.click(screen.getByRole('button', { name: 'New suggestion' }));
    await vi.waitFor(() => expect(listed()).toEqual(['On rural transport', 'Untitled']));
    // The new draft is open in the editor.
    const editor = await screen.findByTestId('draft-editor');
    expect(editor.dataset.draftId).toBe('d-test0002');

    fireEvent.click(within(editor).getByRole('button', { name: 'Delete' }));
    await vi.waitFor(() => expect(listed()).toEqual(['On rural transport']));
    expect(screen.queryByTestId('draft-editor')).toBeNull();
  });
});
