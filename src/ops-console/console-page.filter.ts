import { ArgumentsHost, BadRequestException, Catch, ExceptionFilter, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { HttpErrorFilter } from '../errors/http-error.filter';
import { refuseConsoleAccess, sendPage } from './console-access';
import { OpsConsoleRenderer } from './ops-console.renderer';

/**
 * Errors on console pages: a missing or non-ops sign-in is answered like the queue dashboard answers it,
 * a bad address with a readable page; anything else as the API would (too many sign-ins show on the form).
 */
@Injectable()
@Catch()
export class ConsolePageFilter implements ExceptionFilter {
  private readonly apiErrors = new HttpErrorFilter();

  constructor(private readonly render: OpsConsoleRenderer) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof DomainError && exception.code === ErrorCode.Unauthenticated) {
      return refuseConsoleAccess(this.render, request, reply, 'unauthenticated');
    }
    if (exception instanceof DomainError && exception.code === ErrorCode.Forbidden) {
      return refuseConsoleAccess(this.render, request, reply, 'forbidden');
    }
    if (exception instanceof BadRequestException) {
      return sendPage(reply, 400, this.render.page('problem', { heading: 'This address is not valid', message: exception.message }));
    }
    this.apiErrors.catch(exception, host);
  }
}
