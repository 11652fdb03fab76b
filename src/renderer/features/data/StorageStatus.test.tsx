import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StorageHealth } from '../../../shared/domain/storage-health';
import { initI18n } from '../../i18n/i18n';
import { fakeApi, providers } from '../../test-support/fake-api';
import { saveWatch } from './save-watch';
import { StorageStatus } from './StorageStatus';

beforeAll(() => {
  initI18n('en');
});

const failing: StorageHealth = {
  ok: false,
  problem: 'The disk is full.',
  failingSince: '2026-03-01T08:00:00.000Z',
  lastSavedAt: null,
  readOnly: null,
};
const healthy: StorageHealth = { ok: true, problem: null, failingSince: null, lastSavedAt: '2026-03-01T08:01:00.000Z', readOnly: null };

/** A page whose storage health answers the next value of `answers` each time it is read (the last one after that). */
function page(answers: StorageHealth[]) {
  let reads = 0;
  const { client, calls } = fakeApi({ 'app.health': () => answers[Math.min(reads++, answers.length - 1)] ?? healthy });
  const watched = saveWatch.watch(client);
  render(<StorageStatus />, { wrapper: providers(watched) });
  return { calls, client: watched };
}

describe('StorageStatus', () => {
  it('warns while changes do not reach the disk, and says "All changes saved" once a write gets through', async () => {
    const { calls } = page([failing, healthy]);
    expect(await screen.findByTestId('storage-warning')).toHaveProperty('textContent', expect.stringContaining('The disk is full.'));
    // A write that the main side answered: the health is read again at once, not at the next poll.
    const writer = saveWatch.watch(fakeApi({ 'app.dismissNotice': () => null }).client);
    await act(async () => void (await writer.call('app.dismissNotice', { noticeId: 'n1' })));
    await waitFor(() => expect(screen.queryByTestId('storage-warning')).toBeNull());
    expect(screen.getByTestId('storage-saved').textContent).toContain('All changes saved');
    expect(calls.filter((c) => c.method === 'app.health').length).toBeGreaterThanOrEqual(2);
    fireEvent.click(screen.getByRole('button', { name: /dismiss/i }));
    expect(screen.queryByTestId('storage-saved')).toBeNull();
  });

  it('shows nothing while all is well, and reads the health again when the window regains focus', async () => {
    const { calls } = page([healthy, failing]);
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(screen.queryByTestId('storage-warning')).toBeNull();
    expect(screen.queryByTestId('storage-saved')).toBeNull();
    act(() => void window.dispatchEvent(new Event('focus')));
    expect(await screen.findByTestId('storage-warning')).toBeTruthy();
  });

  it('says why the data is read-only when a newer version wrote it', async () => {
    page([{ ...healthy, readOnly: { cause: 'newer-version', schemaVersion: 9, readsUpTo: 5 } }]);
    const banner = await screen.findByTestId('storage-read-only');
    expect(banner.textContent).toContain('9');
    expect(banner.textContent).toContain('5');
  });
});
