const { chromium } = require('playwright-core');
(async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
  for (const [w, name] of [[1280,'d'],[390,'m']]) {
    const p = await b.newPage({ viewport: { width: w, height: 900 } });
    for (const [u, n] of [['/s/cascade-cycles','cat'],['/s/cascade-cycles/p/CC-ROAD-54','prod'],['/','landing']]) {
      await p.goto('http://localhost:3817' + u); await p.screenshot({ path: `/tmp/sf-${n}-${name}.png`, fullPage: true });
    }
    await p.goto('http://localhost:3817/s/cascade-cycles/p/CC-ROAD-54'); await p.click('text=Add to cart');
    await p.goto('http://localhost:3817/s/cascade-cycles/p/CC-HELMET'); await p.fill('#quantity','2'); await p.click('text=Add to cart');
    await p.screenshot({ path: `/tmp/sf-cart-${name}.png`, fullPage: true });
    await p.click('text=Check out'); await p.fill('#shippingAddress-postalCode', '00000'); await p.click('button[type=submit]');
    await p.screenshot({ path: `/tmp/sf-checkout-${name}.png`, fullPage: true });
  }
  await b.close();
})();
