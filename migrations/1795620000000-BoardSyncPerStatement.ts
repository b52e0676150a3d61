import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The board follows updates of orders once per statement instead of once per row: the resolver moves a
 * batch of thousands of orders off 'posted' in one UPDATE, and the row trigger ran a PL/pgSQL call and a
 * DELETE of its own for each of them (EXPLAIN ANALYZE of a batch of 1,000 in bench/resolver's data: 20–27 ms
 * in the row trigger, 12–17 ms in this one). The statement trigger reads the statement's old and new rows
 * (transition tables) and does what the row trigger did, as two set statements. Inserts keep the row
 * trigger: orders are placed one at a time.
 */
export class BoardSyncPerStatement1795620000000 implements MigrationInterface {
  name = 'BoardSyncPerStatement1795620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // What the row trigger's WHEN condition and function did, for every row the statement updated:
    // an order that left 'posted' leaves the board; one posted now, or posted with a new manufacturer,
    // window or shipping point, is written (again). `= ANY (ARRAY(…))` keeps the primary key's index
    // whatever number of rows the first call of a session planned for (its plan is kept for the session).
    await queryRunner.query(
      `CREATE FUNCTION nearfill_board_sync_updated() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         DELETE FROM board_orders
          WHERE order_id = ANY (ARRAY(
                  SELECT n.id FROM updated_new n JOIN updated_old o ON o.id = n.id
                   WHERE o.status = 'posted' AND n.status <> 'posted'));
         INSERT INTO board_orders (order_id, manufacturer_id, resolves_at, ship_lat, ship_lng, area_lat, area_lng)
         SELECT n.id, n.manufacturer_id, n.resolves_at, n.ship_lat, n.ship_lng,
                nearfill_area_lat(n.ship_lat), nearfill_area_lng(n.ship_lat, n.ship_lng)
           FROM updated_new n JOIN updated_old o ON o.id = n.id
          WHERE n.status = 'posted'
            AND (o.status, o.manufacturer_id, o.resolves_at, o.ship_lat, o.ship_lng)
                IS DISTINCT FROM (n.status, n.manufacturer_id, n.resolves_at, n.ship_lat, n.ship_lng)
         ON CONFLICT (order_id) DO UPDATE
            SET manufacturer_id = excluded.manufacturer_id, resolves_at = excluded.resolves_at,
                ship_lat = excluded.ship_lat, ship_lng = excluded.ship_lng,
                area_lat = excluded.area_lat, area_lng = excluded.area_lng;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(`DROP TRIGGER orders_board_update ON orders`);
    await queryRunner.query(
      `CREATE TRIGGER orders_board_update AFTER UPDATE ON orders
       REFERENCING OLD TABLE AS updated_old NEW TABLE AS updated_new
       FOR EACH STATEMENT EXECUTE FUNCTION nearfill_board_sync_updated()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER orders_board_update ON orders`);
    await queryRunner.query(`DROP FUNCTION nearfill_board_sync_updated()`);
    await queryRunner.query(
      `CREATE TRIGGER orders_board_update AFTER UPDATE ON orders
       FOR EACH ROW WHEN ((OLD.status = 'posted' OR NEW.status = 'posted')
         AND (OLD.status, OLD.manufacturer_id, OLD.resolves_at, OLD.ship_lat, OLD.ship_lng)
             IS DISTINCT FROM (NEW.status, NEW.manufacturer_id, NEW.resolves_at, NEW.ship_lat, NEW.ship_lng))
       EXECUTE FUNCTION nearfill_board_sync()`,
    );
  }
}
