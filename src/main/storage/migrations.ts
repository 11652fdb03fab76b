import { createHash } from 'node:crypto';
import { wordMessage, type ErrorMessage } from '../../shared/i18n/error-messages';
import { isRecord } from '../../shared/is-record';
import { defaultVoteAgenda } from '../../shared/votes/default-agenda';
import { CURRENT_SCHEMA_VERSION } from './store-schema';

/** One step from schema version `from` to `from + 1`, on untyped JSON (old files are not today's types). */
export interface Migration {
  from: number;
  migrate(data: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Ordered steps; each has a fixture of a file in its `from` version under `fixtures/`
 * (store-v1.json, …) that migrations.test.ts opens.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    // 1 → 2: annotations, drafts, the deputy's profile and the default agenda of votes arrive; documents keep earlier versions.
    from: 1,
    migrate: (data) => ({
      ...data,
      settings: { proposalMinCoSigners: 10, ...(isRecord(data.settings) ? data.settings : {}) },
      annotations: [],
      drafts: [],
      voteItems: defaultVoteAgenda(),
      profile: { name: '', delegation: '', deputyNumber: '', contact: '' },
      documents: (Array.isArray(data.documents) ? data.documents : []).map((doc: unknown) =>
        typeof doc === 'object' && doc !== null
          ? { previousVersions: [], removedAt: null, headingOverrides: { promote: [], demote: [] }, ...doc }
          : doc,
      ),
    }),
  },
  {
    // 2 → 3: document texts leave the store file for content-addressed files (texts/<sha256>.txt);
    // until the store writes them there, they wait in `inlineTexts`, so nothing is lost on the way.
    from: 2,
    migrate: (data) => {
      const inlineTexts: Record<string, string> = {};
      const named = (text: unknown): string => {
        const value = typeof text === 'string' ? text : '';
        const hash = createHash('sha256').update(value, 'utf8').digest('hex');
        inlineTexts[hash] = value;
        return hash;
      };
      const documents = (Array.isArray(data.documents) ? data.documents : []).map((doc: unknown) => {
        if (!isRecord(doc)) return doc;
        const { text, previousVersions, ...rest } = doc;
        const versions = (Array.isArray(previousVersions) ? previousVersions : []).map((version: unknown) => {
          if (!isRecord(version)) return version;
          const { text: versionText, ...dates } = version;
          return { textHash: named(versionText), ...dates };
        });
        return { ...rest, textHash: named(text), previousVersions: versions };
      });
      return { ...data, documents, inlineTexts: { ...(isRecord(data.inlineTexts) ? data.inlineTexts : {}), ...inlineTexts } };
    },
  },
  {
    // 3 → 4: every document says which parser revision its annotations were placed with: 1, the
    // only one there was. The texts are not at hand here (they are files): the annotations are
    // re-anchored on today's reading when the app starts (src/main/services/parser-upgrade.ts).
    from: 3,
    migrate: (data) => ({
      ...data,
      documents: (Array.isArray(data.documents) ? data.documents : []).map((doc: unknown) =>
        typeof doc === 'object' && doc !== null ? { ...doc, parserRevision: 1 } : doc,
      ),
    }),
  },
  {
    // 4 → 5: what happens to a draft after it is written (co-signing confirmations, submission and
    // reply, speech cards) and the deputy's corrections of target pairings arrive, each as a new
    // collection that starts empty; nothing already stored changes.
    from: 4,
    migrate: (data) => ({
      ...data,
      targetCorrections: [],
      submissions: [],
      speechCards: [],
      coSignPackets: [],
      coSignConfirmations: [],
      coSignRequests: [],
    }),
  },
];

export class MigrationError extends Error {
  override name = 'MigrationError';
  constructor(readonly reason: ErrorMessage) {
    super(wordMessage('en', reason.key, reason.values));
  }
}

/** Brings a parsed store file up to `target`, one step at a time; refuses files it cannot understand. */
export function migrateToCurrent(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): Record<string, unknown> {
  if (!isRecord(raw)) throw new MigrationError({ key: 'storeReason.notDataObject' });
  let data = raw;
  let version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new MigrationError({ key: 'storeReason.noSchemaVersion' });
  }
  if (version > target) {
    throw new MigrationError({ key: 'storeReason.newerSchema', values: { schemaVersion: version, readsUpTo: target } });
  }
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new MigrationError({ key: 'storeReason.noMigration', values: { schemaVersion: version } });
    data = { ...step.migrate(data), schemaVersion: version + 1 };
    version += 1;
  }
  return data;
}
