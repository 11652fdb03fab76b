import { finding, type CheckSettings, type Rule } from './types';

/** When the session's deadline for proposals falls (local time), or null when none is set or it cannot be read. */
export function deadlineOf(settings: Pick<CheckSettings, 'proposalDeadline'>): Date | null {
  const text = settings.proposalDeadline ?? '';
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/u.test(text)) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** The session's deadline for proposals has passed: a proposal handed in now will likely be taken as a suggestion. */
export const proposalDeadline: Rule = (draft, settings) => {
  const deadline = deadlineOf(settings);
  if (draft.kind !== 'proposal' || !deadline || !settings.now || settings.now < deadline) return [];
  return [finding('proposal.deadline', 'should', 'title', { deadline: settings.proposalDeadline?.replace('T', ' ') ?? '' })];
};
