import { haversineKm } from './distance';

describe('haversineKm', () => {
  it('is zero between a point and itself', () => {
    expect(haversineKm(45.5, -122.6, 45.5, -122.6)).toBe(0);
  });

  it('matches known great-circle distances on a 6371.0088 km sphere', () => {
    // Portland OR (97201) to Seattle WA (98101) centroids
    expect(haversineKm(45.5078, -122.6897, 47.6114, -122.3305)).toBeCloseTo(235.52, 1);
    // A quarter of the equator
    expect(haversineKm(0, 0, 0, 90)).toBeCloseTo((Math.PI / 2) * 6371.0088, 6);
  });

  it('is symmetric', () => {
    expect(haversineKm(40.7484, -73.9967, 34.0522, -118.2437)).toBeCloseTo(haversineKm(34.0522, -118.2437, 40.7484, -73.9967), 9);
  });
});
