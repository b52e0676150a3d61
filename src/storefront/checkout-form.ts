import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { PlaceOrderDto } from '../orders/place-order.dto';

export type CheckoutForm = Record<string, string | undefined>;

const FIELDS = [
  'customer.name',
  'customer.email',
  'customer.phone',
  'shippingAddress.line1',
  'shippingAddress.line2',
  'shippingAddress.city',
  'shippingAddress.region',
  'shippingAddress.postalCode',
  'shippingAddress.country',
] as const;

function fieldErrors(errors: ValidationError[], parent = ''): Record<string, string> {
  return Object.assign(
    {},
    ...errors.map((error) => {
      const path = parent ? `${parent}.${error.property}` : error.property;
      const own = Object.values(error.constraints ?? {})[0];
      return { ...(own ? { [path]: own.replace(/^(customer|shippingAddress)\./, '') } : {}), ...fieldErrors(error.children ?? [], path) };
    }),
  );
}

/**
 * The checkout form posts flat fields named like the API ("customer.email"); they are rebuilt into the
 * API's order and checked by the same rules, each problem kept next to its field.
 */
export function readCheckoutForm(form: CheckoutForm): { order?: PlaceOrderDto; errors: Record<string, string> } {
  const nested: Record<string, Record<string, string>> = { customer: {}, shippingAddress: {} };
  for (const name of FIELDS) {
    const value = form[name]?.trim();
    const [group, key] = name.split('.');
    if (value) nested[group][key] = value;
  }
  const quantity = Number(form.quantity);
  const order = plainToInstance(PlaceOrderDto, { ...nested, lines: [{ sku: form.sku ?? '', quantity }] });
  const errors = fieldErrors(validateSync(order, { whitelist: true, forbidNonWhitelisted: true }));
  for (const required of ['customer.name', 'customer.email', 'shippingAddress.line1', 'shippingAddress.city', 'shippingAddress.region', 'shippingAddress.postalCode', 'shippingAddress.country']) {
    if (!form[required]?.trim()) errors[required] = 'This field is required';
  }
  return Object.keys(errors).length ? { errors } : { order, errors };
}
