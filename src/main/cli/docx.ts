/**
 * `npm run docx -- <draft.json> <out.docx>`: exports a draft as a DOCX in the official layout. The
 * file is what the app's "Export JSON" writes ({ format: "deputy-desk-draft", draft }), or a draft's
 * content on its own (extra keys are ignored).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DraftContentSchema } from '../../shared/domain/draft';
import { isRecord } from '../../shared/is-record';
import { errorCode } from '../error-code';
import { buildDraftDocx } from '../services/export/draft-docx';

const USAGE = 'Usage: npm run docx -- <draft.json> <out.docx>';

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}

async function main(argv: readonly string[]): Promise<number> {
  const [input, output] = argv;
  if (!input || !output) return fail(USAGE);
  let json: unknown;
  try {
    let text = readFileSync(input, 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    json = JSON.parse(text);
  } catch (error) {
    const reason = errorCode(error) ?? (error instanceof SyntaxError ? `not JSON: ${error.message}` : 'read error');
    return fail(`Cannot read "${input}" (${reason}): pass a draft saved as JSON.`);
  }
  // The app's draft file wraps the content; a bare content object is accepted too.
  const draftFile = isRecord(json) && json.format === 'deputy-desk-draft' ? json : null;
  const isDraftFile = draftFile !== null;
  const parsed = DraftContentSchema.safeParse(draftFile ? draftFile.draft : json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = [...(isDraftFile ? ['draft'] : []), ...(issue?.path ?? [])];
    const field = path.length > 0 ? path.join('.') : '(the whole file)';
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : '';
    return fail(`Invalid draft in "${input}": field ${field}: ${issue?.message ?? 'invalid'}${more}`);
  }
  try {
    writeFileSync(output, await buildDraftDocx(parsed.data));
  } catch (error) {
    const reason = errorCode(error) ?? (error instanceof Error ? error.message : String(error));
    return fail(`Cannot write "${output}" (${reason}).`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
