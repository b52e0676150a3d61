/**
 * The demo's cast: two branded manufacturers (products with descriptions and the pictures in
 * src/storefront/assets/demo) and thirteen retailers in real US cities (located by ZIP code).
 */
export const DEMO_PASSWORD = 'nearfill-demo-2026';

export const DEMO_MANUFACTURERS = [
  {
    name: 'Cascade Cycles',
    store: {
      slug: 'cascade-cycles',
      primaryColor: '#0f766e',
      accentColor: '#b45309',
      tagline: 'Bikes hand-built in Portland',
      supportEmail: 'help@cascade-cycles.example',
    },
    warehouse: { line1: '2100 NW Front Ave', city: 'Portland', region: 'OR', postalCode: '97209', country: 'US' },
    products: [
      {
        sku: 'CC-ROAD-54',
        name: 'Road bike, 54 cm',
        priceMinor: 189900,
        fulfilmentPriceMinor: 160000,
        imageUrl: '/assets/demo/cc-road-54.svg',
        imageAlt: 'Teal road bike with drop handlebars, side view',
        description:
          'A light aluminium road bike built by hand in Portland.\n\n- 54 cm frame for riders 170-178 cm\n- 22-speed Shimano groupset\n- **8.4 kg** ready to ride',
      },
      {
        sku: 'CC-GRAVEL-56',
        name: 'Gravel bike, 56 cm',
        priceMinor: 219900,
        fulfilmentPriceMinor: 185000,
        imageUrl: '/assets/demo/cc-gravel-56.svg',
        imageAlt: 'Brown gravel bike on a gravel road, side view',
        description:
          'Wide tyres and relaxed geometry for gravel roads and long days.\n\n- 56 cm frame for riders 176-184 cm\n- 45 mm tubeless tyres\n- Mounts for racks and three bottles',
      },
      {
        sku: 'CC-HELMET',
        name: 'Commuter helmet',
        priceMinor: 8900,
        fulfilmentPriceMinor: 6500,
        imageUrl: '/assets/demo/cc-helmet.svg',
        imageAlt: 'Teal bike helmet with a black chin strap',
        description: 'A commuter helmet with a rear light clip and a magnetic buckle.\n\nSizes S-L in one adjustable shell.',
      },
      {
        sku: 'CC-LIGHTS',
        name: 'Front and rear light set',
        priceMinor: 5900,
        fulfilmentPriceMinor: 4500,
        imageUrl: '/assets/demo/cc-lights.svg',
        imageAlt: 'A white front light and a red rear light',
        description: 'Bright USB-C rechargeable lights: *400 lumens* in front, a steady or flashing red at the back.',
      },
      {
        sku: 'CC-LOCK',
        name: 'U-lock with cable',
        priceMinor: 6900,
        fulfilmentPriceMinor: 5200,
        imageUrl: '/assets/demo/cc-lock.svg',
        imageAlt: 'Teal padlock-style U-lock',
        description: 'Hardened steel U-lock with a 120 cm cable for the front wheel.',
      },
      {
        sku: 'CC-BOTTLE',
        name: 'Insulated bottle, 600 ml',
        priceMinor: 2400,
        fulfilmentPriceMinor: 1800,
        imageUrl: '/assets/demo/cc-bottle.svg',
        imageAlt: 'Teal insulated water bottle with a black cap',
        description: 'Keeps water cold for 12 hours on a summer ride. Fits every standard cage.',
      },
    ],
  },
  {
    name: 'Summit Golf',
    store: {
      slug: 'summit-golf',
      primaryColor: '#7c2d12',
      accentColor: '#1d4ed8',
      tagline: 'Clubs for every swing',
      supportEmail: 'care@summit-golf.example',
    },
    warehouse: { line1: '400 Industrial Way', city: 'Scottsdale', region: 'AZ', postalCode: '85251', country: 'US' },
    products: [
      {
        sku: 'SG-DRIVER',
        name: 'Titanium driver',
        priceMinor: 49900,
        fulfilmentPriceMinor: 41000,
        imageUrl: '/assets/demo/sg-driver.svg',
        imageAlt: 'Golf driver with a dark red head',
        description:
          'A forgiving 460 cc titanium head with adjustable loft (9-12 degrees).\n\n- Graphite shaft, regular or stiff flex\n- Head cover included',
      },
      {
        sku: 'SG-IRONS',
        name: 'Forged iron set',
        priceMinor: 119900,
        fulfilmentPriceMinor: 99000,
        imageUrl: '/assets/demo/sg-irons.svg',
        imageAlt: 'Five golf irons numbered 5 to 9',
        description: 'Forged irons 5 to 9 with soft feel and precise distance control.\n\n- Steel shafts\n- Standard lie, adjustable by your dealer',
      },
      {
        sku: 'SG-PUTTER',
        name: 'Blade putter',
        priceMinor: 22900,
        fulfilmentPriceMinor: 18000,
        imageUrl: '/assets/demo/sg-putter.svg',
        imageAlt: 'Blade putter next to a golf ball and a hole',
        description: 'A milled blade putter with a sight line, for a square face at impact.',
      },
      {
        sku: 'SG-BALLS',
        name: 'Tour golf balls, 12 pack',
        priceMinor: 4900,
        fulfilmentPriceMinor: 3800,
        imageUrl: '/assets/demo/sg-balls.svg',
        imageAlt: 'Three white golf balls on a blue box',
        description: 'Three-piece urethane balls with spin around the green and distance off the tee.',
      },
      {
        sku: 'SG-GLOVE',
        name: 'Leather golf glove',
        priceMinor: 2500,
        fulfilmentPriceMinor: 1900,
        imageUrl: '/assets/demo/sg-glove.svg',
        imageAlt: 'White golf glove with a dark red cuff',
        description: 'Cabretta leather glove for a secure grip in heat and rain. For the left hand.',
      },
      {
        sku: 'SG-BAG',
        name: 'Stand bag',
        priceMinor: 18900,
        fulfilmentPriceMinor: 15000,
        imageUrl: '/assets/demo/sg-bag.svg',
        imageAlt: 'Dark red golf bag with a blue band and clubs',
        description: 'A light stand bag with a four-way top and seven pockets, 2.1 kg.',
      },
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
  { name: 'Bay Trail Bikes', line1: '150 S 1st St', city: 'San Jose', region: 'CA', postalCode: '95113' },
];

/**
 * The award rule's two twists, shown in the Bay Area: Mission Wheels takes one order a day (its nearest bid wins it;
 * its bid on a second order there loses for "no capacity left" and the next dealer wins), and one customer chooses
 * Bay Trail Bikes, which wins from farther away. A few other shops set a roomy cap, as most would.
 */
export const DEMO_DAILY_CAPACITY: Record<string, number> = {
  'Mission Wheels': 1,
  'Velo Shop Portland': 20,
  'Rainier Riders': 15,
  'Chelsea Cycle Works': 25,
};
export const DEMO_CHOSEN_DEALER: Record<string, string> = { 'Sam Okafor': 'Bay Trail Bikes' };

/** Customers: most near a retailer, a few where no retailer reaches (their orders fall back to the manufacturer). */
export const DEMO_CUSTOMERS = [
  { name: 'Avery Chen', city: 'Portland', region: 'OR', postalCode: '97214' },
  { name: 'Jordan Patel', city: 'Seattle', region: 'WA', postalCode: '98109' },
  { name: 'Sam Okafor', city: 'Oakland', region: 'CA', postalCode: '94607' },
  { name: 'Alex Romero', city: 'Berkeley', region: 'CA', postalCode: '94704' },
  { name: 'Kai Foster', city: 'Daly City', region: 'CA', postalCode: '94014' },
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
