import { fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Profile } from '../../../shared/domain/draft';
import { initI18n } from '../../i18n/i18n';
import { fakeApi, providers, Refusal } from '../../test-support/fake-api';
import { ProfileDialog } from './ProfileDialog';

beforeAll(() => {
  initI18n('en');
});

const stored: Profile = { name: '王芳', delegation: '南湖区代表团', deputyNumber: '', contact: '' };

function dialog(update: (profile: Profile) => Profile) {
  const api = fakeApi({ 'profile.get': () => stored, 'profile.update': update });
  const onSaved = vi.fn();
  render(<ProfileDialog minCoSigners={10} onMinCoSigners={async () => undefined} onSaved={onSaved} onClose={() => undefined} />, {
    wrapper: providers(api.client),
  });
  return { ...api, onSaved };
}

describe('ProfileDialog', () => {
  it('starts from the stored details and saves what the deputy changed', async () => {
    const { calls, onSaved } = dialog((profile) => profile);
    const name = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Name' });
    expect(name.value).toBe('王芳');
    fireEvent.change(screen.getByRole('textbox', { name: 'Deputy number' }), { target: { value: '0412' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(calls.find((c) => c.method === 'profile.update')?.input).toEqual({ ...stored, deputyNumber: '0412' });
  });

  it("says a refused save is not saved, in the main side's words, and keeps what was typed", async () => {
    const { onSaved } = dialog(() => {
      throw new Refusal({ code: 'STORAGE', message: 'The disk is full.' });
    });
    const contact = await screen.findByRole<HTMLInputElement>('textbox', { name: /Contact/ });
    fireEvent.change(contact, { target: { value: '13800000000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByText(/Not saved: The disk is full\./)).textContent).toContain('Your entries are kept');
    expect(contact.value).toBe('13800000000');
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
  });
});
