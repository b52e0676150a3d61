import { ValidatorConstraint, ValidatorConstraintInterface, ValidationArguments } from 'class-validator';

/**
 * GTIN check digit (GS1 General Specifications, 7.9.1): from the right, the digits before the check digit
 * are weighted 3, 1, 3, 1 …; the check digit brings the sum to a multiple of 10. A UPC-A is a GTIN-12,
 * an EAN-13 a GTIN-13.
 */
export function isValidGtin(value: string): boolean {
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(value)) return false;
  const digits = [...value].map(Number);
  const check = digits.pop()!;
  const sum = digits.reverse().reduce((total, digit, i) => total + digit * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}

export const GTIN_MESSAGE = 'must be a GTIN-8, UPC-A (12 digits), EAN-13 or GTIN-14 with a valid check digit';

@ValidatorConstraint({ name: 'gtin' })
export class GtinConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return value === null || value === undefined || (typeof value === 'string' && isValidGtin(value));
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} ${GTIN_MESSAGE}`;
  }
}
