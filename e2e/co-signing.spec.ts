import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test, type DeskApp } from './fixtures';
import { startHostProcess, type RunningHost } from './web-host-process';
import { viewTab } from './fixtures/views';

const editor = (page: Page) => page.getByTestId('draft-editor');

const CO_SIGNERS = ['张三', '李四', '王五', '赵六', '钱七', '孙八', '周九', '吴十', '郑十一', '冯十二'].map((name, i) => ({
  name,
  delegation: i === 0 ? '秀洲区代表团' : '南湖区代表团',
  deputyNumber: `01${String(i + 1).padStart(2, '0')}`,
}));
/** The lead's proposal, as a draft file from another desk (imported through the drafts view). */
const PROPOSAL = {
  format: 'deputy-desk-draft',
  formatVersion: 1,
  draft: {
    kind: 'proposal',
    language: 'zh-CN',
    title: '关于推进城乡公交一体化的议案',
    category: '交通',
    reasons: '农村地区公交班次少，群众出行不便。',
    basis: '政府工作报告提出推进城乡公交一体化。',
    measures: ['新增农村公交线路20条。', '统一城乡票价。'],
    citations: [],
    leadDeputy: '李明',
    delegation: '南湖区代表团',
    deputyNumber: '0421',
    contact: '0573-1234567',
    coSigners: CO_SIGNERS,
    date: '2024-01-30',
  },
};

async function openDrafts(page: Page): Promise<void> {
  await viewTab(page, 'Drafts').click();
  await expect(page.getByTestId('drafts-view')).toBeVisible();
}

/** Clicks, waits for the download, keeps it under the test's output folder and answers its path. */
async function download(page: Page, testInfo: TestInfo, name: string, click: () => Promise<void>): Promise<string> {
  const downloading = page.waitForEvent('download');
  await click();
  const file = await downloading;
  const path = testInfo.outputPath(name);
  await file.saveAs(path);
  return path;
}

