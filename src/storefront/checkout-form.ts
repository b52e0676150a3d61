import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { PlaceOrderDto } from '../orders/place-order.dto';

export type CheckoutForm = Record<string, string | undefined>;

interface CheckoutField {
  name: string;
  label: string;
  type: 'text' | 'email' | 'tel';
  autocomplete: string;
  required: boolean;
}

const field = (name: string, label: string, autocomplete: string, type: CheckoutField['type'] = 'text', required = true): CheckoutField => ({
  name,
  label,
  type,
  autocomplete,
  required,
});

/** The checkout form's fields, named like the API's order ("customer.email"); the template renders these. */
export const CHECKOUT_FIELDS: { legend: string; fields: CheckoutField[] }[] = [
  {
    legend: 'Your details',
    fields: [
      field('customer.name', 'Full name', 'name'),
      field('customer.email', 'E-mail', 'email', 'email'),
      field('customer.phone', 'Phone (optional)', 'tel', 'tel', false),
    ],
  },
  {
    legend: 'Shipping address',
    fields: [
      field('shippingAddress.line1', 'Street address', 'address-line1'),
      field('shippingAddress.line2', 'Apartment, suite (optional)', 'address-line2', 'text', false),
      field('shippingAddress.city', 'City', 'address-level2'),
      field('shippingAddress.region', 'State / region', 'address-level1'),
      field('shippingAddress.postalCode', 'ZIP / postal code', 'postal-code'),
      field('shippingAddress.country', 'Country (two letters)', 'country'),
    ],
  },
];

const FIELDS = CHECKOUT_FIELDS.flatMap((group) => group.fields);

function fieldErrors(errors: ValidationError[], parent = ''): Record<string, string> {
  return Object.assign(
    {},
    ...errors.map((error) => {
      const path = parent ? `${parent}.${error.property}` : error.property;
      const own = Object.values(error.constraints ?? {})[0];
      return { ...(own ? { [path]: own.replace(/^(customer|shippingAddress|fulfilment)\./, '') } : {}), ...fieldErrors(error.children ?? [], path) };
    }),
  );
}

/**
 * Rebuilds the API's order from the flat form fields and checks it by the same rules, each problem kept
 * next to its field.
 */
export function readCheckoutForm(form: CheckoutForm): { order?: PlaceOrderDto; errors: Record<string, string> } {
  const nested: Record<string, Record<string, string>> = { customer: {}, shippingAddress: {} };
  for (const { name } of FIELDS) {
    const value = form[name]?.trim();
    const [group, key] = name.split('.');
    if (value) nested[group][key] = value;
  }
  // A store chosen for pickup replaces the shipping address.
  const pickupAt = form['fulfilment.locationId']?.trim();
  const { shippingAddress, ...rest } = nested;
  const chosen = pickupAt ? { ...rest, fulfilment: { method: 'pickup', locationId: pickupAt } } : { ...rest, shippingAddress };
  const order = plainToInstance(PlaceOrderDto, { ...chosen, lines: [{ sku: form.sku ?? '', quantity: Number(form.quantity) }] });
  const errors = fieldErrors(validateSync(order, { whitelist: true, forbidNonWhitelisted: true }));
  for (const { name, required } of FIELDS) {
    if (required && !form[name]?.trim() && !(pickupAt && name.startsWith('shippingAddress.'))) errors[name] = 'This field is required';
  }
  return Object.keys(errors).length ? { errors } : { order, errors };
}
