/** Mean Earth radius (IUGG), the one every distance in Nearfill uses. */
export const EARTH_RADIUS_KM = 6371.0088;

const toRad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance by the haversine formula; the SQL function nearfill_distance_km computes the same. */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = toRad(lat2 - lat1);
  const dLng = toRad(lng2 - lng1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * earthdistance's earth_box() assumes a 6378.168 km radius, so a box of r metres covers a slightly
 * smaller angle than r on our 6371.0088 km Earth: widen it, then filter by the exact distance.
 */
export const EARTH_BOX_MARGIN = 1.01;
