/**
 * `npm run outline -- <file>`: prints the detected structure of a report as JSON. Reads every
 * import format: .txt and .md (UTF-8, UTF-16 with or without a BOM, GB18030/GBK), .docx and .pdf.
 */
import { readReportArgument, runReportCli } from './report-argument';

const USAGE = 'Usage: npm run outline -- <report.txt|report.md|report.docx|report.pdf>';

await runReportCli((argv) => readReportArgument(argv[0], USAGE));