/** The co-signer: a second host on a data folder of its own, in a browser context of its own. */
async function startCoSigner(browser: Browser): Promise<CoSigner> {
  const folder = await mkdtemp(join(tmpdir(), 'deputy-desk-e2e-cosigner-'));
  const host: RunningHost = await startHostProcess(join(folder, 'data'));
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  await page.goto(host.url);
  await expect(page.getByRole('main')).toContainText('Report on the Work of the Government');
  return {
    page,
    errors,
    stop: async () => {
      await context.close();
      await host.stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

interface CoSigner {
  page: Page;
  errors: string[];
  stop: () => Promise<void>;
}

/**
 * The whole round through both desks' UI: the lead imports the proposal and exports its packet with a
 * deadline; the co-signer fills in their profile, opens the packet (checked: as sent, read-only) and
 * confirms it. Answers the lead's co-signing panel and the confirmation file's path.
 */
async function packetOutConfirmationBack(page: Page, desk: DeskApp, other: Page, testInfo: TestInfo, look: boolean) {
  await desk.open(page);
  await openDrafts(page);
  await page
    .getByTestId('draft-import-file')
    .setInputFiles({ name: 'proposal.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(PROPOSAL)) });
  await expect(editor(page).getByRole('heading', { name: PROPOSAL.draft.title })).toBeVisible();
  const panel = page.getByTestId('co-signing');
  await panel.getByLabel('Confirm by').fill('2024-01-25');
  const packetPath = await download(page, testInfo, 'packet.json', () =>
    panel.getByRole('button', { name: 'Export co-signing packet' }).click(),
  );
  await expect(page.getByTestId('workspace-notice')).toContainText('Send this file to your co-signers');
  await expect(panel).toContainText('1 packet sent');
  await expect(panel).toContainText('No confirmations yet.');

  await openDrafts(other);
  await other.getByRole('button', { name: 'Profile and settings…' }).click();
  const profile = other.getByRole('dialog');
  await profile.getByRole('textbox', { name: 'Name', exact: true }).fill('张三');
  await profile.getByRole('textbox', { name: 'Delegation' }).fill('秀洲区代表团');
  await profile.getByRole('textbox', { name: 'Deputy number' }).fill('0101');
  await profile.getByRole('button', { name: 'Save' }).click();
  await expect(profile).toHaveCount(0);
  await other.getByTestId('cosign-packet-file').setInputFiles(packetPath);
  const dialog = other.getByTestId('cosign-packet-dialog');
  await expect(dialog.getByRole('heading')).toHaveText(`Co-signing request: ${PROPOSAL.draft.title}`);
  const shown = dialog.getByTestId('cosign-packet-text');
  for (const part of [PROPOSAL.draft.title, '案由', PROPOSAL.draft.reasons, '1.新增农村公交线路20条。', '2.统一城乡票价。']) {
    await expect(shown).toContainText(part);
  }
  await expect(dialog).toContainText('李明, 南湖区代表团, deputy no. 0421');
  await expect(dialog).toContainText('2024-01-25');
  await expect(dialog).toContainText('Confirm as 张三, 秀洲区代表团, deputy no. 0101');
  if (look) {
    await expectNoSeriousA11yViolations(other);
    await other.screenshot({ path: 'e2e/artifacts/co-signing-packet.png' });
  }
  const confirmationPath = await download(other, testInfo, 'confirmation.json', () => dialog.getByTestId('cosign-confirm').click());
  await expect(dialog.getByTestId('cosign-confirmed-on')).toContainText('You confirmed this text');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(other.getByTestId('cosign-requests')).toContainText('confirmed');
  return { panel, confirmationPath };
}

test('two desks: the packet goes out, the signed confirmation comes back, the lead sees it confirmed', async ({
  page,
  desk,
  browser,
}, testInfo) => {
  const coSigner = await startCoSigner(browser);
  try {
    const { panel, confirmationPath } = await packetOutConfirmationBack(page, desk, coSigner.page, testInfo, true);
    await panel.getByTestId('cosign-confirmation-file').setInputFiles(confirmationPath);
    const rows = panel.getByTestId('cosign-confirmations').locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('张三');
    await expect(rows.first()).toContainText('Confirmed this text');
    await expect(page.getByTestId('workspace-notice')).toContainText('张三 confirmed the text.');
    // The panel only: the whole editor is checked by the drafts specs, and takes seconds more on a loaded machine.
    await expectNoSeriousA11yViolations(page, '[data-testid="co-signing"]');
    await panel.screenshot({ path: 'e2e/artifacts/co-signing-confirmed.png' });

    expect(coSigner.errors, 'errors in the co-signer’s page console').toEqual([]);
  } finally {
    await coSigner.stop();
  }
});

test('a tampered confirmation is refused and nothing changes; the DOCX marks the confirmed co-signer; an edit of the text turns the confirmation stale', async ({
  page,
  desk,
  browser,
}, testInfo) => {
  const coSigner = await startCoSigner(browser);
  try {
    const { panel, confirmationPath } = await packetOutConfirmationBack(page, desk, coSigner.page, testInfo, false);
    const rows = panel.getByTestId('cosign-confirmations').locator('tbody tr');

    // Changed after signing (another deputy's name put in): refused, naming the signature; nothing is stored.
    const signed = JSON.parse(await readFile(confirmationPath, 'utf8'));
    await panel.getByTestId('cosign-confirmation-file').setInputFiles({
      name: 'tampered.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...signed, signer: { ...signed.signer, name: '李四', deputyNumber: '0102' } })),
    });
    const refusal = panel.getByTestId('cosign-refusal');
    await expect(refusal).toContainText('“tampered.json” was refused, and nothing changed');
    await expect(refusal).toContainText('its signature does not match what it says');
    await expect(panel).toContainText('No confirmations yet.');
    const stored = async () => JSON.parse(await readFile(join(desk.dataFolder, 'deputy-desk.json'), 'utf8')).coSignConfirmations.length;
    expect(await stored()).toBe(0);
    await panel.screenshot({ path: 'e2e/artifacts/co-signing-refused.png' });

    // The real one is taken; then the lead edits the text, and it is shown stale.
    await panel.getByTestId('cosign-confirmation-file').setInputFiles(confirmationPath);
    await expect(rows.first()).toContainText('Confirmed this text');
    await expect(refusal).toHaveCount(0);
    await expect.poll(stored).toBe(1);

    // The DOCX marks 张三 in the co-signers' table; the signature column stays empty for ink.
    const docxPath = await download(page, testInfo, 'proposal.docx', () => page.getByTestId('export-docx').click());
    await writeFile('e2e/artifacts/co-signing-proposal.docx', await readFile(docxPath));
    const docx = (await mammoth.extractRawText({ path: docxPath })).value;
    expect(docx).toContain('已确认\n\n签名\n\n1\n\n张三\n\n秀洲区代表团\n\n0101\n\n✓\n\n\n\n2\n\n李四');

    await editor(page).getByRole('textbox', { name: 'Reasons (案由)' }).fill('农村地区公交班次少，学生上学不便。');
    await expect(page.getByTestId('save-status')).toHaveText('Saved');
    await expect(rows.first()).toContainText('Stale: confirmed an earlier text');
    await expect(rows.first()).toHaveAttribute('data-state', 'stale');
    await panel.screenshot({ path: 'e2e/artifacts/co-signing-stale.png' });
    expect(coSigner.errors, 'errors in the co-signer’s page console').toEqual([]);
  } finally {
    await coSigner.stop();
  }
});
