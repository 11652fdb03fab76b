import { benchAnchoring } from './anchor-bench';
import { benchColdStart } from './cold-start-bench';
import { benchCompare } from './compare-bench';
import { benchEditor } from './editor-bench';
import { benchExport } from './export-bench';
import { benchFigures } from './figures-bench';
import { benchImport } from './import-bench';
import { benchLibrarySize } from './library-size-bench';
import type { BenchOptions, Metric } from './measure';
import { benchParse } from './parse-bench';
import { benchPdf } from './pdf-bench';
import { benchRender } from './render-bench';
import { benchSearch } from './search-bench';
import { benchStore } from './store-bench';
import { benchVotes } from './votes-bench';

export interface Suite {
  name: string;
  run: (options: BenchOptions) => Promise<Record<string, Metric>>;
  /** Metrics the suite must report (a missing one fails the run, in quick mode too). */
  expects: readonly string[];
  /** For a suite whose metric names are still changing: at least one metric with this prefix. */
  expectsPrefix?: string;
}

/** Every benchmark, in the order they run (browser suites last: they are the slowest). */
export const SUITES: readonly Suite[] = [
  { name: 'parse', run: benchParse, expects: ['parse.report_ms', 'parse.report_x10_ms', 'parse.report_x10_cpu_ms'] },
  { name: 'figures', run: benchFigures, expects: ['figures.extract_report_ms', 'targets.pair_ms'] },
  { name: 'import', run: benchImport, expects: ['import.docx_1mb_ms'] },
  { name: 'pdf import', run: benchPdf, expects: ['import.pdf_100_pages_ms'] },
  { name: 'store', run: benchStore, expects: ['annotation.persist_p50_ms@10k', 'store.open_p50_ms@10k', 'store.backup_rotation_ms@10k'] },
  { name: 'library size', run: benchLibrarySize, expects: ['annotation.persist_vs_library_size_ratio'] },
  {
    name: 'anchoring',
    run: benchAnchoring,
    expects: [
      'anchor.reanchor_1000_ms',
      'anchor.exact_pct',
      'anchor.fuzzy_correct_pct',
      'anchor.false_placement_pct',
      'anchor.orphan_pct',
      'anchor.peer.reanchor_1000_ms',
      'anchor.peer.false_placement_pct',
      'anchor.reanchor_rewritten_1000_ms',
      'anchor.reanchor_app_info_max_ms',
    ],
  },
  { name: 'compare', run: benchCompare, expects: ['compare.versions_ms', 'compare.peer.versions_ms', 'compare.app_info_max_ms'] },
  { name: 'search', run: benchSearch, expects: ['search.query_p50_ms', 'search.query_p50_ms@10k', 'search.index_build_ms@10k'] },
  { name: 'export', run: benchExport, expects: ['export.proposal_10_pages_ms'] },
  { name: 'votes', run: benchVotes, expects: ['votes.summary_ms'] },
  { name: 'render', run: benchRender, expects: ['render.report_with_1000_highlights_ms', 'render.highlights_overhead_ms'] },
  { name: 'editor', run: benchEditor, expects: ['editor.keystroke_event_p95_ms', 'editor.keystroke_event_60hz_p95_ms'] },
  { name: 'cold start', run: benchColdStart, expects: ['web.cold_start_to_report_ms'] },
];

/** What is wrong with a suite's result: expected metrics missing, or values that are not numbers. */
export function problemsWith(suite: Suite, metrics: Record<string, Metric>): string[] {
  const problems = suite.expects.filter((name) => !(name in metrics)).map((name) => `missing metric ${name}`);
  if (suite.expectsPrefix && !Object.keys(metrics).some((name) => name.startsWith(suite.expectsPrefix!))) {
    problems.push(`no ${suite.expectsPrefix}* metric`);
  }
  for (const [name, m] of Object.entries(metrics)) {
    if (!Number.isFinite(m.value)) problems.push(`${name} is not a number (${m.value})`);
    if (m.peer && !Number.isFinite(m.peer.value)) problems.push(`${name}: its peer "${m.peer.label}" is not a number (${m.peer.value})`);
  }
  return problems;
}
