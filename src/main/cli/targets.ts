/**
 * `npm run targets -- <last-year-file> <this-year-file>`: last year's targets paired with this
 * year's results, as JSON: `[{ indicator, target: { citation, text, value, unit, bound },
 * result: { citation, text, value, unit } | null, verdict, shortfall }]`.
 */
import { pairTargets } from '../../shared/targets/pair-targets';
import { readReportArgument, runReportCli } from './report-argument';

const USAGE = 'Usage: npm run targets -- <last-year-report> <this-year-report> (.txt, .md, .docx or .pdf)';
const side = ({ citation, text, value, unit }: { citation: string; text: string; value: number | null; unit: string | null }) => ({
  citation,
  text,
  value,
  unit,
});

await runReportCli(async (argv) => {
  const lastYear = await readReportArgument(argv[0], USAGE);
  const thisYear = await readReportArgument(argv[1], USAGE);
  return pairTargets(lastYear, thisYear).map(({ indicator, target, result, verdict, shortfall }) => ({
    indicator,
    target: { ...side(target), bound: target.bound },
    result: result ? side(result) : null,
    verdict,
    shortfall,
  }));
});
