import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The board's first page reads the orders nearest each location first and stops at the page (src/board/board.sql.ts),
 * through an SP-GiST index on the areas' lng/lat as a plane point.
 *
 * Why: the cube GiST index board_orders_location (3-D points, Guttman's quadratic split) has leaf pages whose
 * boxes overlap widely: a box of 26 km read ~50 pages for ~60 entries, and the whole board of a location ~380
 * pages. A kd-tree (SP-GiST) has no overlap, so a small box or a nearest-first scan reads a few pages.
 * bench/board at 1,000,000 orders, first page: 12,865 index entries and 2,214 shared buffers before, 1,065 and
 * 811 after; the server's CPU per query fell from ~17 to ~6.5 ms on a loaded machine.
 * Plane distances in degrees only order the scan; the board still measures and decides by haversine to the
 * area, and the search box (nearfill_area_box) holds every area within the distance. board_orders_location
 * stays for the automatic bids (src/inventory/stock.sql.ts).
 */
export class NearestFirstBoard1795600000000 implements MigrationInterface {
  name = 'NearestFirstBoard1795600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Every point within `km` of (lat, lng), as a box of (lng, lat) degrees: the latitudes within the angle θ
    // (no point is nearer than its difference in latitude), and the widest longitude span of that spherical
    // cap, asin(sin θ / cos lat). A cap over a pole or across the antimeridian takes every longitude (cell
    // centres may pass 180° by half a cell). θ is 1 % wider, as EARTH_BOX_MARGIN, against rounding; callers
    // test the exact distance.
    await queryRunner.query(
      `CREATE FUNCTION nearfill_area_box(lat double precision, lng double precision, km double precision) RETURNS box
         LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
           SELECT CASE WHEN abs(lat) + dlat >= 90 OR abs(lng) + dlng >= 180 THEN box(point(-360, lat - dlat), point(360, lat + dlat))
                       ELSE box(point(lng - dlng, lat - dlat), point(lng + dlng, lat + dlat)) END
             FROM (SELECT degrees(a) AS dlat, degrees(asin(least(1, sin(a) / cos(radians(lat))))) AS dlng
                     FROM (SELECT km * 1.01 / 6371.0088 AS a) cap) span
         $$`,
    );
    await queryRunner.query(
      `CREATE INDEX "board_orders_area" ON "board_orders" USING spgist (point("area_lng", "area_lat"))
         INCLUDE ("order_id", "manufacturer_id", "resolves_at", "area_lat", "area_lng")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "board_orders_area"`);
    await queryRunner.query(`DROP FUNCTION nearfill_area_box`);
  }
}
