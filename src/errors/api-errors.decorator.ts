import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiProperty, ApiResponse } from '@nestjs/swagger';

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
  429: 'Too many attempts; see the Retry-After header',
  500: 'A fault on our side; the message carries a reference to quote to support',
};

/** Marks a throttled operation in the OpenAPI document: its answers carry the rate-limit headers (see openapi-document.ts). */
export const THROTTLED = 'x-nearfill-throttled';

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 1, maximum: 86_400 } } };

/**
 * Documents the error responses of an endpoint, all in the one error shape. 400, 401 and 500 need not be
 * listed: every operation can answer them and the document says so for all (openapi-document.ts).
 */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: ERROR_DESCRIPTIONS[status], type: ErrorResponse, ...(status === 429 ? { headers: RETRY_AFTER } : {}) }),
    ),
  );

/** A rate-limited endpoint: documents its 429 and the rate-limit headers on each of its answers. */
export const ApiThrottled = () => applyDecorators(ApiExtension(THROTTLED, true), ApiErrors(429));
