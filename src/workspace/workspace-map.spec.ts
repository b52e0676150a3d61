import { renderMap } from './workspace-map';

const PORTLAND = { lat: 45.5152, lng: -122.6784 };

describe('the offline map', () => {
  it('draws each location with its service radius and the orders by area, named for screen readers', () => {
    const svg = renderMap({
      title: 'Your locations and open orders',
      locations: [{ ...PORTLAND, radiusKm: 80, label: 'Pearl <District>' }],
      areas: [{ lat: 45.6, lng: -122.6, count: 3, label: 'Vancouver, WA 98660: 3 orders' }],
    });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="map-title map-desc">/);
    expect(svg).toContain('<title id="map-title">Your locations and open orders</title>');
    expect(svg).toContain('1 location with their service radius; 3 orders in 1 area.');
    expect(svg).toContain('<text x="');
    expect(svg).toContain('Pearl &lt;District&gt;');
    expect(svg).toContain('<title>Vancouver, WA 98660: 3 orders</title>');
    expect(svg).toMatch(/class="r"/);
  });

  it('stays a few kilobytes for a regional map and for the whole country', () => {
    const regional = renderMap({ title: 'Map', locations: [{ ...PORTLAND, radiusKm: 80, label: 'Pearl' }], areas: [] });
    const country = renderMap({
      title: 'Map',
      locations: [
        { ...PORTLAND, radiusKm: 80, label: 'Portland' },
        { lat: 40.71, lng: -74.0, radiusKm: 80, label: 'New York' },
        { lat: 25.76, lng: -80.19, radiusKm: 80, label: 'Miami' },
      ],
      areas: [],
    });
    expect(regional.length).toBeLessThan(15_000);
    expect(country.length).toBeLessThan(40_000);
  });

  it('shows the lower 48 states when there is nothing to draw yet', () => {
    const svg = renderMap({ title: 'Map', locations: [], areas: [] });
    expect(svg).toContain('0 locations with their service radius; 0 orders in 0 areas.');
    expect(svg.length).toBeGreaterThan(2_000);
  });
});
