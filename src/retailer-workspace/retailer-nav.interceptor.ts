import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { from, Observable, switchMap } from 'rxjs';
import { Principal, Role } from '../auth/role';
import { WonOrdersService } from '../board/won-orders.service';
import { PickupService } from '../pickup/pickup.service';
import { ReturnsService } from '../returns/returns.service';
import { NavCounts } from '../workspace/workspace-pages';
import { RETAILER_WORKSPACE } from './retailer-pages';

/**
 * Counts the shop's waiting work (orders to ship, pickups to handle, returns to decide) before each of its
 * workspace pages renders, so the navigation says where work waits. Other routes pass through untouched.
 */
@Injectable()
export class RetailerNavInterceptor implements NestInterceptor {
  constructor(
    private readonly won: WonOrdersService,
    private readonly pickups: PickupService,
    private readonly returns: ReturnsService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { principal?: Principal; navCounts?: NavCounts }>();
    const principal = request.principal;
    if (principal?.role !== Role.Retailer || !request.url.startsWith(`${RETAILER_WORKSPACE.basePath}/`)) return next.handle();
    return from(this.counts(principal)).pipe(
      switchMap((counts) => {
        request.navCounts = counts;
        return next.handle();
      }),
    );
  }

  private async counts(principal: Principal): Promise<NavCounts> {
    const [toShip, pickups, returns] = await Promise.all([
      this.won.toShipCount(principal),
      this.pickups.waitingCount(principal),
      this.returns.counts(principal),
    ]);
    return {
      orders: { count: toShip, words: 'to ship' },
      pickups: { count: pickups, words: 'waiting on you' },
      returns: { count: returns.requested, words: 'to decide' },
    };
  }
}
