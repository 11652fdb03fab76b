/**
 * What the report CLIs (outline, figures, targets) share: read a report file named on the command
 * line the way the app imports it (in the capped worker, every import format, the same checks and
 * messages), print JSON, and turn a bad file into one line on stderr and exit code 1.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Outline } from '../../shared/domain/outline';
import { parseReport } from '../../shared/report/parse-report';
import { errorCode } from '../error-code';
import { DomainError } from '../services/domain-error';
import { createImportFiles } from '../services/import/import-files';
import { createAppJobRunner } from '../workers/app-job-runner';

/** A problem the user can fix, said in one line. */
export class CliProblem extends Error {}

export async function readReportArgument(file: string | undefined, usage: string): Promise<Outline> {
  if (file === undefined || file.trim() === '') throw new CliProblem(usage);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = errorCode(error) ?? 'read error';
    throw new CliProblem(`Cannot read "${file}" (${reason}): pass the path of an existing .txt, .md, .docx or .pdf report.`);
  }
  try {
    const { text } = await createImportFiles(createAppJobRunner()).read(basename(file), bytes);
    return parseReport(text, { fallbackTitle: basename(file, extname(file)) });
  } catch (error) {
    if (error instanceof DomainError) throw new CliProblem(error.message);
    throw error;
  }
}

/** Runs a CLI's main: its JSON on stdout and exit code 0, or its problem on stderr and exit code 1. */
export async function runReportCli(main: (argv: readonly string[]) => Promise<unknown>): Promise<void> {
  // Piping into `head` closes stdout early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    process.stdout.write(`${JSON.stringify(await main(process.argv.slice(2)), null, 2)}\n`);
    process.exitCode = 0;
  } catch (error) {
    if (!(error instanceof CliProblem)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}
