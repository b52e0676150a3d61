import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';

/** One problem with one field, for the error summary and the message beside the field. */
export interface FieldError {
  field: string;
  message: string;
}

/** A posted form read into an API DTO, or its problems with the values as typed (to show the form again). */
export type FormResult<T> = { ok: true; value: T; values: Record<string, string> } | { ok: false; errors: FieldError[]; values: Record<string, string> };

const firstMessage = (error: ValidationError): string => {
  const message = Object.values(error.constraints ?? {})[0] ?? `${error.property} is not valid`;
  return message.startsWith(`property ${error.property} should not exist`) ? `${error.property} is not a field of this form` : message;
};

/**
 * Reads an HTML form (every value a string) into the DTO the JSON API validates, so a page and the API accept
 * exactly the same input: blanks count as left out, `numbers` fields are converted when they look like numbers
 * (otherwise the DTO's own message says what is wrong), unknown fields are refused.
 */
export async function readForm<T extends object>(dto: new () => T, body: unknown, numbers: string[] = []): Promise<FormResult<T>> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string') values[key] = value.trim();
  }
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === '') continue;
    plain[key] = numbers.includes(key) && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  const instance = plainToInstance(dto, plain);
  const problems = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (problems.length) return { ok: false, errors: problems.map((p) => ({ field: p.property, message: firstMessage(p) })), values };
  return { ok: true, value: instance, values };
}
