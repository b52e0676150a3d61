import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ReplayState } from './replay-state';

/**
 * The policy a replay tries instead of the live one; null (or true for the chosen dealer) keeps the live rule.
 * - `radiusKm`: every location's service radius, km; or `radiusFactor`: each location's own radius times this;
 * - `minBoardHours`: the minimum board time, hours, for every store (windows close at the first scheduled run after);
 * - `dailyCapacity`: awards every location may take per local day, in place of each location's own cap;
 * - `chosenDealer`: whether the customer's chosen dealer's bid goes first.
 */
export interface ReplayPolicy {
  radiusKm: number | null;
  radiusFactor: number | null;
  minBoardHours: number | null;
  dailyCapacity: number | null;
  chosenDealer: boolean;
}

/** Who fulfilled (or would fulfil) one order, and the km from their location to the shipping point. */
export interface ReplayFulfiller {
  kind: 'retailer' | 'manufacturer';
  retailerName: string | null;
  distanceKm: number | null;
}

/** An order whose fulfiller the policy changes: what the run did, and what the policy would have done. */
export interface ChangedOrder {
  orderNumber: string;
  actual: ReplayFulfiller;
  replayed: ReplayFulfiller;
}

/**
 * The awards of a period, by fulfiller type, with their distances (km, retailer awards only) and km saved: for
 * each retailer award, the km from the store's warehouse to the shipping point less the retailer's km (awards of
 * stores without warehouse coordinates count 0).
 */
export interface AwardFigures {
  toRetailers: number;
  toChosenDealers: number;
  toManufacturer: number;
  meanKm: number | null;
  maxKm: number | null;
  kmSaved: number;
}

/** What a replay found: the period's orders, how many the policy awards differently, both sides' figures, examples. */
export interface ReplayResult {
  orders: number;
  changed: number;
  actual: AwardFigures;
  replayed: AwardFigures;
  examples: ChangedOrder[];
}

/** One replay: a past period (runs whose cut-off falls in [periodFrom, periodTo)), a policy, its progress and result. */
@Entity('replays')
// Created in its migration: (manufacturer_id, created_at), a manufacturer's replays newest first.
@Index('replays_by_manufacturer', { synchronize: false })
export class Replay {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // The one manufacturer whose orders are replayed; null: every manufacturer's (ops only).
  @Column({ type: 'uuid', nullable: true })
  manufacturerId: string | null;

  @Column({ type: 'uuid', nullable: true })
  requestedByUserId: string | null;

  @Column({ type: 'timestamptz' })
  periodFrom: Date;

  @Column({ type: 'timestamptz' })
  periodTo: Date;

  @Column({ type: 'jsonb' })
  policy: ReplayPolicy;

  @Column({ type: 'text', default: ReplayState.Queued })
  state: ReplayState;

  @Column({ type: 'integer', default: 0 })
  progressPercent: number;

  @Column({ type: 'jsonb', nullable: true })
  result: ReplayResult | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
