import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { Observable } from 'rxjs';
import { DomainError, ErrorCode } from './domain-error';

/**
 * A route that reads no body refuses one, as a route with a body refuses unknown fields: a client that sends
 * `{ "reason": … }` to an action that takes none learns it at once instead of believing it was recorded.
 * An empty object (or no body at all) is fine.
 */
@Injectable()
export class NoBodyInterceptor implements NestInterceptor {
  private readonly readsBody = new WeakMap<object, boolean>();

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const body: unknown = context.switchToHttp().getRequest<{ body?: unknown }>().body;
    if (body !== undefined && body !== null && body !== '' && !this.takesBody(context)) {
      const fields = typeof body === 'object' && !Array.isArray(body) ? Object.keys(body) : ['(body)'];
      if (fields.length) {
        throw new DomainError(
          ErrorCode.BadRequest,
          `This request takes no body: ${fields.map((f) => `${f} is not an accepted field`).join('; ')}; remove it`,
        );
      }
    }
    return next.handle();
  }

  private takesBody(context: ExecutionContext): boolean {
    const handler = context.getHandler();
    let known = this.readsBody.get(handler);
    if (known === undefined) {
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), handler.name) as object | undefined) ?? {};
      known = Object.keys(args).some((key) => key.startsWith(`${RouteParamtypes.BODY}:`));
      this.readsBody.set(handler, known);
    }
    return known;
  }
}
