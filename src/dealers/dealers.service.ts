import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { withdrawBidsOnBoard } from '../board/withdraw-bids';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { DealerStatus } from './dealer-approval.entity';
import { DealerView, RequestDealershipDto } from './dealer.dto';

export type DealerDecision = 'approve' | 'reject' | 'revoke';

/** What each decision needs and leads to: the dealer relationship's state machine. */
const DECISIONS: Record<DealerDecision, { from: DealerStatus[]; to: DealerStatus; needs: string }> = {
  approve: { from: [DealerStatus.Requested, DealerStatus.Rejected, DealerStatus.Revoked], to: DealerStatus.Approved, needs: 'not already approved' },
  reject: { from: [DealerStatus.Requested], to: DealerStatus.Rejected, needs: 'requested' },
  revoke: { from: [DealerStatus.Approved], to: DealerStatus.Revoked, needs: 'approved' },
};

// A store a retailer may ask to deal for: a draft is not open to the public, so it answers as unknown (404).
const LAUNCHED_STORE = 'SELECT manufacturer_id FROM stores WHERE launched_at IS NOT NULL AND';

const VIEW = `
  SELECT da.id, da.status, da.note, da.decided_at AS "decidedAt", da.created_at AS "createdAt", da.updated_at AS "updatedAt",
         json_build_object('id', m.id, 'name', m.name) AS manufacturer,
         json_build_object('name', s.name, 'slug', s.slug) AS store,
         json_build_object('id', r.id, 'name', r.name) AS retailer
    FROM dealer_approvals da
    JOIN manufacturers m ON m.id = da.manufacturer_id
    JOIN stores s ON s.manufacturer_id = da.manufacturer_id
    JOIN retailers r ON r.id = da.retailer_id`;

/** Which retailers may see and bid on a manufacturer's orders: requested by the retailer, decided by the manufacturer. */
/** One active location of an approved dealer: where it is (degrees) and how far it serves (km). */
export interface DealerLocation {
  retailerId: string;
  name: string;
  lat: number;
  lng: number;
  serviceRadiusKm: number;
}

@Injectable()
export class DealersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  request(principal: Principal, input: RequestDealershipDto): Promise<DealerView> {
    const retailerId = access.retailerOf(principal);
    return this.dataSource.transaction(async (manager) => {
      const manufacturerId = await this.manufacturerFor(manager, input);
      // Asking again is harmless; after a rejection or revocation it is a new request.
      const [row] = await manager.query<({ id: string } | undefined)[]>(
        `INSERT INTO dealer_approvals (manufacturer_id, retailer_id, status, note) VALUES ($1, $2, 'requested', $3)
         ON CONFLICT (manufacturer_id, retailer_id) DO UPDATE
           SET status = 'requested', note = EXCLUDED.note, decided_at = NULL, updated_at = now()
           WHERE dealer_approvals.status IN ('rejected', 'revoked')
         RETURNING id`,
        [manufacturerId, retailerId, input.note ?? null],
      );
      const where = row ? 'da.id = $1' : 'da.manufacturer_id = $1 AND da.retailer_id = $2';
      return this.one(manager, where, row ? [row.id] : [manufacturerId, retailerId]);
    });
  }

  listForRetailer(principal: Principal, status?: DealerStatus): Promise<DealerView[]> {
    const retailerId = access.retailerOf(principal);
    return this.list('da.retailer_id', retailerId, status);
  }

  listForManufacturer(principal: Principal, status?: DealerStatus): Promise<DealerView[]> {
    const manufacturerId = access.manufacturerOf(principal);
    return this.list('da.manufacturer_id', manufacturerId, status);
  }

  /** The active locations of a manufacturer's approved dealers (where its orders can be fulfilled), by dealer name. */
  dealerLocations(principal: Principal): Promise<DealerLocation[]> {
    const manufacturerId = access.manufacturerOf(principal);
    return this.dataSource.query(
      `SELECT l.retailer_id AS "retailerId", l.name, l.lat, l.lng, l.service_radius_km AS "serviceRadiusKm"
         FROM dealer_approvals da JOIN retailer_locations l ON l.retailer_id = da.retailer_id AND l.active
        WHERE da.manufacturer_id = $1 AND da.status = 'approved'
        ORDER BY l.retailer_id, l.name`,
      [manufacturerId],
    );
  }

  decide(principal: Principal, id: string, decision: DealerDecision, reason: string | undefined): Promise<DealerView> {
    const manufacturerId = access.manufacturerOf(principal);
    const rule = DECISIONS[decision];
    return this.dataSource.transaction(async (manager) => {
      const [current] = await manager.query<{ status: DealerStatus; retailer_id: string }[]>(
        `SELECT status, retailer_id FROM dealer_approvals WHERE id = $1 AND manufacturer_id = $2 FOR UPDATE`,
        [id, manufacturerId],
      );
      access.found(current, 'Dealer relationship');
      if (!rule.from.includes(current.status)) {
        throw new DomainError(
          ErrorCode.InvalidState,
          `This dealer relationship is ${current.status}; only one that is ${rule.needs} can be ${rule.to}. List your dealers to see its state`,
        );
      }
      await manager.query(`UPDATE dealer_approvals SET status = $2, note = $3, decided_at = now(), updated_at = now() WHERE id = $1`, [
        id,
        rule.to,
        reason ?? null,
      ]);
      if (decision === 'revoke') await withdrawBidsOnBoard(manager, { retailerId: current.retailer_id, manufacturerId });
      return this.one(manager, 'da.id = $1', [id]);
    });
  }

  private async manufacturerFor(manager: EntityManager, input: RequestDealershipDto): Promise<string> {
    if ((input.manufacturerId === undefined) === (input.storeSlug === undefined)) {
      throw new DomainError(ErrorCode.BadRequest, 'Send either manufacturerId or storeSlug to say which manufacturer you want to deal for');
    }
    const [store] = input.manufacturerId
      ? await manager.query<{ manufacturer_id: string }[]>(`${LAUNCHED_STORE} manufacturer_id = $1`, [input.manufacturerId])
      : await manager.query<{ manufacturer_id: string }[]>(`${LAUNCHED_STORE} slug = $1`, [input.storeSlug]);
    return access.found(store, input.manufacturerId ? 'Manufacturer' : 'Store').manufacturer_id;
  }

  private list(column: 'da.retailer_id' | 'da.manufacturer_id', tenantId: string, status?: DealerStatus): Promise<DealerView[]> {
    return this.dataSource.query(
      `${VIEW} WHERE ${column} = $1 AND ($2::dealer_status IS NULL OR da.status = $2) ORDER BY da.updated_at DESC, da.id`,
      [tenantId, status ?? null],
    );
  }

  private async one(manager: EntityManager, where: string, params: unknown[]): Promise<DealerView> {
    const [view] = await manager.query<DealerView[]>(`${VIEW} WHERE ${where}`, params);
    return view;
  }
}
