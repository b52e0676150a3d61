import { placeLabels, renderMap } from './workspace-map';

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

  it('draws a service radius the map keeps round as a circle, and one the projection bends as its outline', () => {
    const dealers = Array.from({ length: 300 }, (_, i) => ({
      lat: 30 + (i % 15),
      lng: -120 + Math.floor(i / 15) * 2.5,
      radiusKm: 50,
      label: `Shop ${i}`,
    }));
    const country = renderMap({ title: 'Map', locations: dealers, areas: [] });
    expect(country.match(/<circle [^>]*class="r"/g)).toHaveLength(300);
    expect(country).not.toMatch(/<path [^>]*class="r"/);
    // 300 outlines of about 60 points each were over 150 kB.
    expect(country.length).toBeLessThan(80_000);
    // A conformal projection keeps a small circle round, even zoomed in until it fills the frame.
    const regional = renderMap({ title: 'Map', locations: [{ ...PORTLAND, radiusKm: 80, label: 'Pearl' }], areas: [] });
    expect(regional).toMatch(/<circle [^>]*r="2\d\d\.\d" class="r"\/>/);
    // Across a quarter of the globe Mercator stretches the north side: the outline is drawn.
    const nationwide = renderMap({ title: 'Map', locations: [{ ...PORTLAND, radiusKm: 2500, label: 'Warehouse' }], areas: [] });
    expect(nationwide).toMatch(/<path d="M[^"]+" class="r"\/>/);
    expect(nationwide).not.toMatch(/<circle [^>]*class="r"/);
  });

  it('shows the lower 48 states when there is nothing to draw yet', () => {
    const svg = renderMap({ title: 'Map', locations: [], areas: [] });
    expect(svg).toContain('0 locations with their service radius; 0 orders in 0 areas.');
    expect(svg.length).toBeGreaterThan(2_000);
  });

  it('places labels inside the frame and never over another label or marker, leaving off one that has no room', () => {
    const markers = [
      { x: 470, y: 20, text: 'Rose City Bikes: Pearl District' },
      { x: 300, y: 100, text: 'Bridge Cycles: Downtown' },
      { x: 302, y: 103, text: 'Bridge Cycles: Old Town' },
      { x: 300, y: 106, text: 'Bridge Cycles: Rivers' },
      { x: 296, y: 100, text: 'Bridge Cycles: Slabtown' },
      { x: 304, y: 100, text: 'Bridge Cycles: Alphabet' },
    ];
    const placed = placeLabels(markers, 480, 360);
    const boxes = markers.flatMap((m) => {
      const label = placed.get(`${m.x},${m.y},${m.text}`);
      if (!label) return [];
      const w = m.text.length * 7;
      const left = label.anchor === 'start' ? label.x : label.x - w;
      return [{ left, right: left + w, top: label.y - 11, bottom: label.y + 3 }];
    });
    // The marker by the right edge has its label turned to its left, inside the frame.
    expect(placed.get('470,20,Rose City Bikes: Pearl District')).toEqual({ x: 462, y: 12, anchor: 'end' });
    for (const b of boxes) expect(b.left >= 0 && b.right <= 480 && b.top >= 0 && b.bottom <= 360).toBe(true);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
    }
    expect(placed.size).toBeGreaterThan(1);
    expect(placed.size).toBeLessThan(markers.length);
  });
});
