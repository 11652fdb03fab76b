/**
 * `npm run outline -- <file>`: prints the detected structure of a report (.txt/.md, UTF-8) as JSON.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseReport } from '../../shared/report/parse-report';

const USAGE = 'Usage: npm run outline -- <report.txt|report.md> (a UTF-8 text file)';

function main(argv: readonly string[]): number {
  const file = argv[0];
  if (file === undefined || file.trim() === '') {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'read error';
    process.stderr.write(
      `Cannot read "${file}" (${reason}): pass the path of an existing UTF-8 .txt or .md report.\n`,
    );
    return 1;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const outline = parseReport(text, { fallbackTitle: basename(file, extname(file)) });
  process.stdout.write(`${JSON.stringify(outline, null, 2)}\n`);
  return 0;
}

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = main(process.argv.slice(2));
