/**
 * Rules whose warnings may not grow: each has a ceiling (lint-ceilings.json) that is the count the
 * code had when the rule came in, and that only goes down. Every other warning fails the lint as
 * `eslint --max-warnings=0` did.
 */

/**
 * Takes the ceilinged rules' warnings out of ESLint's results and counts them.
 * @param {import('eslint').ESLint.LintResult[]} results
 * @param {readonly string[]} rules
 * @returns {{ others: import('eslint').ESLint.LintResult[], counts: Record<string, number> }}
 */
export function splitCeilinged(results, rules) {
  const counts = Object.fromEntries(rules.map((rule) => [rule, 0]));
  const ceilinged = (m) => m.severity === 1 && m.ruleId !== null && rules.includes(m.ruleId);
  const others = results.map((result) => {
    const messages = result.messages.filter((m) => {
      if (!ceilinged(m)) return true;
      counts[m.ruleId] += 1;
      return false;
    });
    const removed = result.messages.length - messages.length;
    return { ...result, messages, warningCount: result.warningCount - removed };
  });
  return { others, counts };
}

/**
 * The verdict: failures (errors, other warnings, a count above its ceiling) and notes (a count
 * below its ceiling: lower the ceiling so it cannot creep back).
 * @param {{ errors: number, warnings: number, counts: Record<string, number>, ceilings: Record<string, number> }} input
 */
export function judge({ errors, warnings, counts, ceilings }) {
  const failures = [];
  const notes = [];
  if (errors > 0) failures.push(`${errors} error(s)`);
  if (warnings > 0) failures.push(`${warnings} warning(s) from rules without a ceiling (none are allowed)`);
  for (const [rule, ceiling] of Object.entries(ceilings)) {
    const count = counts[rule] ?? 0;
    if (count > ceiling)
      failures.push(
        `${rule}: ${count} warnings, above the ceiling of ${ceiling} in lint-ceilings.json; remove the new ones (\`npm run lint -- --show-ceilinged\` lists them all)`,
      );
    else if (count < ceiling)
      notes.push(`${rule}: ${count} warnings, below the ceiling of ${ceiling}; lower it with \`npm run lint -- --lower-ceilings\``);
  }
  return { failures, notes };
}

/**
 * The ceilings after `--lower-ceilings`: each lowered to its count, never raised.
 * @param {Record<string, number>} ceilings
 * @param {Record<string, number>} counts
 */
export function loweredCeilings(ceilings, counts) {
  return Object.fromEntries(Object.entries(ceilings).map(([rule, ceiling]) => [rule, Math.min(ceiling, counts[rule] ?? 0)]));
}
