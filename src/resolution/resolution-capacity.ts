import { EntityManager } from 'typeorm';
import { allocateCapacity, fromUuidArray, toUuidArray } from './award-rule';
import { CAPACITY_LOCK } from './capacity.sql';
import { ResolutionRun } from './resolution-run.entity';
import { AWARD_CAPPED, CAPPED_PAIRS, LOCK_WINNERS, PLAN_CAPPED, RECORD_CAPS } from './resolution.sql';

/** What a step of a run awarded: orders decided, those to a retailer, and their km (sum and max). */
export interface BatchTotals {
  decided: number;
  retailer: number;
  total_km: number;
  max_km: number | null;
}

/**
 * A run's capacity step, once, before its parts are planned (the capacity rule, award-rule.ts): the locations
 * with a daily cap and what each can still take (resolution_caps), then the candidate pairs capacity decides,
 * taken in the rule's order (allocateCapacity); the winners are locked and awarded in one statement. The parts
 * then award every other order by its most preferred bid at an uncapped location, which is what the rule gives
 * it: its pairs at capped locations were all refused here. Under CAPACITY_LOCK, so two runs (or a re-route)
 * never count the same capacity twice; the winners' locks wait for other runs' batches, which never wait for
 * this lock and never award a capped location's bid. A dry run keeps its winners in resolution_planned_awards
 * instead. Returns the awards written, or null. Throws (and the run's job is retried) when a winner was
 * decided meanwhile.
 */
export async function awardCapacity(manager: EntityManager, run: ResolutionRun): Promise<BatchTotals | null> {
  if (!run.dryRun) await manager.query(CAPACITY_LOCK);
  const caps: { location_id: string; remaining: number }[] = await manager.query(RECORD_CAPS, [run.id, run.cutoff]);
  if (!caps.length) return null;
  // Freshly written, the run's caps would be estimated at a few dozen rows, and the pairs read by an index lookup
  // per order and bid: four times slower at 100,000 orders in bench/resolver than the hash joins it plans now.
  await manager.query('ANALYZE resolution_caps');
  const [pairs]: { order_ids: string; bid_ids: string; location_ids: string }[] = await manager.query(CAPPED_PAIRS, [
    run.id,
    run.cutoff,
    run.manufacturerId,
  ]);
  const won = allocateCapacity(
    { orderIds: fromUuidArray(pairs.order_ids), bidIds: fromUuidArray(pairs.bid_ids), locationIds: fromUuidArray(pairs.location_ids) },
    new Map(caps.map((cap) => [cap.location_id, cap.remaining])),
  );
  if (!won.orderIds.length) return null;
  if (run.dryRun) {
    await manager.query(PLAN_CAPPED, [run.id, toUuidArray(won.orderIds), toUuidArray(won.bidIds)]);
    return null;
  }
  const winners = toUuidArray(won.orderIds);
  const [{ locked }]: { locked: number }[] = await manager.query(LOCK_WINNERS, [winners]);
  if (locked !== won.orderIds.length)
    throw new Error('An order the capacity step chose was decided by another run meanwhile; planning the run again');
  const [totals]: BatchTotals[] = await manager.query(AWARD_CAPPED, [winners, run.id, run.cutoff, toUuidArray(won.bidIds)]);
  return totals;
}
