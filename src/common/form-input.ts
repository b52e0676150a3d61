import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

/** A posted HTML form, as the form parser hands it over. */
export type FormBody = Record<string, string | string[] | undefined>;

export interface FormInput<T> {
  /** The validated input, when every field is valid. */
  value?: T;
  /** One message per invalid field, keyed by its name ("admin.email"); shown beside the field and in the summary. */
  errors: Record<string, string>;
}

function messages(errors: ValidationError[], parent = ''): [string, string][] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const first = Object.values(error.constraints ?? {})[0];
    return [...(first ? [[path, first.replace(error.property, path)] as [string, string]] : []), ...messages(error.children ?? [], path)];
  });
}

/**
 * Checks a page's form with the API's own DTO, so a page accepts exactly what the API accepts. `plain` is the
 * form already shaped like the API's body (nested objects, numbers, booleans); fields the DTO does not know
 * (the CSRF token, buttons) are dropped, not refused, as a browser sends them.
 */
export function readForm<T extends object>(type: ClassConstructor<T>, plain: object): FormInput<T> {
  const value = plainToInstance(type, plain);
  const errors = Object.fromEntries(messages(validateSync(value, { whitelist: true })));
  return Object.keys(errors).length ? { errors } : { value, errors };
}

/** A single text field of a form ('' when absent or sent twice). */
export const formText = (body: FormBody | undefined, name: string): string => {
  const value = body?.[name];
  return typeof value === 'string' ? value : '';
};
