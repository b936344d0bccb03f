import { parseEndpoint } from '../../../../src/main/services/inventory/endpoint-spec.js';

/**
 * Regression found by fuzzing (test/fuzz): what is in brackets must be an IPv6 address. The
 * URL parser reads "[@host#x]" as a user name "[", the host "host" and a fragment: the spec
 * was accepted as the host "os" (the brackets' inside, cut) under the locator "host:443".
 */
describe('endpoint specs in brackets', () => {
  it.each(['[@host#x]', '[@example.com#]:443', '[@224618053701i#]:1/imap', '[a@b]'])('refuses %s', (spec) => {
    expect(parseEndpoint(spec)).toMatchObject({ ok: false, error: { code: 'bad-endpoint' } });
  });

  it('reads an IPv6 address, compressed', () => {
    expect(parseEndpoint('[2001:DB8:0::1]:8443/smtp')).toEqual({
      ok: true,
      value: { host: '2001:db8::1', port: 8443, startTls: 'smtp', locator: '[2001:db8::1]:8443/smtp' },
    });
  });
});
