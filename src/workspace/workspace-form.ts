import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { shapeProblems } from '../errors/validation';
import { FieldLabel, fieldMessage, labelOf, missingMessage } from '../common/field-messages';

/** One problem with one field, for the error summary and the message beside the field. */
export interface FieldError {
  field: string;
  message: string;
}

/** A posted form read into an API DTO, or its problems with the values as typed (to show the form again). */
export type FormResult<T> =
  { ok: true; value: T; values: Record<string, string> } | { ok: false; errors: FieldError[]; values: Record<string, string> };

/** How to read a form's strings: which fields are numbers or checkboxes, and the labels people see. */
export interface FormOptions {
  numbers?: string[];
  /** Checkboxes: present (any value) is true, absent is false. */
  booleans?: string[];
  /**
   * Field (its name, or its dotted path for a nested one) → its label, so "trackingNumber must be…" reads
   * "Tracking number must be…". A field without one is named from its property ("trackingNumber" → "Tracking number").
   */
  labels?: Record<string, string | FieldLabel>;
  /**
   * Fields the form needs though the DTO may leave them out (a PATCH DTO, an either/or): left blank, each is
   * asked for like any empty required field ("Enter a store name"), instead of being silently left as it was.
   */
  required?: string[];
}

/** 'admin.email' → { admin: { email } }: a form's dotted names are the API body's nested fields. */
function nest(flat: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const path = key.split('.');
    let at = out;
    for (const part of path.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
    at[path[path.length - 1]] = value;
  }
  return out;
}

/** Each field's first problem, in people's words, nested fields named by their dotted path (as the form names them). */
const fieldErrors = (errors: ValidationError[], labels: FormOptions['labels'] & object, parent = ''): FieldError[] =>
  errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, message: fieldMessage(error, labelOf(labels[field] ?? labels[error.property], error.property)) }] : [];
    return [...own, ...fieldErrors(error.children ?? [], labels, field)];
  });

/**
 * A service's refusal of a form's input (a 400/409/422 domain error) as a message beside the form, naming the field
 * when the error does; anything else is not the form's fault and is thrown on.
 */
export function formErrorOf(error: unknown): FieldError {
  if (
    error instanceof DomainError &&
    [ErrorCode.BadRequest, ErrorCode.Conflict, ErrorCode.InvalidState, ErrorCode.Unprocessable].includes(error.code)
  ) {
    return { field: error.field?.split('.').pop() ?? '', message: error.message };
  }
  throw error;
}

/** A form field's text; '' when it is missing or repeated (a list), as readForm keeps only single values. */
export const formText = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Reads an HTML form (every value a string) into the DTO the JSON API validates, so a page and the API accept
 * exactly the same input: blanks count as left out, `numbers` fields are converted when they look like numbers
 * (otherwise the DTO's own message says what is wrong), checkboxes become booleans, dotted names ("admin.email")
 * fill nested fields, unknown fields are refused.
 */
export async function readForm<T extends object>(dto: new () => T, body: unknown, options: FormOptions = {}): Promise<FormResult<T>> {
  const { numbers = [], booleans = [], labels = {}, required = [] } = options;
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string') values[key] = value.trim();
  }
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === '') continue;
    plain[key] = numbers.includes(key) && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  for (const key of booleans) plain[key] = key in values;
  const nested = nest(plain);
  // A group of fields left wholly blank ("admin.name", "admin.email") is still a group: each field is asked for.
  for (const key of Object.keys(values).filter((k) => k.includes('.'))) nested[key.split('.')[0]] ??= {};
  const instance = plainToInstance(dto, nested);
  const problems = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  const errors = fieldErrors(problems, labels);
  for (const key of required.filter((k) => !values[k] && !errors.some((e) => e.field === k))) {
    errors.push({ field: key, message: missingMessage(labelOf(labels[key], key.split('.').pop()!)) });
  }
  // The API's own checks beyond class-validator (a number too close to 0 to store), named by the field's label.
  for (const { path, message } of shapeProblems(instance)) {
    if (errors.some((e) => e.field === path)) continue;
    errors.push({
      field: path,
      message: message.startsWith(path) ? labelOf(labels[path], path.split('.').pop()!).label + message.slice(path.length) : message,
    });
  }
  // In the order the page shows its fields (a browser posts them in that order), as the error summary lists them;
  // a field not posted at all (a radio group left unchosen) goes before the next labelled field that was.
  const order = Object.keys(values);
  const labelled = Object.keys(labels);
  const at = (field: string) => {
    if (order.includes(field)) return order.indexOf(field);
    const next = labelled.slice(labelled.indexOf(field) + 1).find((key) => order.includes(key));
    return labelled.includes(field) && next ? order.indexOf(next) - 0.5 : order.length;
  };
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => at(a.field) - at(b.field)), values };
  return { ok: true, value: instance, values };
}

/** What to do once a form has been read: show it again with its problems, or move on (usually a redirect). */
export interface FormOutcome {
  again(status: number, errors: FieldError[]): Promise<void> | void;
  done(): void;
}

/**
 * The life of a posted form: its problems shown again (400), the service's refusal shown beside it (422, see
 * `formErrorOf`), or `act` done and `done()` called. Other errors go on to the page filter.
 */
export async function submitForm<T extends object>(form: FormResult<T>, act: (value: T) => Promise<unknown>, outcome: FormOutcome): Promise<void> {
  if (!form.ok) return outcome.again(400, form.errors);
  try {
    await act(form.value);
  } catch (error) {
    return outcome.again(422, [formErrorOf(error)]);
  }
  outcome.done();
}

/**
 * For a page with several forms sharing field names (one per order, per e-mail): a form's problems and typed values
 * renamed `<field>-<key>` ("reason-cancel", "code-<orderId>"), as that form's field ids are, so each shows beside its
 * own form. A refusal naming no field goes to `fallback`.
 */
export function scopeToForm(
  key: string,
  errors: FieldError[],
  values: Record<string, string>,
  fallback: string,
): { errors: FieldError[]; values: Record<string, string> } {
  return {
    errors: errors.map((e) => ({ field: `${e.field || fallback}-${key}`, message: e.message })),
    values: Object.fromEntries(Object.entries(values).map(([name, value]) => [`${name}-${key}`, value])),
  };
}

/** Post/redirect/get: a 303 to the page that shows the outcome. */
export function seeOther(reply: FastifyReply, location: string): void {
  reply.status(303).header('Location', location).send();
}
