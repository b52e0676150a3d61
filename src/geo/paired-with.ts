import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

/**
 * The property may be sent only together with `other` (lat with lng): half a coordinate pair is a 400, never
 * silently dropped. Put it on both properties of the pair.
 */
export function PairedWith(other: string, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'pairedWith',
      target: target.constructor,
      propertyName,
      options: {
        message: `$property was sent without ${other}: send both, or neither to locate the address from its postal code`,
        ...options,
      },
      constraints: [other],
      validator: {
        validate: (value: unknown, args: ValidationArguments) => value == null || (args.object as Record<string, unknown>)[other] != null,
      },
    });
}
