import { z } from 'zod';
import { AnnotationSchema } from '../../shared/domain/annotation';
import { CoSignRequestSchema, ReceivedConfirmationSchema, SentPacketSchema } from '../../shared/cosign/cosign-records';
import { DraftSchema, EMPTY_PROFILE, ProfileSchema } from '../../shared/domain/draft';
import { DocumentIdSchema, DocumentKindSchema, HeadingOverridesSchema, ReadingPositionSchema } from '../../shared/domain/document';
import { NoticeSchema } from '../../shared/domain/notice';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../shared/domain/settings';
import { SubmissionSchema } from '../../shared/domain/submission';
import { VoteItemSchema } from '../../shared/domain/vote';
import { TargetCorrectionSchema } from '../../shared/targets/target-correction';
import { defaultVoteAgenda } from '../../shared/votes/default-agenda';
import { SpeechCardSchema } from '../../shared/speech/speech-card';

/** Bump together with a new entry in `migrations.ts`. */
export const CURRENT_SCHEMA_VERSION = 5;

/** The name of a text file in `texts/`: the SHA-256 of its content (text-store.ts). */
export const TextHashSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const StoredDocumentSchema = z.object({
  id: DocumentIdSchema,
  title: z.string(),
  kind: DocumentKindSchema,
  origin: z.enum(['bundled', 'imported']),
  /** The current version's source text, by name (`texts/<hash>.txt`); the outline is derived from it. */
  textHash: TextHashSchema,
  addedAt: z.iso.datetime(),
  /** Earlier versions, oldest first, kept read-only when a revised version arrives. */
  previousVersions: z.array(z.object({ textHash: TextHashSchema, addedAt: z.iso.datetime(), replacedAt: z.iso.datetime() })),
  /** Headings the deputy corrected when importing. */
  headingOverrides: HeadingOverridesSchema,
  /** Set when removed from the library; kept (with its annotations) so that the removal can be undone. */
  removedAt: z.iso.datetime().nullable(),
  /**
   * The revision of the report parser (src/shared/report/parser-revision.ts) whose reading of the
   * text the annotations' offsets refer to; older ones are re-anchored at start (parser-upgrade.ts).
   */
  parserRevision: z.number().int().min(1),
});
export type StoredDocument = z.infer<typeof StoredDocumentSchema>;

export const StoreDataSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  settings: SettingsSchema,
  documents: z.array(StoredDocumentSchema),
  /** Bundled reports already put into the library once, so that removing one later sticks. */
  seededBundles: z.array(z.string()),
  readingPositions: z.record(z.string(), ReadingPositionSchema),
  notices: z.array(NoticeSchema),
  /** Every annotation of every document, deleted ones included until purged (for undo). */
  annotations: z.array(AnnotationSchema),
  /** The deputy's own details, pre-filling drafts. */
  profile: ProfileSchema,
  /** Suggestions and proposals, deleted ones included until purged (for undo). */
  drafts: z.array(DraftSchema),
  /** The agenda of votes in order (voting notes), removed items included until purged (for undo). */
  voteItems: z.array(VoteItemSchema),
  /** The deputy's corrections of the Targets and results table, one per row (src/shared/targets/target-correction.ts). */
  targetCorrections: z.array(TargetCorrectionSchema),
  /** Drafts handed in, with their handling and reply (one record per submitted draft). */
  submissions: z.array(SubmissionSchema),
  /** Speech cards for the panel deliberation (审议发言), removed ones included until purged (for undo). */
  speechCards: z.array(SpeechCardSchema),
  /** Co-signing packets this desk sent out for its drafts (schema 5). */
  coSignPackets: z.array(SentPacketSchema),
  /** Co-signers' confirmations that came back, verified (schema 5). */
  coSignConfirmations: z.array(ReceivedConfirmationSchema),
  /** Other deputies' packets this desk received to read and confirm (schema 5). */
  coSignRequests: z.array(CoSignRequestSchema),
  /**
   * Texts not yet written to `texts/` (a migrated or restored file of an older version held them
   * inline), by hash; written out and dropped from here at start (text-files.ts).
   */
  inlineTexts: z.record(TextHashSchema, z.string()).optional(),
});
export type StoreData = z.infer<typeof StoreDataSchema>;

export function createDefaultData(): StoreData {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    settings: { ...DEFAULT_SETTINGS },
    documents: [],
    seededBundles: [],
    readingPositions: {},
    notices: [],
    annotations: [],
    profile: { ...EMPTY_PROFILE },
    drafts: [],
    voteItems: defaultVoteAgenda(),
    targetCorrections: [],
    submissions: [],
    speechCards: [],
    coSignPackets: [],
    coSignConfirmations: [],
    coSignRequests: [],
  };
}
