import { countOf } from '../common/plural';
import type { PayoutStatus } from '../payouts/payout-runs.service';

// Each state said as ops act on it; a held payout is always held for an unfinished payout set-up (payout-runs.service).
const WORDS: Record<PayoutStatus, (n: number) => string> = {
  paid: (n) => `${countOf(n, 'payout', 'payouts')} paid`,
  pending: (n) => `${countOf(n, 'transfer', 'transfers')} on ${n === 1 ? 'its' : 'their'} way`,
  held: (n) => `${countOf(n, 'payout', 'payouts')} on hold — onboarding not finished`,
  failed: (n) => `${countOf(n, 'transfer', 'transfers')} failed — retry under Failed transfers`,
  carried: (n) => `${countOf(n, 'net', 'nets')} of zero or less carried forward`,
  superseded: (n) => `${countOf(n, 'payout', 'payouts')} folded into a later run`,
};

/**
 * A payout run's counts per payout state (`{ held: 2, paid: 5 }`) in words for ops, in a fixed order (problems
 * first); 'Nothing due' when the run made no payout. An unknown state is named as stored rather than dropped.
 */
export function payoutRunCountsInWords(counts: Record<string, number>): string {
  const order: PayoutStatus[] = ['failed', 'held', 'pending', 'paid', 'carried', 'superseded'];
  const known = order.filter((s) => counts[s] > 0).map((s) => WORDS[s](counts[s]));
  const unknown = Object.entries(counts)
    .filter(([s, n]) => n > 0 && !(s in WORDS))
    .map(([s, n]) => `${n} ${s}`);
  return [...known, ...unknown].join(', ') || 'Nothing due';
}
