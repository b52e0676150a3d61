import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Before the award a retailer learns nothing finer than the order's area: every distance it is shown, and
 * every "in reach" decision it could probe (service radius, maxDistanceKm), is measured to the centre of the
 * grid cell holding the shipping point, not to the point. Cells are 0.05° of latitude (5.56 km) high and as
 * wide in km at their middle latitude, so a cell is about 5.6 × 5.6 km anywhere. The resolver still ranks bids
 * by the exact point.
 *
 * board_orders keeps the cell centre beside the exact point (the trigger fills it), and its spatial index now
 * searches the cell centres, so the board's query stays an index-only range of the same shape.
 */
export class CoarseBoardDistances1795520000000 implements MigrationInterface {
  name = 'CoarseBoardDistances1795520000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION nearfill_area_lat(lat double precision) RETURNS double precision
         LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (floor(lat / 0.05) + 0.5) * 0.05 $$`,
    );
    // The cell's width in degrees of longitude grows with latitude so that it stays about 5.56 km wide.
    await queryRunner.query(
      `CREATE FUNCTION nearfill_area_lng(lat double precision, lng double precision) RETURNS double precision
         LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
           SELECT (floor((lng + 180) / w) + 0.5) * w - 180
             FROM (SELECT least(360, 0.05 / cos(radians((floor(lat / 0.05) + 0.5) * 0.05))) AS w) cell
         $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION nearfill_area_km(lat double precision, lng double precision, ship_lat double precision, ship_lng double precision)
         RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
           SELECT nearfill_distance_km(lat, lng, nearfill_area_lat(ship_lat), nearfill_area_lng(ship_lat, ship_lng))
         $$`,
    );
    await queryRunner.query(`ALTER TABLE "board_orders" ADD "area_lat" double precision, ADD "area_lng" double precision`);
    await queryRunner.query(`UPDATE board_orders SET area_lat = nearfill_area_lat(ship_lat), area_lng = nearfill_area_lng(ship_lat, ship_lng)`);
    await queryRunner.query(`ALTER TABLE "board_orders" ALTER "area_lat" SET NOT NULL, ALTER "area_lng" SET NOT NULL`);
    await this.syncFunction(queryRunner, true);
    await queryRunner.query(`DROP INDEX "board_orders_location"`);
    await queryRunner.query(
      `CREATE INDEX "board_orders_location" ON "board_orders" USING gist (ll_to_earth("area_lat", "area_lng"))
         INCLUDE ("order_id", "manufacturer_id", "resolves_at", "area_lat", "area_lng")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "board_orders_location"`);
    await queryRunner.query(
      `CREATE INDEX "board_orders_location" ON "board_orders" USING gist (ll_to_earth("ship_lat", "ship_lng"))
         INCLUDE ("order_id", "manufacturer_id", "resolves_at", "ship_lat", "ship_lng")`,
    );
    await this.syncFunction(queryRunner, false);
    await queryRunner.query(`ALTER TABLE "board_orders" DROP COLUMN "area_lat", DROP COLUMN "area_lng"`);
    await queryRunner.query(`DROP FUNCTION nearfill_area_km`);
    await queryRunner.query(`DROP FUNCTION nearfill_area_lng`);
    await queryRunner.query(`DROP FUNCTION nearfill_area_lat`);
  }

  /** The board trigger's function, with or without the cell centre. */
  private async syncFunction(queryRunner: QueryRunner, withArea: boolean): Promise<void> {
    const [columns, values, updates] = withArea
      ? [', area_lat, area_lng', ', nearfill_area_lat(NEW.ship_lat), nearfill_area_lng(NEW.ship_lat, NEW.ship_lng)', ', area_lat = excluded.area_lat, area_lng = excluded.area_lng']
      : ['', '', ''];
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION nearfill_board_sync() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.status = 'posted' THEN
           INSERT INTO board_orders (order_id, manufacturer_id, resolves_at, ship_lat, ship_lng${columns})
           VALUES (NEW.id, NEW.manufacturer_id, NEW.resolves_at, NEW.ship_lat, NEW.ship_lng${values})
           ON CONFLICT (order_id) DO UPDATE
              SET manufacturer_id = excluded.manufacturer_id, resolves_at = excluded.resolves_at,
                  ship_lat = excluded.ship_lat, ship_lng = excluded.ship_lng${updates};
         ELSE
           DELETE FROM board_orders WHERE order_id = NEW.id;
         END IF;
         RETURN NULL;
       END $$`,
    );
  }
}
