import { LookupAddress } from 'node:dns';
import { nonPublicAddress, nonPublicTarget, publicOnlyLookup, Resolver } from './webhook-address';

describe('webhook destination addresses', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.20.30.40', 'private-network'],
    ['172.31.255.255', 'private-network'],
    ['192.168.1.1', 'private-network'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['169.254.169.254', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.1', 'multicast'],
    ['192.0.0.1', 'reserved or documentation'],
    ['192.0.2.10', 'reserved or documentation'],
    ['198.51.100.7', 'reserved or documentation'],
    ['203.0.113.9', 'reserved or documentation'],
    ['198.18.0.1', 'reserved or documentation'],
    ['240.0.0.1', 'reserved or documentation'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fd00::1', 'private-network'],
    ['fe80::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved or documentation'],
    ['2001:2::1', 'benchmarking'],
  ])('refuses %s as %s', (address, kind) => {
    expect(nonPublicAddress(address)).toBe(`${address} is a ${kind} address`);
  });

  it.each([
    ['::ffff:127.0.0.1', '127.0.0.1', 'IPv4-mapped'],
    ['::ffff:10.0.0.1', '10.0.0.1', 'IPv4-mapped'],
    ['::7f00:1', '127.0.0.1', 'IPv4-compatible, as [::127.0.0.1] is written in a URL'],
    ['::ffff:0:7f00:1', '127.0.0.1', 'SIIT ::ffff:0:127.0.0.1'],
    ['64:ff9b::a00:1', '10.0.0.1', 'NAT64 64:ff9b::10.0.0.1'],
    ['64:ff9b::a9fe:a9fe', '169.254.169.254', 'NAT64 to the metadata service'],
    ['2002:7f00:1::', '127.0.0.1', '6to4'],
    ['2002:c0a8:101::1', '192.168.1.1', '6to4'],
    ['2001:0:4136:e378:8000:63bf:f5ff:fffe', '10.0.0.1', 'Teredo, client address inverted'],
    ['2001:0:7f00:1:8000:63bf:a2b8:2c22', '127.0.0.1', 'Teredo, server address'],
  ])('judges %s by the IPv4 address inside it (%s, %s)', (address, inside) => {
    expect(nonPublicAddress(address)).toMatch(new RegExp(`^${address} leads to ${inside.replace(/\./g, '\\.')}, a .+ address$`));
  });

  it('refuses the local-use NAT64 prefix and IPv6 outside global unicast', () => {
    expect(nonPublicAddress('64:ff9b:1::a00:1')).toMatch(/is a non-public \(rfc6052\) address/);
    expect(nonPublicAddress('4000::1')).toMatch(/is a non-public \(unicast\) address/);
  });

  it.each(['93.184.216.34', '172.32.0.1', '2606:4700::6810:84e5', '::ffff:93.184.216.34', '64:ff9b::5db8:d822', '2002:5db8:d822::1'])(
    'lets the public address %s through',
    (address) => {
      expect(nonPublicAddress(address)).toBeNull();
    },
  );

  it('reads the host of a URL, bracketed IPv6 included', async () => {
    expect(await nonPublicTarget('http://[::127.0.0.1]/hooks')).toBe(
      '::7f00:1 leads to 127.0.0.1, a loopback address; webhooks go only to public hosts',
    );
    expect(await nonPublicTarget('http://[64:ff9b::10.0.0.1]/')).toMatch(/leads to 10\.0\.0\.1, a private-network address/);
    expect(await nonPublicTarget('http://localhost:8080/hooks')).toMatch(
      /^localhost resolves to (127\.0\.0\.1|::1); .* loopback address; webhooks go only to public hosts$/,
    );
    expect(await nonPublicTarget('https://93.184.216.34/hooks')).toBeNull();
  });
});

describe('the connection lookup for webhooks', () => {
  const resolverOf = (...answers: string[][]): Resolver & { calls: number } => {
    const resolver = Object.assign(
      async () =>
        (answers[Math.min(resolver.calls++, answers.length - 1)] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
      { calls: 0 },
    );
    return resolver;
  };
  const lookupWith = (resolver: Resolver, options: { all?: boolean; family?: number } = {}) =>
    new Promise<{ error: Error | null; address: string | LookupAddress[] }>((resolve) =>
      publicOnlyLookup(resolver)('hooks.example.test', options, (error, address) => resolve({ error, address })),
    );

  it('hands the socket the checked addresses, resolving once', async () => {
    const resolver = resolverOf(['93.184.216.34', '2606:4700::6810:84e5']);
    expect(await lookupWith(resolver, { all: true })).toEqual({
      error: null,
      address: [
        { address: '93.184.216.34', family: 4 },
        { address: '2606:4700::6810:84e5', family: 6 },
      ],
    });
    expect(await lookupWith(resolver, { family: 6 })).toMatchObject({ error: null, address: '2606:4700::6810:84e5' });
    expect(resolver.calls).toBe(2);
  });

  it('fails the connection when the name now resolves to an internal address, or mixes one in', async () => {
    for (const answer of [['127.0.0.1'], ['93.184.216.34', '10.0.0.5'], ['::ffff:169.254.169.254']]) {
      const { error } = await lookupWith(resolverOf(answer), { all: true });
      expect(error?.message).toMatch(/^hooks\.example\.test resolves to .+; webhooks go only to public hosts$/);
    }
  });
});
