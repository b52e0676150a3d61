import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';

export class ErrorResponse {
  @ApiProperty({ example: 404 }) statusCode: number;
  @ApiProperty({ example: 'Not Found' }) error: string;
  @ApiProperty({ example: 'Order not found' }) message: string;
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request is malformed or has unknown fields; the message names them',
  401: 'Missing, expired or invalid credentials',
  403: 'Your account may not do this',
  404: 'Not found, or not yours',
  409: 'Conflicts with the current state; the message says why',
  413: 'Body too large',
  422: 'Understood but cannot be processed; the message says what to send instead',
  429: 'Too many attempts; see the Retry-After header',
};

/** Documents the error responses of an endpoint, all in the one error shape. */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status], type: ErrorResponse })),
  );
