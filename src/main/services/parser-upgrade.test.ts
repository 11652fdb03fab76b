import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../shared/domain/annotation';
import { PARSER_REVISION } from '../../shared/report/parser-revision';
import { startCore, type Core } from '../api/start-core';
import { STORE_FILE_NAME } from '../storage/store';
import { TEXTS_FOLDER_NAME, TextStore } from '../storage/text-store';
import { RESOURCES_DIR } from '../test-support/temp-core';

/**
 * `fixtures/store-v3.json` was written by Deputy Desk at commit 96ca385 (parser revision 1): its
 * annotations were made through that version's annotation service on its reading of the bundled
 * report, where "Release date:2024-04-17 16:10" was ¶2 and the title read "Government(2024)".
 */
const FIXTURE = join(import.meta.dirname, '../storage/fixtures/store-v3.json');
const BUNDLED = join(RESOURCES_DIR, 'reports/jiaxing-2024-government-work-report.en.txt');
const REPORT_ID = 'jiaxing-2024-work-report';
// The other document's text, as imported into that store (its title line also reads "Plan (2025)" now).
const PLAIN_NOTES = 'Plan(2025)\n\nI. Targets\n\nGrowth of about 5% is expected(estimate).\n\nII. Tasks\n\nWe will build roads.';

interface OldStore {
  documents: { id: string; title: string; textHash: string }[];
  annotations: Annotation[];
  readingPositions: Record<string, { paragraphId: string }>;
}

/** Without white space, which the new reading may have added ("Government (2024)"). */
const squash = (text: string) => text.replace(/\s+/g, '');
/** Without the release-date line (or the piece of it a 32-character context holds): it is no longer text of the report. */
const withoutReleaseDate = (text: string) => text.replace(/Release date:[\d\- :]*/g, '');

describe('annotations made on the first parser’s reading of a report', () => {
  let folder: string;
  let old: OldStore;
  let core: Core | null = null;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'deputy-desk-parser-upgrade-'));
    await copyFile(FIXTURE, join(folder, STORE_FILE_NAME));
    const texts = new TextStore(join(folder, TEXTS_FOLDER_NAME));
    const bundled = await readFile(BUNDLED, 'utf8');
    await texts.put(bundled);
    await texts.put(PLAIN_NOTES);
    old = JSON.parse(await readFile(FIXTURE, 'utf8')) as OldStore;
  });
  afterEach(async () => {
    await core?.store.close();
    core = null;
    await rm(folder, { recursive: true, force: true });
  });

  const start = async () => {
    core = await startCore({ dataFolder: folder, resourcesDir: RESOURCES_DIR, version: '0.0.0-test' });
    return core;
  };

  it('stay on the same words after the upgrade, deleted ones included; the release-date line’s own is kept as an orphan', async () => {
    const { services, store } = await start();
    expect(store.data.documents.map((d) => d.parserRevision)).toEqual([PARSER_REVISION, PARSER_REVISION]);
    const byId = new Map(store.data.annotations.map((a) => [a.id, a]));
    expect(byId.size).toBe(old.annotations.length);
    for (const before of old.annotations) {
      const after = byId.get(before.id)!;
      const docText = services.documents.documentText(after.documentId);
      const { exact, prefix, suffix } = before.target.quote;
      if (exact.startsWith('Release date')) {
        // That line is a detail of the document now, not text of it: nothing to place it on, nothing lost.
        expect(after.status).toBe('orphaned');
        expect(after.target.quote).toEqual(before.target.quote);
        continue;
      }
      const { start: s, end: e } = after.target.position;
      expect(docText.text.slice(s, e), before.note).toBe(exact);
      expect(after.status, before.note).toBe('exact');
      // The same occurrence of the words ("5.5%" and "innovation" occur many times): the old
      // version's stored context surrounds them here.
      const around = squash(docText.text.slice(Math.max(0, s - 40), e + 40));
      expect(around, before.note).toContain(squash(withoutReleaseDate(prefix)) + squash(exact) + squash(withoutReleaseDate(suffix)));
      // Its paragraph is the one the words are in.
      const paragraph = docText.paragraphs.find((p) => p.start <= s && s < p.end)!;
      expect(after.target.paragraphId).toBe(paragraph.id);
      expect(after.deletedAt).toBe(before.deletedAt);
      expect([after.note, after.tags, after.kind]).toEqual([before.note, before.tags, before.kind]);
    }
  });

  it('moves the reading position to the title paragraph’s new id and spaces a title that came from the text', async () => {
    const { services, store } = await start();
    const report = services.documents.get(REPORT_ID);
    expect(report.title).toBe('Report on the Work of the Jiaxing Municipal Government (2024)');
    expect(store.data.documents.find((d) => d.id !== REPORT_ID)?.title).toBe('Plain notes');
    const titleParagraph = report.outline.sections[0]!.paragraphs[0]!;
    expect(titleParagraph.text).toBe('Report on the Work of the Jiaxing Municipal Government (2024)');
    expect(old.readingPositions[REPORT_ID]!.paragraphId).not.toBe(titleParagraph.id);
    expect(services.reading.getPosition({ documentId: REPORT_ID })?.paragraphId).toBe(titleParagraph.id);
  });

  it('is done once: the file says so, and the next start changes nothing', async () => {
    const first = await start();
    await first.store.close();
    core = null;
    const written = JSON.parse(await readFile(join(folder, STORE_FILE_NAME), 'utf8')) as {
      schemaVersion: number;
      documents: { parserRevision: number }[];
      annotations: Annotation[];
    };
    expect(written.documents.map((d) => d.parserRevision)).toEqual([PARSER_REVISION, PARSER_REVISION]);
    const second = await start();
    expect(JSON.parse(JSON.stringify(second.store.data.annotations))).toEqual(written.annotations);
  });
});
