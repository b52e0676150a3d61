/** The demo's cast: two branded manufacturers and a dozen retailers in real US cities (located by ZIP code). */
export const DEMO_PASSWORD = 'nearfill-demo-2026';

export const DEMO_MANUFACTURERS = [
  {
    name: 'Cascade Cycles',
    store: { slug: 'cascade-cycles', primaryColor: '#0f766e', accentColor: '#b45309', tagline: 'Bikes hand-built in Portland', supportEmail: 'help@cascade-cycles.example' },
    warehouse: { line1: '2100 NW Front Ave', city: 'Portland', region: 'OR', postalCode: '97209', country: 'US' },
    products: [
      { sku: 'CC-ROAD-54', name: 'Road bike, 54 cm', priceMinor: 189900, fulfilmentPriceMinor: 160000 },
      { sku: 'CC-GRAVEL-56', name: 'Gravel bike, 56 cm', priceMinor: 219900, fulfilmentPriceMinor: 185000 },
      { sku: 'CC-HELMET', name: 'Commuter helmet', priceMinor: 8900, fulfilmentPriceMinor: 6500 },
    ],
  },
  {
    name: 'Summit Golf',
    store: { slug: 'summit-golf', primaryColor: '#7c2d12', accentColor: '#1d4ed8', tagline: 'Clubs for every swing', supportEmail: 'care@summit-golf.example' },
    warehouse: { line1: '400 Industrial Way', city: 'Scottsdale', region: 'AZ', postalCode: '85251', country: 'US' },
    products: [
      { sku: 'SG-DRIVER', name: 'Titanium driver', priceMinor: 49900, fulfilmentPriceMinor: 41000 },
      { sku: 'SG-IRONS', name: 'Forged iron set', priceMinor: 119900, fulfilmentPriceMinor: 99000 },
      { sku: 'SG-PUTTER', name: 'Blade putter', priceMinor: 22900, fulfilmentPriceMinor: 18000 },
    ],
  },
];

export const DEMO_RETAILERS = [
  { name: 'Velo Shop Portland', line1: '1 NW 10th Ave', city: 'Portland', region: 'OR', postalCode: '97209' },
  { name: 'Rainier Riders', line1: '1500 4th Ave', city: 'Seattle', region: 'WA', postalCode: '98101' },
  { name: 'Mission Wheels', line1: '2000 Mission St', city: 'San Francisco', region: 'CA', postalCode: '94110' },
  { name: 'Sunset Sports', line1: '800 W 1st St', city: 'Los Angeles', region: 'CA', postalCode: '90012' },
  { name: 'Mile High Outfitters', line1: '1600 Champa St', city: 'Denver', region: 'CO', postalCode: '80202' },
  { name: 'Lakeshore Pro Shop', line1: '200 E Randolph St', city: 'Chicago', region: 'IL', postalCode: '60601' },
  { name: 'Congress Ave Cycles', line1: '600 Congress Ave', city: 'Austin', region: 'TX', postalCode: '78701' },
  { name: 'Peachtree Golf & Bike', line1: '100 Peachtree St', city: 'Atlanta', region: 'GA', postalCode: '30303' },
  { name: 'Beacon Hill Sports', line1: '24 Beacon St', city: 'Boston', region: 'MA', postalCode: '02108' },
  { name: 'Chelsea Cycle Works', line1: '350 W 31st St', city: 'New York', region: 'NY', postalCode: '10001' },
  { name: 'North Loop Outdoors', line1: '300 N 1st Ave', city: 'Minneapolis', region: 'MN', postalCode: '55401' },
  { name: 'Desert Fairways', line1: '50 W Washington St', city: 'Phoenix', region: 'AZ', postalCode: '85004' },
];

/** Customers: most near a retailer, a few where no retailer reaches (their orders fall back to the manufacturer). */
export const DEMO_CUSTOMERS = [
  { name: 'Avery Chen', city: 'Portland', region: 'OR', postalCode: '97214' },
  { name: 'Jordan Patel', city: 'Seattle', region: 'WA', postalCode: '98109' },
  { name: 'Sam Okafor', city: 'Oakland', region: 'CA', postalCode: '94607' },
  { name: 'Riley Gomez', city: 'Pasadena', region: 'CA', postalCode: '91101' },
  { name: 'Taylor Kim', city: 'Boulder', region: 'CO', postalCode: '80302' },
  { name: 'Morgan Lee', city: 'Evanston', region: 'IL', postalCode: '60201' },
  { name: 'Casey Nguyen', city: 'Round Rock', region: 'TX', postalCode: '78664' },
  { name: 'Jamie Brooks', city: 'Decatur', region: 'GA', postalCode: '30030' },
  { name: 'Drew Walsh', city: 'Cambridge', region: 'MA', postalCode: '02139' },
  { name: 'Quinn Rossi', city: 'Brooklyn', region: 'NY', postalCode: '11201' },
  { name: 'Reese Johnson', city: 'St Paul', region: 'MN', postalCode: '55101' },
  { name: 'Parker Diaz', city: 'Tempe', region: 'AZ', postalCode: '85281' },
  { name: 'Hayden Moore', city: 'Billings', region: 'MT', postalCode: '59101' },
  { name: 'Emerson Gray', city: 'Fargo', region: 'ND', postalCode: '58102' },
];
