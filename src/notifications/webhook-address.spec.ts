import { nonPublicTarget } from './webhook-address';

describe('webhook target addresses', () => {
  it.each([
    ['http://127.0.0.1:3000/hooks', '127.0.0.1'],
    ['http://10.20.30.40/', '10.20.30.40'],
    ['http://172.31.255.255/', '172.31.255.255'],
    ['http://192.168.1.1/', '192.168.1.1'],
    ['http://100.64.0.1/', '100.64.0.1'],
    ['http://169.254.169.254/latest/meta-data', '169.254.169.254'],
    ['http://0.0.0.0/', '0.0.0.0'],
    ['http://[::1]/', '::1'],
    ['http://[fd00::1]/', 'fd00::1'],
    ['http://[fe80::1]/', 'fe80::1'],
    ['http://[::ffff:10.0.0.1]/', '::ffff:a00:1'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
  ])('refuses %s', async (url, address) => {
    expect(await nonPublicTarget(url)).toBe(`${address} is a private or local address (${address}); webhooks go only to public hosts`);
  });

  it.each(['https://93.184.216.34/hooks', 'https://172.32.0.1/', 'https://[2606:4700::6810:84e5]/hooks', 'https://[::ffff:93.184.216.34]/hooks'])('lets %s through', async (url) => {
    expect(await nonPublicTarget(url)).toBeNull();
  });
});
