import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { viewTab } from './fixtures/views';

async function saveProfile(page: Page): Promise<void> {
  await viewTab(page, 'Drafts').click();
  await expect(page.getByTestId('drafts-view')).toBeVisible();
  await page.getByRole('button', { name: 'Profile and settings…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Li Ming');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
}

test('a "saved" notice follows a language switch and then leaves on its own', async ({ page, desk }) => {
  await desk.open(page);
  await saveProfile(page);
  const notice = page.getByTestId('workspace-notice');
  await expect(notice).toContainText('Profile saved');

  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(notice).toContainText('个人信息已保存');
  await expect(notice).not.toContainText('Profile saved');

  // An informational notice closes itself after a few seconds (generous bound for a loaded machine).
  await expect(notice).toBeHidden({ timeout: 20_000 });
});

test('a notice about a finished action does not follow the deputy to another view', async ({ page, desk }) => {
  await desk.open(page);
  await saveProfile(page);
  const notice = page.getByTestId('workspace-notice');
  await expect(notice).toContainText('Profile saved');
  await viewTab(page, 'Library').click();
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Library', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(notice).toBeHidden({ timeout: 2_000 });
});
