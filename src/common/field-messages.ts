import { ValidationError } from 'class-validator';

/** A field as people read it: its label, and what to ask for when it is left empty (default "Enter a <label>"). */
export interface FieldLabel {
  label: string;
  missing?: string;
}

/** "trackingNumber" → "Tracking number"; money and distance suffixes dropped ("priceMinor" → "Price"). */
const humanise = (property: string): string => {
  const words = property
    .replace(/(Minor|Km)$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The label given for a field, or one made from its property name. */
export const labelOf = (given: string | FieldLabel | undefined, property: string): FieldLabel =>
  typeof given === 'string' ? { label: given } : (given ?? { label: humanise(property) });

// Letters whose names begin with a vowel sound: "an SKU", "an HTTP address", but "a URL".
const VOWEL_SOUND_LETTERS = /^[AEFHILMNORSX]/;

/** "Reason" → "a reason", "E-mail" → "an e-mail", "URL" → "a URL", "Instructions" → "instructions": the label as the object of "Enter …". */
const withArticle = (label: string): string => {
  const [first] = label.split(/[\s(]/);
  if (/^[A-Z]{2,}$/.test(first)) return `${VOWEL_SOUND_LETTERS.test(first) ? 'an' : 'a'} ${label}`;
  const lower = label.charAt(0).toLowerCase() + label.slice(1);
  if (/^(the|your|an?) /.test(lower) || /[^s]s$/.test(lower)) return lower;
  return /^[aeiou]/.test(lower) ? `an ${lower}` : `a ${lower}`;
};

/** What an empty required field asks for: the label's own words, or "Enter a <label>". */
export const missingMessage = ({ label, missing }: FieldLabel): string => missing ?? `Enter ${withArticle(label)}`;

const TYPE_CONSTRAINTS = ['isInt', 'isNumber'];

/**
 * One field's problem as its reader should read it (GOV.UK's pattern): an empty required field asks for it
 * ("Enter a reason"); a wrong value names the label and says what fits ("Reason must be 300 characters or
 * fewer"). The class-validator defaults are reworded by constraint; a DTO's own message keeps its words with the
 * label in place of the property.
 */
export function fieldMessage(error: ValidationError, { label, missing }: FieldLabel): string {
  const entries = Object.entries(error.constraints ?? { unknown: `${error.property} is not valid` });
  // Text where a number belongs fails its range checks too: "must be 10000 or less" would mislead, so its type is said first.
  const [constraint, message] = entries.find(([name]) => TYPE_CONSTRAINTS.includes(name)) ?? entries[0];
  if (constraint === 'whitelistValidation') return `${label} is not a field of this form`;
  if (error.value === undefined || error.value === null || error.value === '') return missingMessage({ label, missing });
  const number = message.match(/(-?[\d.]+)/)?.[1];
  switch (constraint) {
    case 'maxLength':
      return `${label} must be ${number} characters or fewer`;
    case 'minLength':
      if (/longer than or equal to/.test(message)) return `${label} must be at least ${number} characters`;
      break;
    case 'max':
      if (/must not be greater than/.test(message)) return `${label} must be ${number} or less`;
      break;
    case 'min':
      if (/must not be less than/.test(message)) return `${label} must be ${number} or more`;
      break;
    case 'isInt':
      // A DTO's "a whole number of orders, or null for no cap" speaks to API clients; a form's reader types digits.
      if (/integer number|whole number/.test(message)) return `${label} must be a whole number`;
      break;
    case 'isNumber':
      return `${label} must be a number`;
    case 'isEmail':
      return `Enter ${withArticle(label)} in the right format, like name@example.com`;
    case 'isEnum':
    case 'isIn':
      return `Choose ${withArticle(label)} from the list`;
    case 'isBoolean':
      return `Choose yes or no for ${label.toLowerCase()}`;
  }
  return message.startsWith(error.property) ? label + message.slice(error.property.length) : message;
}
