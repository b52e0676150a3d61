import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A bid's win or loss is no longer written when its order is decided: it is read from the order's live
 * award. Decided bids go back to their stored state, open (bench/resolver: a run no longer rewrites every
 * bid of every order it decides).
 */
export class BidOutcomeFromAward1795440000000 implements MigrationInterface {
  name = 'BidOutcomeFromAward1795440000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE bids SET status = 'open' WHERE status IN ('won', 'lost')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE bids b
          SET status = CASE WHEN EXISTS (SELECT 1 FROM awards a WHERE a.order_id = b.order_id AND a.bid_id = b.id AND a.superseded_at IS NULL)
                            THEN 'won' ELSE 'lost' END::bid_status
         FROM orders o
        WHERE o.id = b.order_id AND b.status = 'open' AND o.status <> 'posted'`,
    );
  }
}
