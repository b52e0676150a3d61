import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { ReturnEvent } from './return-event.entity';
import { describeReturnStatus, ReturnStatus, returnStatesLeadingTo } from './return-status';

export interface ReturnTransition {
  returnId: string;
  to: ReturnStatus;
  /** 'customer', 'retailer:<id>', 'manufacturer:<userId>', 'system' */
  actor: string;
  /** Shown to the customer and the fulfiller. */
  note: string;
  /** Other columns written in the same UPDATE (snake_case column → value). */
  set?: Record<string, unknown>;
}

/**
 * The one way a return changes status: a conditional UPDATE carrying the states allowed to lead to `to`
 * (two racing writers cannot both succeed) plus a history row. An illegal move is a 409 naming the state.
 */
export async function transitionReturn(manager: EntityManager, t: ReturnTransition): Promise<void> {
  const extra = Object.entries(t.set ?? {});
  const assignments = extra.map(([column], i) => `, ${column} = $${i + 4}`).join('');
  const rows: { previous: ReturnStatus }[] = await manager.query(
    `WITH current AS (SELECT id, status FROM returns WHERE id = $1 FOR UPDATE),
          changed AS (
            UPDATE returns r SET status = $3${assignments}
              FROM current WHERE r.id = current.id AND current.status = ANY($2::return_status[])
            RETURNING current.status AS previous)
     SELECT previous FROM changed`,
    [t.returnId, returnStatesLeadingTo(t.to), t.to, ...extra.map(([, value]) => value)],
  );
  if (!rows.length) {
    const [current] = await manager.query<({ status: ReturnStatus } | undefined)[]>(`SELECT status FROM returns WHERE id = $1`, [t.returnId]);
    if (!current) throw DomainError.notFound('Return');
    throw new DomainError(
      ErrorCode.InvalidState,
      `This return is ${describeReturnStatus(current.status)}; it cannot become ${describeReturnStatus(t.to)}`,
    );
  }
  await manager.insert(ReturnEvent, { returnId: t.returnId, fromStatus: rows[0].previous, toStatus: t.to, actor: t.actor, note: t.note });
}
