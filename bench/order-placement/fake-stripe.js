// The fake of Stripe's HTTP API the tests use (test/support/fake-stripe/), for the order placement bench: compiled
// from its TypeScript with @swc/core (already installed for Jest) into node_modules/.cache (so its own imports,
// stripe and qs, resolve from the project), then required.
const { mkdirSync, readdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { transformFileSync } = require('@swc/core');

const SOURCE = join(__dirname, '..', '..', 'test', 'support', 'fake-stripe');

/** A started FakeStripe (see test/support/fake-stripe/fake-stripe.ts); stop() it when done. */
async function startFakeStripe() {
  const out = join(__dirname, '..', '..', 'node_modules', '.cache', 'nearfill-bench-fake-stripe');
  mkdirSync(out, { recursive: true });
  for (const file of readdirSync(SOURCE).filter((name) => name.endsWith('.ts'))) {
    const { code } = transformFileSync(join(SOURCE, file), {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    writeFileSync(join(out, file.replace(/\.ts$/, '.js')), code);
  }
  const { FakeStripe } = require(join(out, 'fake-stripe.js'));
  return new FakeStripe().start();
}

module.exports = { startFakeStripe };
