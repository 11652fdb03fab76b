/**
 * `npm run figures -- <file>`: prints the figures of a report as JSON, in reading order:
 * `[{ citation, text, kind, value, unit, temporal, sentence }]` (text with its qualifier: "around 6%").
 */
import { extractFigures } from '../../shared/figures/extract-figures';
import { readReportArgument, runReportCli } from './report-argument';

const USAGE = 'Usage: npm run figures -- <report.txt|report.md|report.docx|report.pdf>';

await runReportCli(async (argv) =>
  extractFigures(await readReportArgument(argv[0], USAGE)).map(({ citation, phrase, kind, value, unit, temporal, sentence }) => ({
    citation,
    text: phrase,
    kind,
    value,
    unit,
    temporal,
    sentence,
  })),
);
