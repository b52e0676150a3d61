import { codes, lookup, lookupByName, ZipCode } from 'zipcodes';
import { DomainError, ErrorCode } from '../errors/domain-error';

/** The US and the places whose mail uses US ZIP codes, sent under their own ISO 3166-1 codes. */
export const ZIP_COUNTRIES = ['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'FM', 'MH', 'PW', 'UM'];

/**
 * How an address was placed on the map, most precise first: the coordinates sent with it, its ZIP code's
 * centroid, or, when the ZIP is missing from the offline data set (a newer ZIP, say), the centroid of its town
 * (city + state, within the ZIP's area) or of its ZIP's three-digit prefix area. The last two are approximate.
 */
export type LocatedBy = 'coordinates' | 'postal-code' | 'city' | 'postal-prefix';
export const APPROXIMATELY_LOCATED: readonly LocatedBy[] = ['city', 'postal-prefix'];
/** How a military-mail order is placed: nowhere on the map (its coordinates are null, never 0,0). */
export const MILITARY_MAIL = 'military-mail' as const;
export type ShipPointSource = LocatedBy | typeof MILITARY_MAIL;

/** How a shipping point was found, and whether distances to it are rough. */
export const shipPointOf = (locatedBy: ShipPointSource) => ({
  locatedBy,
  approximate: (APPROXIMATELY_LOCATED as readonly string[]).includes(locatedBy),
});

export interface PostalAddress {
  postalCode: string;
  country: string;
  city?: string;
  region?: string;
  lat?: number;
  lng?: number;
}

export interface Located {
  lat: number;
  lng: number;
  locatedBy: LocatedBy;
  /** The postal code in one spelling: a ZIP+4 as 12345-6789, whatever the customer typed. */
  postalCode: string;
}

const ZIP = /^(\d{5})(?:[\s-]?(\d{4}))?$/;
// APO/FPO/DPO: state codes AA, AE, AP and their ZIP ranges 09xxx (AE), 340xx (AA), 962xx-966xx (AP).
const MILITARY_REGIONS = ['AA', 'AE', 'AP'];
const MILITARY_ZIP = /^(?:09\d|340|96[2-6])\d\d$/;

/** "123456789", "12345 6789" and "12345-6789" all read as 12345-6789; other postal codes are trimmed and upper-cased. */
export function normalisePostalCode(postalCode: string, country: string): string {
  const trimmed = postalCode.trim();
  const zip = ZIP_COUNTRIES.includes(country.toUpperCase()) ? ZIP.exec(trimmed) : null;
  if (!zip) return trimmed.toUpperCase();
  return zip[2] ? `${zip[1]}-${zip[2]}` : zip[1];
}

/** Military mail (APO/FPO/DPO): by its state code AA/AE/AP or its ZIP. It is not delivered by the town it names. */
export function isMilitaryMail(address: PostalAddress): boolean {
  if (!ZIP_COUNTRIES.includes(address.country.toUpperCase())) return false;
  if (MILITARY_REGIONS.includes((address.region ?? '').trim().toUpperCase())) return true;
  const zip = ZIP.exec(address.postalCode.trim());
  return zip !== null && MILITARY_ZIP.test(zip[1]);
}

/** 0,0 is where a missing coordinate pair ends up (the Gulf of Guinea, no one's address): it means unknown. */
export const isUnknownPoint = (lat?: number | null, lng?: number | null) => lat == null || lng == null || (lat === 0 && lng === 0);

/**
 * Coordinates for an address: as given (0,0 counts as not given), else from its US ZIP code (US and
 * territories) in an offline data set, falling back to its town or its ZIP's prefix area when the ZIP is missing
 * there. Nothing here calls an outside geocoding service. Throws a 422 naming `field` when nothing locates it (another country without coordinates,
 * not a ZIP code, military mail): the way out is to send lat and lng.
 */
export function locate(address: PostalAddress, field = ''): Located {
  const postalCode = normalisePostalCode(address.postalCode, address.country);
  if (!isUnknownPoint(address.lat, address.lng)) return { lat: address.lat!, lng: address.lng!, locatedBy: 'coordinates', postalCode };
  const prefix = field ? `${field}.` : '';
  const refuse: (why: string) => never = (why) => {
    throw new DomainError(ErrorCode.Unprocessable, `We could not locate ${why}; send ${prefix}lat and ${prefix}lng`, `${prefix}postalCode`);
  };
  const country = address.country.toUpperCase();
  if (!ZIP_COUNTRIES.includes(country)) refuse(`postal code "${address.postalCode}" (${country})`);
  const zip = ZIP.exec(address.postalCode.trim())?.[1];
  if (!zip) refuse(`postal code "${address.postalCode}": a US ZIP code is 12345 or 12345-6789`);
  if (isMilitaryMail(address)) refuse(`military mail (APO/FPO/DPO) "${address.postalCode}" on a map`);

  const exact = onMap(lookup(zip));
  if (exact) return { lat: exact.latitude, lng: exact.longitude, locatedBy: 'postal-code', postalCode };
  // Missing from the data set (a newer ZIP, say): its town, when one of that name lies in the ZIP's three-digit
  // area, else the centre of that area. ZIP areas are stable, so a prefix no ZIP has is a mistyped ZIP.
  const area = zip.slice(0, 3);
  const town = townOf(address, country).filter((entry) => entry.zip.startsWith(area));
  if (town.length) return { ...centroid(town), locatedBy: 'city', postalCode };
  const prefixArea = prefixAreas().get(area);
  if (prefixArea) return { ...prefixArea, locatedBy: 'postal-prefix', postalCode };
  return refuse(`ZIP code "${address.postalCode}": no US ZIP code starts with ${area}`);
}

const onMap = (entry: ZipCode | undefined) => (entry && !(entry.latitude === 0 && entry.longitude === 0) ? entry : undefined);

/** The data set's ZIP codes of the address's town, by city and state (a territory's code is its state). */
function townOf(address: PostalAddress, country: string): ZipCode[] {
  const city = address.city?.trim();
  const state = country === 'US' ? address.region?.trim() : country;
  if (!city || !state) return [];
  return lookupByName(city, state).filter((entry) => onMap(entry) && !MILITARY_ZIP.test(entry.zip));
}

function centroid(entries: ZipCode[]): { lat: number; lng: number } {
  const lat = entries.reduce((sum, e) => sum + e.latitude, 0) / entries.length;
  const lng = entries.reduce((sum, e) => sum + e.longitude, 0) / entries.length;
  return { lat: Math.round(lat * 1e4) / 1e4, lng: Math.round(lng * 1e4) / 1e4 };
}

let areas: Map<string, { lat: number; lng: number }> | undefined;

/** Centroid of every ZIP in the data set by its first three digits (military ZIPs left out), computed once. */
function prefixAreas(): Map<string, { lat: number; lng: number }> {
  if (!areas) {
    const byPrefix = new Map<string, ZipCode[]>();
    for (const entry of Object.values(codes)) {
      if (!onMap(entry) || MILITARY_ZIP.test(entry.zip)) continue;
      const prefix = entry.zip.slice(0, 3);
      if (!byPrefix.has(prefix)) byPrefix.set(prefix, []);
      byPrefix.get(prefix)!.push(entry);
    }
    areas = new Map([...byPrefix].map(([prefix, entries]) => [prefix, centroid(entries)]));
  }
  return areas;
}
