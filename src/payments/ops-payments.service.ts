import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { Page } from '../common/pagination.dto';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { PaymentOperationsRunner } from './payment-operations-runner';
import { PaymentOperationQuery, PaymentOperationView } from './payments.dto';

const VIEW = `
  SELECT op.id, op.order_id AS "orderId", o.number::text AS "orderNumber", op.return_id AS "returnId", op.kind,
         op.amount_minor::float8 AS "amountMinor", o.currency, op.state, op.attempts, op.last_error AS "lastError",
         op.provider_ref AS "providerRef", op.created_at AS "createdAt", op.completed_at AS "completedAt"
    FROM payment_operations op JOIN orders o ON o.id = op.order_id`;

/** Ops follow the money the provider is asked to move, and retry what it refused. */
@Injectable()
export class OpsPaymentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runner: PaymentOperationsRunner,
  ) {}

  async list(principal: Principal, query: PaymentOperationQuery): Promise<Page<PaymentOperationView>> {
    access.requireOps(principal);
    const where = query.state ? `op.state = $1` : `op.state <> 'succeeded' AND $1::text IS NULL`;
    const params = [query.state ?? null];
    const items = await this.dataSource.query<PaymentOperationView[]>(
      `${VIEW} WHERE ${where} ORDER BY op.created_at, op.id LIMIT ${query.limit} OFFSET ${query.offset}`,
      params,
    );
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM payment_operations op WHERE ${where}`,
      params,
    );
    return { items: items.map(trimmed), total, limit: query.limit, offset: query.offset };
  }

  /** 404 for an unknown id; 409 for one that already succeeded. */
  async retry(principal: Principal, id: string): Promise<PaymentOperationView> {
    access.requireOps(principal);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.one(manager, id);
      if (current.state === 'succeeded')
        throw new DomainError(ErrorCode.InvalidState, 'This operation already succeeded at the provider; there is nothing to retry');
      await this.runner.retry(manager, id);
      return this.one(manager, id);
    });
  }

  private async one(manager: EntityManager, id: string): Promise<PaymentOperationView> {
    const [row] = await manager.query<PaymentOperationView[]>(`${VIEW} WHERE op.id = $1`, [id]);
    if (!row) throw DomainError.notFound('Payment operation');
    return trimmed(row);
  }
}

const trimmed = (row: PaymentOperationView): PaymentOperationView => ({ ...row, currency: row.currency.trim() });
