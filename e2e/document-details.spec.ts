import { expect, test } from './fixtures';

test('the bundled report’s release date is in the Document menu’s details, not a paragraph, and the title reads “Government (2024)”', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  // The preamble: the title line, then the report's own title; no "Release date:…" paragraph between them.
  await expect(page.locator('p[data-citation="¶1"] .para-text')).toHaveText(
    'Report on the Work of the Jiaxing Municipal Government (2024)',
  );
  await expect(page.locator('p[data-citation="¶2"] .para-text')).toHaveText('Report on the Work of the Government');
  await expect(page.locator('#report')).not.toContainText('Release date');

  await page.getByRole('button', { name: 'Document' }).click();
  const details = page.getByTestId('document-details');
  await expect(page.getByRole('heading', { name: 'About this document' })).toBeVisible();
  await expect(details).toHaveText('Released 2024-04-17 16:10');
  await page.screenshot({ path: 'e2e/artifacts/document-details.png' });
});
