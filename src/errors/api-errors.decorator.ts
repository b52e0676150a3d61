import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';

export class ErrorResponse {
  @ApiProperty({ example: 404, minimum: 400, maximum: 599 }) statusCode: number;
  @ApiProperty({ example: 'Not Found', maxLength: 60 }) error: string;
  @ApiProperty({ example: 'Order not found', maxLength: 2000 }) message: string;
}

export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is malformed or has unknown fields; the message names them',
  401: 'Missing, expired or invalid credentials',
  403: 'Your account may not do this',
  404: 'Not found, or not yours',
  409: 'Conflicts with the current state; the message says why',
  413: 'Body too large',
  414: 'A path parameter is longer than any id or name it could be',
  415: 'Unsupported Content-Type; send application/json',
  422: 'Understood but cannot be processed; the message says what to send instead',
  429: 'Too many requests or sign-in attempts; see the Retry-After header',
  500: 'A fault on our side; the message carries a reference to quote to support',
  503: 'The payment provider cannot be reached; nothing was created: try again in a minute with the same Idempotency-Key',
};

/**
 * Documents the error responses of an endpoint, all in the one error shape. 400, 401, 403 (role), 413-415, 429
 * (with its Retry-After) and 500 need not be listed: the document says so for every operation that can answer
 * them (openapi-document.ts).
 */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(...statuses.map((status) => ApiResponse({ status, description: ERROR_DESCRIPTIONS[status], type: ErrorResponse })));
