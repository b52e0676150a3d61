import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, ValidationTypes, ValidatorOptions } from 'class-validator';

interface Problem {
  path: string;
  message: string;
}

// A value of the wrong type also fails its range checks ("must be at least 1" for "2"): the type is the one to say.
const RANGE_CONSTRAINTS = new Set(['min', 'max', 'minLength', 'maxLength', 'arrayMinSize', 'arrayMaxSize', 'isLength']);

const childPath = (parent: string, property: string) =>
  /^\d+$/.test(property) ? `${parent}[${property}]` : parent ? `${parent}.${property}` : property;

/** Each message starts with the field's full path, once ("customer.name is required", never "customer.customer.name"). */
function withPath(message: string, property: string, path: string): string {
  if (message.startsWith(path)) return message;
  if (message.startsWith(property)) return path + message.slice(property.length);
  return `${path}: ${message}`;
}

function problemsOf(errors: ValidationError[], parent = ''): Problem[] {
  return errors.flatMap((error) => {
    const path = childPath(parent, error.property);
    const constraints = Object.entries(error.constraints ?? {});
    const own: Problem[] = [];
    if (constraints.some(([name]) => name === 'whitelistValidation')) {
      own.push({ path, message: `${path} is not an accepted field; remove it` });
    } else if (constraints.length && error.value === undefined) {
      own.push({ path, message: `${path} is required` });
    } else if (constraints.length) {
      const [, message] = constraints.find(([name]) => !RANGE_CONSTRAINTS.has(name)) ?? constraints[0];
      own.push({ path, message: withPath(message, error.property, path) });
    }
    return [...own, ...problemsOf(error.children ?? [], path)];
  });
}

type Constructor = abstract new (...args: never[]) => unknown;

/**
 * The smallest size a non-zero number may have anywhere in a request: a millionth. Nothing here is measured finer
 * (coordinates to 11 cm, km, money in minor units), and below about 2.2e-308 PostgreSQL's float8 refuses a value
 * JavaScript keeps (a denormal such as 1e-320 failed a query with a 500).
 */
export const SMALLEST_NUMBER = 1e-6;

/** Why a number from a request is too close to 0 to store, or undefined (NaN and infinities are the DTO's to refuse). */
export function numberProblem(value: number, path: string): string | undefined {
  if (Number.isFinite(value) && value !== 0 && Math.abs(value) < SMALLEST_NUMBER)
    return `${path} is too close to 0 (${value}); send 0 or a number of at least ${SMALLEST_NUMBER.toFixed(6)}`;
  return undefined;
}

// Where @ApiProperty() keeps a property's documented schema (@nestjs/swagger does not export the key).
const API_PROPERTY = 'swagger/apiModelProperties';

/**
 * What class-validator lets through on a transformed DTO but the model cannot take: an explicit `null` on a field
 * not documented as nullable (`@IsOptional()` accepts null), a missing nested object (`@ValidateNested()` accepts
 * undefined), a list where an object belongs or the reverse, and a number too close to 0 to store (numberProblem).
 */
export function shapeProblems(value: unknown, parent = ''): Problem[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => shapeProblems(item, `${parent}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const type = value.constructor as Constructor;
  const metadata = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
  const problems: Problem[] = [];
  for (const property of new Set(metadata.map((m) => m.propertyName))) {
    const rules = metadata.filter((m) => m.propertyName === property);
    const optional = rules.some((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION);
    const nested = rules.some((m) => m.type === ValidationTypes.NESTED_VALIDATION);
    const item = (value as Record<string, unknown>)[property];
    const path = childPath(parent, property);
    if (item === null) {
      const documented = Reflect.getMetadata(API_PROPERTY, type.prototype as object, property) as { nullable?: boolean } | undefined;
      if (!documented?.nullable) problems.push({ path, message: `${path} must not be null; ${optional ? 'leave it out' : 'send a value'}` });
    } else if (item === undefined) {
      if (!optional) problems.push({ path, message: `${path} is required` });
    } else if (typeof item === 'number' || (Array.isArray(item) && item.some((v) => typeof v === 'number'))) {
      const numbers = [item].flat().filter((v): v is number => typeof v === 'number');
      const problem = numbers.map((n) => numberProblem(n, path)).find(Boolean);
      if (problem) problems.push({ path, message: problem });
    } else if (nested) {
      const declared: unknown = Reflect.getMetadata('design:type', type.prototype as object, property);
      if (declared === Array && !Array.isArray(item)) problems.push({ path, message: `${path} must be a list` });
      else if (declared !== Array && (Array.isArray(item) || typeof item !== 'object')) problems.push({ path, message: `${path} must be an object` });
      else problems.push(...shapeProblems(item, path));
    }
  }
  return problems;
}

/**
 * What is wrong with a transformed DTO, one message per field in the order found: the model's own checks first,
 * then class-validator's `errors` for it. Empty when the input is good.
 */
export function fieldMessages(input: object, errors: ValidationError[]): string[] {
  const byPath = new Map<string, string>();
  for (const { path, message } of [...shapeProblems(input), ...problemsOf(errors)]) if (!byPath.has(path)) byPath.set(path, message);
  return [...byPath.values()];
}

/**
 * Validation for every request: unknown fields rejected, types transformed, explicit nulls and missing objects
 * caught, and one message per field, named by its full path.
 */
class EdgeValidationPipe extends ValidationPipe {
  protected async validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> {
    const messages = fieldMessages(object, await super.validate(object, options));
    if (messages.length) throw new BadRequestException(messages.join('; '));
    return [];
  }
}

export function createValidationPipe(): ValidationPipe {
  return new EdgeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
  });
}
