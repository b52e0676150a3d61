import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import { isISO8601, ValidateBy } from 'class-validator';

/** Years PostgreSQL's timestamptz and JavaScript's Date both hold (PostgreSQL has no year 0). */
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

/** A real calendar day or instant in ISO 8601: "2026-02-30" and year 0 are refused, not passed to the database. */
export function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string' || !isISO8601(value, { strict: true, strictSeparator: true })) return false;
  const at = new Date(value);
  return !Number.isNaN(at.getTime()) && at.getUTCFullYear() >= FIRST_YEAR && at.getUTCFullYear() <= LAST_YEAR;
}

/**
 * A query or body field holding a date (`2026-11-01`) or an instant (`2026-11-01T08:00:00Z`), documented with
 * its format and length. Messages name the field with an example.
 */
export const IsIsoDate = (options: ApiPropertyOptions & { example: string }) =>
  applyDecorators(
    ApiProperty({ type: String, format: 'date-time', maxLength: 35, ...options }),
    ValidateBy({
      name: 'isIsoDate',
      validator: {
        validate: isIsoDate,
        defaultMessage: (args) =>
          `${args?.property} must be a real ISO 8601 date such as ${options.example}, between years ${FIRST_YEAR} and ${LAST_YEAR}`,
      },
    }),
  );
