import tzLookup from '@photostructure/tz-lookup';

/**
 * The IANA time zone at a WGS84 point (e.g. 45.52, -122.68 → "America/Los_Angeles"), from an offline
 * boundary data set; "UTC" for a point it cannot place (open sea, or 0,0 which means "unknown" here).
 */
export function timeZoneAt(lat: number | null, lng: number | null): string {
  // No point (military mail has none) or 0,0: nowhere to place.
  if (lat === null || lng === null || (lat === 0 && lng === 0)) return 'UTC';
  try {
    return tzLookup(lat, lng);
  } catch {
    return 'UTC';
  }
}
