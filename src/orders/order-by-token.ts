import { EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import { Order } from './order.entity';

/** The order a tracking token opens. A wrong token and a missing order look the same (404). */
export async function orderByToken(manager: EntityManager, token: string): Promise<Order> {
  const order = await manager.createQueryBuilder(Order, 'o').addSelect('o.trackingToken').where('o.tracking_token = :token', { token }).getOne();
  if (!order) throw DomainError.notFound('Order');
  return order;
}
