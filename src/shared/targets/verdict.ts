/**
 * Met, exceeded or missed: a result against last year's target, by the target's bound.
 * - 'at least' ("more than 6%", "6%以上", a floor indicator's plain "reaches 3.55%", a reduction
 *   "cut by 3%"): met at or above; exceeded beyond the tolerance; missed below, by the gap.
 * - 'at most' ("below 5%", "5%以内", a ceiling indicator's "around 3%" — CPI, unemployment):
 *   met at or below; missed above.
 * - 'around' ("around 6%", "6%左右" for a floor indicator): met within the tolerance either side;
 *   exceeded above it; missed below it.
 * The tolerance is 0.3 percentage points for percentages and 5 % of the target otherwise.
 */
import type { Figure } from '../figures/figure';
import type { IndicatorSense } from './indicators';

export type TargetBound = 'at least' | 'at most' | 'around';
export type Verdict = 'met' | 'exceeded' | 'missed' | 'not reported' | 'unclear';

export function boundOf(target: Figure, sense: IndicatorSense): TargetBound {
  if (target.qualifier === 'more than' || target.qualifier === 'at least') return 'at least';
  if (target.qualifier === 'less than' || target.qualifier === 'up to') return 'at most';
  // A cut ("reduce energy consumption by 3%") is met by cutting at least as much.
  if (target.direction === 'down') return 'at least';
  if (sense === 'ceiling') return 'at most';
  return target.qualifier === 'around' || target.qualifier === 'about' ? 'around' : 'at least';
}

/** The value compared: a range's lower end as a floor; a fall's magnitude for a cut. */
function comparable(figure: Figure, bound: TargetBound): number | null {
  if (figure.value !== null) return Math.abs(figure.value) * (figure.direction === 'down' && bound !== 'at least' ? -1 : 1);
  if (figure.range) return bound === 'at most' ? figure.range.high : figure.range.low;
  return null;
}

function tolerance(target: Figure, value: number): number {
  return target.unit === '%' || target.unit === 'percentage points' ? 0.3 : Math.abs(value) * 0.05;
}

/** How the result stands against the target, and by how much it fell short (in the target's unit) when missed. */
export function judge(target: Figure, result: Figure, bound: TargetBound): { verdict: Verdict; shortfall: number | null } {
  if (target.unit !== result.unit || target.kind !== result.kind) return { verdict: 'unclear', shortfall: null };
  const wanted = comparable(target, bound);
  const got = comparable(result, bound);
  if (wanted === null || got === null) return { verdict: 'unclear', shortfall: null };
  // A cut reported as a fall ("down 3.5%") or a rise ("up 1%"): a rise is a negative cut.
  const achieved = target.direction === 'down' && bound === 'at least' && result.direction !== 'down' ? -Math.abs(got) : got;
  const slack = tolerance(target, wanted);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  if (bound === 'at most')
    return achieved <= wanted ? { verdict: 'met', shortfall: null } : { verdict: 'missed', shortfall: round(achieved - wanted) };
  if (bound === 'around' && achieved < wanted - slack) return { verdict: 'missed', shortfall: round(wanted - achieved) };
  if (bound === 'at least' && achieved < wanted) return { verdict: 'missed', shortfall: round(wanted - achieved) };
  return achieved > wanted + slack ? { verdict: 'exceeded', shortfall: null } : { verdict: 'met', shortfall: null };
}
