import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { DomainError, ErrorCode } from '../errors/domain-error';

/**
 * A path parameter holding a UUID (`/orders/:id`): anything else is a 400 naming it, and the OpenAPI document says
 * so (format and length), so the id's shape is declared once, where it is read.
 */
export const UuidParam =
  (name: string): ParameterDecorator =>
  (target, method, index) => {
    const refuse = () => new DomainError(ErrorCode.BadRequest, `${name} must be a UUID such as 3f2b8c1e-6a4d-4f0e-9b7a-2c5d8e1f4a6b`);
    Param(name, new ParseUUIDPipe({ exceptionFactory: refuse }))(target, method, index);
    const descriptor = Object.getOwnPropertyDescriptor(target, method!)!;
    ApiParam({ name, schema: { type: 'string', format: 'uuid', minLength: 36, maxLength: 36 } })(target, method!, descriptor);
  };

type TextSchema = { pattern: string; minLength: number; maxLength: number };

/** A text path parameter documented with its shape (`@TextParam('slug', STORE_SLUG)`). */
export const TextParam =
  (name: string, schema: TextSchema): ParameterDecorator =>
  (target, method, index) => {
    Param(name)(target, method, index);
    ApiParam({ name, schema: { type: 'string', ...schema } })(target, method!, Object.getOwnPropertyDescriptor(target, method!)!);
  };

/** A store's slug, as in /s/<slug>. */
export const STORE_SLUG: TextSchema = { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', minLength: 1, maxLength: 48 };

/** An order's tracking token (base64url), as in the links of the customer's e-mails. */
export const TRACKING_TOKEN: TextSchema = { pattern: '^[A-Za-z0-9_-]+$', minLength: 16, maxLength: 64 };
