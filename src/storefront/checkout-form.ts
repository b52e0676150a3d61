import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { states } from 'zipcodes';
import { DomainError } from '../errors/domain-error';
import { isMilitaryMail, locate } from '../geo/locate';
import { requestHash } from '../orders/idempotency';
import { MAX_LINES, MAX_QUANTITY, PlaceOrderDto } from '../orders/place-order.dto';

export type CheckoutForm = Record<string, string | undefined>;

export interface Option {
  value: string;
  label: string;
}

interface CheckoutField {
  name: string;
  label: string;
  type: 'text' | 'email' | 'tel' | 'select';
  autocomplete: string;
  required: boolean;
  hint?: string;
  options?: Option[];
}

const titleCase = (name: string) => name.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());

// US states and DC from the postal data set the address is located with, and the territories its ZIP codes cover.
const US_REGIONS: Option[] = [
  ...Object.entries(states.abbr)
    .slice(0, 51)
    .map(([value, name]) => ({ value, label: titleCase(name) })),
  { value: 'AS', label: 'American Samoa' },
  { value: 'GU', label: 'Guam' },
  { value: 'MP', label: 'Northern Mariana Islands' },
  { value: 'PR', label: 'Puerto Rico' },
  { value: 'VI', label: 'U.S. Virgin Islands' },
].sort((a, b) => a.label.localeCompare(b.label));
// Military mail (APO/FPO/DPO) by its own state codes, after the states: it ships from the manufacturer (military-mail.ts).
const MILITARY_REGIONS: Option[] = [
  { value: 'AA', label: 'Armed Forces Americas (AA)' },
  { value: 'AE', label: 'Armed Forces Europe (AE)' },
  { value: 'AP', label: 'Armed Forces Pacific (AP)' },
];

/** The countries the store ships to: those whose postal codes Nearfill can locate offline, with their regions. */
export const SHIPPING_COUNTRIES: Record<string, { label: string; regions: Option[] }> = {
  US: { label: 'United States', regions: [...US_REGIONS, ...MILITARY_REGIONS] },
};

const field = (
  name: string,
  label: string,
  autocomplete: string,
  type: CheckoutField['type'] = 'text',
  required = true,
  more: Partial<CheckoutField> = {},
): CheckoutField => ({
  name,
  label,
  type,
  autocomplete,
  required,
  ...more,
});

/** The checkout form's fields, named like the API's order ("customer.email"); the template renders these. */
export const CHECKOUT_FIELDS: { legend: string; fields: CheckoutField[] }[] = [
  {
    legend: 'Your details',
    fields: [
      field('customer.name', 'Full name', 'name'),
      field('customer.email', 'E-mail', 'email', 'email', true, { hint: 'We send your order confirmation and tracking link here.' }),
      field('customer.phone', 'Phone (optional)', 'tel', 'tel', false, { hint: 'Only for the shipper, if they need to reach you about delivery.' }),
    ],
  },
  {
    legend: 'Shipping address',
    fields: [
      field('shippingAddress.line1', 'Street address', 'address-line1'),
      field('shippingAddress.line2', 'Apartment, suite (optional)', 'address-line2', 'text', false),
      field('shippingAddress.city', 'City', 'address-level2'),
      field('shippingAddress.region', 'State', 'address-level1', 'select', true, { options: SHIPPING_COUNTRIES.US.regions }),
      field('shippingAddress.postalCode', 'ZIP code', 'postal-code', 'text', true, { hint: 'For example 97201 or 97201-1234.' }),
      field('shippingAddress.country', 'Country', 'country', 'select', true, {
        options: Object.entries(SHIPPING_COUNTRIES).map(([value, { label }]) => ({ value, label })),
      }),
    ],
  },
];

const FIELDS = CHECKOUT_FIELDS.flatMap((group) => group.fields);

// The form's own words for each field's problem: the API's messages name JSON paths a shopper never sees.
const SHOPPER_MESSAGES: Record<string, string> = {
  'customer.email': 'Enter an e-mail address, like name@example.com',
  'customer.phone': 'Enter a phone number, like +1 503 555 0100, or leave it empty',
  'shippingAddress.country': 'Choose the country to ship to',
  chosenDealerId: 'Choose a dealer from the list, or no preference',
};

function fieldErrors(errors: ValidationError[], parent = ''): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {})[0];
    if (own) messages[path] = SHOPPER_MESSAGES[path] ?? own.replace(/^(customer|shippingAddress|fulfilment)\./, '');
    Object.assign(messages, fieldErrors(error.children ?? [], path));
  }
  return messages;
}

