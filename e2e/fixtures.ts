import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { startHostProcess, type RunningHost } from './web-host-process';

export interface DeskApp {
  /** The data folder of this test: a real store file lives here. */
  dataFolder: string;
  /** The folder holding it (a drive that can be removed). */
  drive: string;
  /** The running host; `restart()` stops it and starts a new one on the same data folder. */
  host: RunningHost;
  open(page: Page): Promise<void>;
  restart(): Promise<void>;
}

export const test = base.extend<{ desk: DeskApp }>({
  desk: async ({ page }, use) => {
    // The data folder sits one level down in a temporary "drive", which a test may remove whole.
    const drive = await mkdtemp(join(tmpdir(), 'deputy-desk-e2e-'));
    const dataFolder = join(drive, 'data');
    const pageErrors: string[] = [];
    // While the host is deliberately down (restart), the page's requests are refused: expected.
    let hostDown = false;
    const refused = /ERR_CONNECTION_REFUSED|Failed to fetch|not reachable/;
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() !== 'error' || (hostDown && refused.test(message.text()))) return;
      pageErrors.push(message.text());
    });
    const desk: DeskApp = {
      dataFolder,
      drive,
      host: await startHostProcess(dataFolder),
      async open(p) {
        await p.goto(desk.host.url);
        await expect(p.getByRole('main')).toContainText('Report on the Work of the Government');
      },
      async restart() {
        hostDown = true;
        await desk.host.stop();
        desk.host = await startHostProcess(dataFolder);
        // The old page may still poll the old port until it navigates to the new address.
        page.once('framenavigated', () => {
          hostDown = false;
        });
      },
    };
    await use(desk);
    // Errors while the test ran count; once the page is closed, the host can go without the
    // page's polling logging a refused connection.
    const errorsDuringTest = [...pageErrors];
    await page.close();
    await desk.host.stop();
    await rm(drive, { recursive: true, force: true });
    expect(errorsDuringTest, 'errors in the page console').toEqual([]);
  },
});

/** Zero serious or critical accessibility violations on what the page shows now (or in the part `include` selects). */
export async function expectNoSeriousA11yViolations(page: Page, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

export { expect };
