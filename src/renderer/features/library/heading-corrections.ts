import type { HeadingOverridesInput } from '../../../shared/domain/document';
import { isPartStyle, matchNumbering } from '../../../shared/report/heading-patterns';
import { isDemoted } from '../../../shared/report/outline-builder';

/** One of the deputy's corrections to the detected structure, as the preview lists it. */
export type HeadingCorrection = { type: 'promote'; text: string; level: 1 | 2 } | { type: 'demote'; text: string };

export const NO_CORRECTIONS: HeadingOverridesInput = { promote: [], demote: [] };

/**
 * Makes a paragraph (its exact text) a part (1) or item (2) heading; replaces an earlier correction of the same text.
 * A line the deputy demoted earlier is simply restored when promoted back to its own level (the two are inverses).
 */
export function promoteParagraph(overrides: HeadingOverridesInput, text: string, level: 1 | 2): HeadingOverridesInput {
  const undemoted = overrides.demote.filter((d) => !isDemoted(text, new Set([d])));
  const promote = overrides.promote.filter((p) => p.text !== text);
  const num = matchNumbering(text);
  const restored = undemoted.length < overrides.demote.length && num !== null && isPartStyle(num.style) === (level === 1);
  return { promote: restored ? promote : [...promote, { text, level }], demote: undemoted };
}

/** Makes a detected heading (its heading text as shown) an ordinary paragraph. */
export function demoteHeading(overrides: HeadingOverridesInput, heading: string): HeadingOverridesInput {
  return {
    promote: overrides.promote.filter((p) => p.text !== heading),
    demote: [...overrides.demote.filter((d) => d !== heading), heading],
  };
}

export function listCorrections(overrides: HeadingOverridesInput): HeadingCorrection[] {
  return [
    ...overrides.promote.map((p): HeadingCorrection => ({ type: 'promote', text: p.text, level: p.level })),
    ...overrides.demote.map((text): HeadingCorrection => ({ type: 'demote', text })),
  ];
}

export function revertCorrection(overrides: HeadingOverridesInput, correction: HeadingCorrection): HeadingOverridesInput {
  return correction.type === 'promote'
    ? { ...overrides, promote: overrides.promote.filter((p) => p.text !== correction.text) }
    : { ...overrides, demote: overrides.demote.filter((d) => d !== correction.text) };
}
