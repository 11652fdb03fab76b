import type { ApiService } from '../../shared/contract/api-contract';
import type { DocumentSummary } from '../../shared/domain/document';
import { reportYears } from '../../shared/figures/report-years';
import { pairTargets } from '../../shared/targets/pair-targets';
import type { Documents } from './documents';
import { DomainError } from './domain-error';

/** The year a report plans (its targets' year), from its title. */
const plannedYear = (doc: Pick<DocumentSummary, 'title'>): number | null => reportYears(doc.title).target;
/** The title without its years, spaces and punctuation: two years' reports of one issuer share it. */
const issuerOf = (doc: Pick<DocumentSummary, 'title'>): string =>
  doc.title
    .replace(/(?:19|20)\d{2}年?/g, '')
    .replace(/[\s\p{P}]+/gu, '')
    .toLowerCase();

interface Suggestion {
  lastYear: DocumentSummary;
  thisYear: DocumentSummary;
  sameIssuer: boolean;
}

/** Last year's report for `thisYear`: the same kind, planning the year before; one of the same issuer (title) first. */
function lastYearOf(thisYear: DocumentSummary, library: readonly DocumentSummary[]): Suggestion | null {
  const year = plannedYear(thisYear);
  if (year === null) return null;
  const candidates = library.filter((doc) => doc.id !== thisYear.id && doc.kind === thisYear.kind && plannedYear(doc) === year - 1);
  const sameIssuer = candidates.find((doc) => issuerOf(doc) === issuerOf(thisYear));
  const lastYear = sameIssuer ?? candidates[0];
  return lastYear ? { lastYear, thisYear, sameIssuer: sameIssuer !== undefined } : null;
}

/** The `targets.*` methods: last year's targets against this year's results. */
export function createTargetsService({ documents }: { documents: Documents }) {
  return {
    pair: ({ lastYearId, thisYearId }) => {
      if (lastYearId === thisYearId) throw new DomainError('INVALID_INPUT', 'Choose two different reports: last year’s and this year’s.');
      return pairTargets(documents.get(lastYearId).outline, documents.get(thisYearId).outline);
    },
    suggestPair: ({ thisYearId }) => {
      const library = documents.list();
      if (thisYearId !== undefined) documents.require(thisYearId);
      const suggestions = library
        .filter((doc) => thisYearId === undefined || doc.id === thisYearId)
        .flatMap((doc) => lastYearOf(doc, library) ?? []);
      // One issuer's two reports before a mixed pair; then the latest year, the one deliberated now.
      const rank = (s: Suggestion) => (s.sameIssuer ? 10_000 : 0) + (plannedYear(s.thisYear) ?? 0);
      const best = suggestions.reduce<Suggestion | null>((top, s) => (top === null || rank(s) > rank(top) ? s : top), null);
      return best ? { lastYearId: best.lastYear.id, thisYearId: best.thisYear.id } : null;
    },
  } satisfies ApiService<'targets'>;
}
