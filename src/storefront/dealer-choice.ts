import { formatDistance } from '../common/locale-format';
import { DomainError } from '../errors/domain-error';
import { OrderPlacementService } from '../orders/order-placement.service';

export interface DealerChoice {
  zip: string;
  dealers: { retailerId: string; label: string }[];
  error?: string;
}

/** The checkout's "support a local dealer" choice: the dealers delivering near the ZIP the customer searched, nearest first. */
export async function dealerChoice(placement: OrderPlacementService, slug: string, zip: string | undefined): Promise<DealerChoice | null> {
  const wanted = zip?.trim();
  if (!wanted) return null;
  if (!/^\d{5}(-\d{4})?$/.test(wanted)) return { zip: wanted, dealers: [], error: 'Enter a 5-digit US ZIP code, such as 97201' };
  try {
    const { items } = await placement.dealersNear(slug, { postalCode: wanted });
    return {
      zip: wanted,
      dealers: items.map((d) => ({ retailerId: d.retailerId, label: `${d.name} (about ${formatDistance(d.distanceKm, 'US')})` })),
      error: items.length ? undefined : 'No dealer delivers near this ZIP code; the nearest one who has it in stock will ship it',
    };
  } catch (error) {
    if (error instanceof DomainError) return { zip: wanted, dealers: [], error: 'We could not find this ZIP code; please check it' };
    throw error;
  }
}