export interface CheckoutLine {
  sku: string;
  quantity: number;
}

/** The lines the shopper saw on the checkout page, carried in the form as "SKU*2,SKU2*1" (SKUs have no * or ,). */
export const encodeLines = (lines: CheckoutLine[]) => lines.map((l) => `${l.sku}*${l.quantity}`).join(',');

export function decodeLines(text: string | undefined): CheckoutLine[] {
  const lines = (text ?? '')
    .split(',')
    .slice(0, MAX_LINES)
    .map((part) => {
      const [sku, quantity] = part.split('*');
      return { sku: sku ?? '', quantity: Number(quantity) };
    });
  return lines.filter((l) => l.sku && Number.isInteger(l.quantity) && l.quantity >= 1 && l.quantity <= MAX_QUANTITY);
}

/**
 * Rebuilds the API's order from the flat form fields and checks it by the same rules, and locates the ZIP
 * code in the same round: every problem is reported at once, each kept next to its field.
 */
export function readCheckoutForm(
  form: CheckoutForm,
  lines: CheckoutLine[],
  supportEmail?: string | null,
): { order?: PlaceOrderDto; errors: Record<string, string> } {
  const nested: Record<string, Record<string, string>> = { customer: {}, shippingAddress: {} };
  for (const { name } of FIELDS) {
    const value = form[name]?.trim();
    const [group, key] = name.split('.');
    if (value) nested[group][key] = value;
  }
  // A store chosen for pickup replaces the shipping address (pickup-choice.ts).
  const pickupAt = form['fulfilment.locationId']?.trim();
  if (pickupAt) return readPickupCheckout(form, nested.customer, lines, pickupAt);
  // The dealer to support, if the customer chose one (dealer-choice.ts).
  const chosenDealerId = form.chosenDealerId?.trim();
  const order = plainToInstance(PlaceOrderDto, { ...nested, lines, ...(chosenDealerId ? { chosenDealerId } : {}) });
  const errors = fieldErrors(validateSync(order, { whitelist: true, forbidNonWhitelisted: true }));
  for (const { name, required } of FIELDS) {
    if (required && !form[name]?.trim()) errors[name] = 'This field is required';
  }
  const { country, region, postalCode, city } = nested.shippingAddress;
  const shipping = SHIPPING_COUNTRIES[country ?? ''];
  if (country && !shipping) errors['shippingAddress.country'] = SHOPPER_MESSAGES['shippingAddress.country'];
  if (shipping && region && !shipping.regions.some((r) => r.value === region)) errors['shippingAddress.region'] = 'Choose a state from the list';
  // Located in this same round, as the order will be; military mail has no place on the map and needs none.
  const address = { postalCode: postalCode ?? '', country: country ?? '', city, region };
  if (shipping && postalCode && !errors['shippingAddress.postalCode'] && !isMilitaryMail(address)) {
    try {
      locate(address);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors['shippingAddress.postalCode'] = supportEmail
        ? `We could not find this ZIP code. Check it (for example 97201); if it is right, e-mail ${supportEmail} and we will ship your order`
        : 'We could not find this ZIP code. Check it, for example 97201';
    }
  }
  return Object.keys(errors).length ? { errors } : { order, errors };
}

/** A pickup checkout: the customer's details and the chosen store; the address fields are not asked for. */
function readPickupCheckout(form: CheckoutForm, customer: Record<string, string>, lines: CheckoutLine[], locationId: string) {
  const order = plainToInstance(PlaceOrderDto, { customer, lines, fulfilment: { method: 'pickup', locationId } });
  const errors = fieldErrors(validateSync(order, { whitelist: true, forbidNonWhitelisted: true }));
  for (const { name, required } of FIELDS) {
    if (required && name.startsWith('customer.') && !form[name]?.trim()) errors[name] = 'This field is required';
  }
  return Object.keys(errors).length ? { errors } : { order, errors };
}

/**
 * The Idempotency-Key of one submission: the form's own id (so a double click or a reload lands on the same
 * order) joined with a hash of what was submitted (so a form changed after Back is a new order, not a replay
 * the API would refuse).
 */
export function submissionKey(formId: string | undefined, order: PlaceOrderDto): string {
  // A form without its id (hand-made) gets no de-duplication rather than another shopper's order.
  const id = formId && /^[A-Za-z0-9-]{8,64}$/.test(formId) ? formId : randomUUID();
  return `${id}.${requestHash(order).slice(0, 32)}`;
}
