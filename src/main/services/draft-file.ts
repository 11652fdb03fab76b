import { z } from 'zod';
import { DraftContentSchema, type DraftContent } from '../../shared/domain/draft';
import { issuePath, issueProblem } from '../../shared/i18n/zod-issue-message';
import { DomainError } from './domain-error';

/** The JSON file a draft is shared as (with co-signers, or as a copy). */
const DRAFT_FILE_FORMAT = 'deputy-desk-draft';
const DraftFileSchema = z.object({
  format: z.literal(DRAFT_FILE_FORMAT),
  formatVersion: z.literal(1),
  draft: DraftContentSchema,
});

export function serializeDraftFile(draft: DraftContent): string {
  const content = DraftContentSchema.parse(draft);
  return `${JSON.stringify({ format: DRAFT_FILE_FORMAT, formatVersion: 1, draft: content }, null, 2)}\n`;
}

/** Reads a shared draft file; refuses it with the field that is wrong, so nothing half-valid gets in. */
export function parseDraftFile(text: string): DraftContent {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new DomainError('INVALID_INPUT', 'draft.fileNotJson');
  }
  const parsed = DraftFileSchema.safeParse(raw);
  if (!parsed.success) {
    // zod reports at least one issue when a parse fails.
    const [issue] = parsed.error.issues;
    const problem = issue ? issueProblem(issue, raw) : { key: 'field.invalid' as const };
    const where = issue ? issuePath(issue) : null;
    if (where === null) throw new DomainError('INVALID_INPUT', 'draft.fileInvalidWhole', { problem });
    throw new DomainError('INVALID_INPUT', 'draft.fileInvalid', { where, problem });
  }
  return parsed.data.draft;
}
