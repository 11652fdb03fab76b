import type { Language } from '../domain/settings';
import { DEFAULT_AGENDA_KEYS, DEFAULT_MAX_CHOICES, type DefaultAgendaKey, type VoteItem } from '../domain/vote';

/**
 * Titles of the default agenda items, for the export (the UI has the same titles in its catalogues
 * under `votes.defaultItem.<key>`). Resolutions as a municipal people's congress words them.
 */
export const DEFAULT_AGENDA_TITLES: Record<Language, Record<DefaultAgendaKey, string>> = {
  'zh-CN': {
    governmentWorkReport: '关于政府工作报告的决议',
    planReport: '关于国民经济和社会发展计划执行情况与计划草案的报告的决议',
    budgetReport: '关于预算执行情况与预算草案的报告的决议',
    standingCommitteeReport: '关于人大常委会工作报告的决议',
    courtReport: '关于中级人民法院工作报告的决议',
    procuratorateReport: '关于人民检察院工作报告的决议',
    livelihoodBallot: '民生实事项目票决',
  },
  en: {
    governmentWorkReport: 'Resolution on the government work report',
    planReport: 'Resolution on the report on the economic and social development plan',
    budgetReport: 'Resolution on the budget report',
    standingCommitteeReport: "Resolution on the standing committee's work report",
    courtReport: "Resolution on the intermediate people's court's work report",
    procuratorateReport: "Resolution on the people's procuratorate's work report",
    livelihoodBallot: 'Ballot on the livelihood projects',
  },
};

/** The id a default item has in every store: stable, so tests and migrations agree. */
export function defaultItemId(key: DefaultAgendaKey): string {
  return `v-default-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The default agenda of a new (or migrated) store: six resolutions and the livelihood-projects ballot. */
export function defaultVoteAgenda(): VoteItem[] {
  return DEFAULT_AGENDA_KEYS.map((key) => ({
    id: defaultItemId(key),
    kind: key === 'livelihoodBallot' ? 'ballot' : 'resolution',
    defaultKey: key,
    title: '',
    intention: 'undecided',
    rationale: '',
    paragraphLinks: [],
    annotationIds: [],
    ballot: key === 'livelihoodBallot' ? { mode: 'perCandidate', maxChoices: DEFAULT_MAX_CHOICES, candidates: [] } : null,
    updatedAt: null,
    deletedAt: null,
  }));
}

/** The title to show: the item's own, or the default one in `language`. */
export function itemTitle(item: Pick<VoteItem, 'defaultKey' | 'title'>, language: Language): string {
  return item.defaultKey === null ? item.title : DEFAULT_AGENDA_TITLES[language][item.defaultKey];
}
