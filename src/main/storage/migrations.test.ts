import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PANE_LAYOUT } from '../../shared/domain/settings';
import { DEFAULT_AGENDA_KEYS } from '../../shared/domain/vote';
import { MIGRATIONS, migrateToCurrent } from './migrations';
import { CURRENT_SCHEMA_VERSION, StoreDataSchema } from './store-schema';

const FIXTURES = join(import.meta.dirname, 'fixtures');

describe('migrations of real old store files', () => {
  it('has a step and a fixture for every schema version before the current one', async () => {
    const fixtures = (await readdir(FIXTURES))
      .filter((name) => /^store-v\d+\.json$/.test(name))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const versions = Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1);
    expect(fixtures).toEqual(versions.map((v) => `store-v${v}.json`));
    expect(MIGRATIONS.map((m) => m.from)).toEqual(versions);
  });

  it('brings the version-1 file to the current schema and keeps everything the deputy had', async () => {
    const v1 = JSON.parse(await readFile(join(FIXTURES, 'store-v1.json'), 'utf8'));
    const migrated = StoreDataSchema.parse(migrateToCurrent(v1));
    expect(migrated.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    // Settings added since (interface zoom, pane layout) read with their defaults.
    expect(migrated.settings).toEqual({
      language: 'zh-CN',
      textSize: 22,
      proposalMinCoSigners: 10,
      interfaceZoom: 100,
      paneLayout: DEFAULT_PANE_LAYOUT,
    });
    expect(migrated.documents[0]).toMatchObject({
      id: 'jiaxing-2024-work-report',
      previousVersions: [],
      removedAt: null,
      headingOverrides: { promote: [], demote: [] },
    });
    expect(migrated.inlineTexts?.[migrated.documents[0]!.textHash]).toBe(v1.documents[0].text);
    expect(migrated.readingPositions).toEqual(v1.readingPositions);
    expect(migrated.annotations).toEqual([]);
    expect(migrated.drafts).toEqual([]);
    expect(migrated.profile).toEqual({ name: '', delegation: '', deputyNumber: '', contact: '' });
    expect(migrated.voteItems.map((item) => item.defaultKey)).toEqual([...DEFAULT_AGENDA_KEYS]);
    expect(migrated.voteItems.every((item) => item.intention === 'undecided' && item.deletedAt === null)).toBe(true);
    expect(migrated.voteItems.at(-1)).toMatchObject({ kind: 'ballot', ballot: { mode: 'perCandidate', maxChoices: 10, candidates: [] } });
  });
});

describe('schema 2 → 3: document texts move out of the store file', () => {
  it('names every version by the hash of its text and keeps the texts until they are written out', async () => {
    const v2 = JSON.parse(await readFile(join(FIXTURES, 'store-v2.json'), 'utf8'));
    const migrated = StoreDataSchema.parse(migrateToCurrent(v2));
    const [revised, removed] = migrated.documents;
    const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    expect(revised).toMatchObject({
      id: v2.documents[0].id,
      title: '2024年政府工作报告',
      textHash: sha(v2.documents[0].text),
      removedAt: null,
    });
    expect(revised!.previousVersions).toEqual([
      {
        textHash: sha(v2.documents[0].previousVersions[0].text),
        addedAt: v2.documents[0].previousVersions[0].addedAt,
        replacedAt: v2.documents[0].previousVersions[0].replacedAt,
      },
    ]);
    expect(removed).toMatchObject({ textHash: sha(v2.documents[1].text), removedAt: v2.documents[1].removedAt });
    expect(JSON.stringify(migrated.documents)).not.toContain('全市生产总值');
    expect(migrated.inlineTexts).toEqual({
      [sha(v2.documents[0].text)]: v2.documents[0].text,
      [sha(v2.documents[0].previousVersions[0].text)]: v2.documents[0].previousVersions[0].text,
      [sha(v2.documents[1].text)]: v2.documents[1].text,
    });
    expect(migrated.annotations).toEqual(v2.annotations);
    expect(migrated.voteItems).toEqual(v2.voteItems);
  });
});

describe('schema 3 → 4: documents say which parser reading their annotations are placed on', () => {
  it('marks every document as read by the first parser and changes nothing else (re-anchoring follows at start)', async () => {
    const v3 = JSON.parse(await readFile(join(FIXTURES, 'store-v3.json'), 'utf8'));
    const migrated = StoreDataSchema.parse(migrateToCurrent(v3));
    expect(migrated.documents.map((d) => d.parserRevision)).toEqual([1, 1]);
    expect(migrated.documents.map(({ parserRevision: _, ...rest }) => rest)).toEqual(v3.documents);
    expect(migrated.annotations).toEqual(v3.annotations);
    expect(migrated.readingPositions).toEqual(v3.readingPositions);
  });
});

describe('schema 4 → 5: the life of a draft after writing gets its own records', () => {
  // store-v4.json was written through the services of Deputy Desk at commit c1a30ad: the v3 fixture opened (and upgraded
  // to parser revision 2), the deputy's profile filled in, one English suggestion and one Chinese
  // proposal with a co-signer drafted.
  it('keeps every document, annotation, draft, vote note and setting as they were', async () => {
    const v4 = JSON.parse(await readFile(join(FIXTURES, 'store-v4.json'), 'utf8'));
    const migrated = StoreDataSchema.parse(migrateToCurrent(v4));
    expect(migrated.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(migrated.documents).toEqual(v4.documents);
    expect(migrated.annotations).toEqual(v4.annotations);
    expect(migrated.drafts).toEqual(v4.drafts);
    expect(migrated.voteItems).toEqual(v4.voteItems);
    expect(migrated.profile).toEqual(v4.profile);
    expect(migrated.settings).toEqual(v4.settings);
    expect(migrated.readingPositions).toEqual(v4.readingPositions);
  });

  it('starts the deputy’s corrections of target pairings empty', async () => {
    const v4 = JSON.parse(await readFile(join(FIXTURES, 'store-v4.json'), 'utf8'));
    expect(v4.targetCorrections).toBeUndefined();
    expect(StoreDataSchema.parse(migrateToCurrent(v4)).targetCorrections).toEqual([]);
  });

  it('starts the submitted suggestions and proposals (reply tracking) empty', async () => {
    const v4 = JSON.parse(await readFile(join(FIXTURES, 'store-v4.json'), 'utf8'));
    expect(v4.submissions).toBeUndefined();
    expect(StoreDataSchema.parse(migrateToCurrent(v4)).submissions).toEqual([]);
  });

  it('starts the speech cards empty', async () => {
    const v4 = JSON.parse(await readFile(join(FIXTURES, 'store-v4.json'), 'utf8'));
    expect(v4.speechCards).toBeUndefined();
    expect(StoreDataSchema.parse(migrateToCurrent(v4)).speechCards).toEqual([]);
  });

  it('starts the co-signing records empty: no packet sent, no confirmation or request received', async () => {
    const v4 = JSON.parse(await readFile(join(FIXTURES, 'store-v4.json'), 'utf8'));
    const migrated = StoreDataSchema.parse(migrateToCurrent(v4));
    expect(migrated.coSignPackets).toEqual([]);
    expect(migrated.coSignConfirmations).toEqual([]);
    expect(migrated.coSignRequests).toEqual([]);
  });
});
