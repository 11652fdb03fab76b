/**
 * `npm run outline -- <file>`: prints the detected structure of a report as JSON. Reads every
 * import format: .txt and .md (UTF-8, UTF-16 with or without a BOM, GB18030/GBK), .docx and .pdf.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseReport } from '../../shared/report/parse-report';
import { DomainError } from '../services/domain-error';
import { createImportFiles } from '../services/import/import-files';
import { createAppJobRunner } from '../workers/app-job-runner';

const USAGE = 'Usage: npm run outline -- <report.txt|report.md|report.docx|report.pdf>';

async function main(argv: readonly string[]): Promise<number> {
  const file = argv[0];
  if (file === undefined || file.trim() === '') {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'read error';
    process.stderr.write(`Cannot read "${file}" (${reason}): pass the path of an existing .txt, .md, .docx or .pdf report.\n`);
    return 1;
  }
  try {
    // The app's own reading: in the capped worker, with the same checks and messages.
    const { text } = await createImportFiles(createAppJobRunner()).read(basename(file), bytes);
    const outline = parseReport(text, { fallbackTitle: basename(file, extname(file)) });
    process.stdout.write(`${JSON.stringify(outline, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
