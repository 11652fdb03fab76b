/**
 * Which year a report's results and targets are for, from its title.
 * - Two years ("2023年…执行情况与2024年…草案", "the 2023 Plan … the 2024 Draft Plan"): the earlier
 *   is the year under review, the later the year planned.
 * - One year in a report on execution only ("关于2023年预算执行情况的报告"): results for that year,
 *   targets for the next.
 * - One year otherwise (a work report, "…Government (2024)"): the year planned; results are for the
 *   year before (the report is given early in the year it plans).
 */
export interface ReportYears {
  result: number | null;
  target: number | null;
}

const YEAR = /(?:^|\D)((?:19|20)\d{2})(?!\d)/g;
const EXECUTION_ONLY = /执行情况|完成情况|\b(?:implementation|execution)\b/i;
const DRAFT = /草案|\bdraft\b/i;

export function reportYears(title: string): ReportYears {
  const years = [...title.matchAll(YEAR)].map((m) => Number(m[1]));
  if (years.length === 0) return { result: null, target: null };
  const first = Math.min(...years);
  const last = Math.max(...years);
  if (first !== last) return { result: first, target: last };
  if (EXECUTION_ONLY.test(title) && !DRAFT.test(title)) return { result: first, target: first + 1 };
  return { result: first - 1, target: first };
}
