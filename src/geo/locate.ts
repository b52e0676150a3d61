import { lookup } from 'zipcodes';
import { DomainError, ErrorCode } from '../errors/domain-error';

export interface PostalAddress {
  postalCode: string;
  country: string;
  lat?: number;
  lng?: number;
}

export interface Located {
  lat: number;
  lng: number;
  source: 'given' | 'postal-code';
}

/**
 * Coordinates for an address: as given, else the centroid of its US ZIP code from an offline data set.
 * Nothing here calls an outside geocoding service. `field` names the address in the request, for the error.
 */
export function locate(address: PostalAddress, field = ''): Located {
  if (address.lat !== undefined && address.lng !== undefined) {
    return { lat: address.lat, lng: address.lng, source: 'given' };
  }
  const zip = address.country.toUpperCase() === 'US' ? /^(\d{5})(?:-\d{4})?$/.exec(address.postalCode.trim())?.[1] : undefined;
  const found = zip ? lookup(zip) : undefined;
  if (!found) {
    const prefix = field ? `${field}.` : '';
    throw new DomainError(
      ErrorCode.Unprocessable,
      `We could not locate postal code "${address.postalCode}" (${address.country}); send ${prefix}lat and ${prefix}lng`,
      `${prefix}postalCode`,
    );
  }
  return { lat: found.latitude, lng: found.longitude, source: 'postal-code' };
}
