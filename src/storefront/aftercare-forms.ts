import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { fieldMessage, labelOf } from '../common/field-messages';
import { RateDto } from '../ratings/ratings.dto';
import { RequestReturnDto, ReturnableLine } from '../returns/returns.dto';
import { CheckoutForm } from './checkout-form';

const VALIDATION = { whitelist: true, forbidNonWhitelisted: true };
// The return page's labels, so its messages say "Enter a reason" beside the line.
const RETURN_LABELS: Record<string, string> = { reason: 'Reason', quantity: 'How many to return' };

/**
 * The return page's flat fields ("qty.<sku>", "reason.<sku>") as the API's request, checked by the same
 * rules; each problem is kept next to its line (by SKU).
 */
export function readReturnForm(
  form: CheckoutForm,
  returnable: ReturnableLine[],
): { request?: RequestReturnDto; errors: Record<string, string>; formError?: string } {
  const lines = returnable
    .map(({ sku }) => ({ sku, quantity: Number(form[`qty.${sku}`] ?? 0), reason: form[`reason.${sku}`]?.trim() ?? '' }))
    .filter((line) => line.quantity > 0);
  if (!lines.length) return { errors: {}, formError: 'Choose how many of at least one item to return' };
  const request = plainToInstance(RequestReturnDto, { lines });
  const errors: Record<string, string> = {};
  for (const problem of validateSync(request, VALIDATION)) {
    for (const line of problem.children ?? []) {
      const first = line.children?.[0];
      if (first?.constraints) errors[lines[Number(line.property)].sku] = fieldMessage(first, labelOf(RETURN_LABELS[first.property], first.property));
    }
  }
  return Object.keys(errors).length ? { errors, formError: 'Please correct the items marked below.' } : { request, errors };
}

/** The rating form as the API's rating, or the one problem with it. */
export function readRatingForm(form: CheckoutForm): { rating?: RateDto; error?: string } {
  const rating = plainToInstance(RateDto, { stars: Number(form.stars), ...(form.comment?.trim() ? { comment: form.comment } : {}) });
  const [problem] = validateSync(rating, VALIDATION);
  if (problem)
    return { error: problem.property === 'stars' ? 'Choose from 1 to 5 stars' : fieldMessage(problem, labelOf('Comment', problem.property)) };
  return { rating };
}
