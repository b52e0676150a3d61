import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { Manufacturer } from '../manufacturers/manufacturer.entity';
import { CloseWindowsDto, RECENT_CLOSURES, WindowClosureView } from './window-closures.dto';
import { WindowClosure } from './window-closure.entity';

const VIEW = `SELECT c.id, c.manufacturer_id AS "manufacturerId", m.name AS "manufacturerName", u.email AS "closedBy",
                     c.reason, c.orders_closed AS "ordersClosed", c.created_at AS "createdAt"
                FROM window_closures c
                LEFT JOIN manufacturers m ON m.id = c.manufacturer_id
                LEFT JOIN users u ON u.id = c.closed_by_user_id`;

/**
 * Ops closing bidding windows now, for one manufacturer or all, so a demo or an urgent run need not wait
 * for the next scheduled run. An override of the schedule: recorded with its reason, and written into each
 * closed order's history. Bids are refused from then on; the next run (scheduled or started) awards them.
 */
@Injectable()
export class WindowClosuresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** 404 for an unknown manufacturer; closing when no window is open is recorded too, with 0 orders. */
  close(principal: Principal, input: CloseWindowsDto): Promise<WindowClosureView> {
    access.requireOps(principal);
    return this.dataSource.transaction(async (manager) => {
      if (input.manufacturerId) access.found(await manager.findOneBy(Manufacturer, { id: input.manufacturerId }), 'Manufacturer');
      const closure = await manager.save(
        manager.create(WindowClosure, {
          manufacturerId: input.manufacturerId ?? null,
          closedByUserId: principal.userId ?? null,
          reason: input.reason,
          ordersClosed: 0,
        }),
      );
      // The board row follows resolves_at through its trigger. The history entry keeps the status: it is
      // not a transition, only the window moving.
      const closed: { order_id: string }[] = await manager.query(
        `WITH closed AS (
           UPDATE orders o SET resolves_at = now()
             FROM board_orders b
            WHERE b.order_id = o.id AND o.status = 'posted' AND b.resolves_at > now()
              AND ($1::uuid IS NULL OR b.manufacturer_id = $1)
           RETURNING o.id)
         INSERT INTO order_events (order_id, from_status, to_status, actor, note)
         SELECT id, 'posted', 'posted', $2, $3 FROM closed
         RETURNING order_id`,
        [input.manufacturerId ?? null, `ops:${principal.userId}`, `Bidding closed early by Nearfill operations: ${input.reason}`],
      );
      await manager.update(WindowClosure, closure.id, { ordersClosed: closed.length });
      const [view]: WindowClosureView[] = await manager.query(`${VIEW} WHERE c.id = $1`, [closure.id]);
      return view;
    });
  }

  /** The latest closures, newest first. */
  recent(principal: Principal): Promise<WindowClosureView[]> {
    access.requireOps(principal);
    return this.dataSource.query(`${VIEW} ORDER BY c.created_at DESC, c.id LIMIT ${RECENT_CLOSURES}`);
  }
}
