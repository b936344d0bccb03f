/**
 * Fuzzing endpoint specs (services/inventory `parseEndpoint`, what `vigie scan --endpoint` and
 * "Surveiller un serveur" accept): hostile host names, IP literals, ports and STARTTLS
 * protocols. An accepted spec has a canonical locator that reads back as itself.
 */
import fc from 'fast-check';
import { parseEndpoint } from '../../../src/main/services/inventory/endpoint-spec.js';
import { fuzz } from '../../fuzz/harness.js';
import { hostileString, hostLike } from '../../fuzz/strings.js';

const spec = fc.oneof(
  {
    arbitrary: fc
      .tuple(
        hostLike(),
        fc.boolean(),
        fc.option(
          fc.oneof(
            fc.constantFrom('0', '1', '443', '65535', '65536', '99999', '00443', '', '-1', '1e3', '٤٤٣'),
            fc.nat(70_000).map(String),
          ),
        ),
        fc.option(fc.constantFrom('smtp', 'IMAP', 'pop3', 'ftp', '', 'smtp/', 'Smtp')),
        fc.constantFrom('', ' ', '\t', '\n'),
      )
      .map(
        ([host, bracket, port, proto, pad]) =>
          `${pad}${bracket ? `[${host}]` : host}${port === null ? '' : `:${port}`}${proto === null ? '' : `/${proto}`}${pad}`,
      ),
    weight: 5,
  },
  { arbitrary: hostileString(10), weight: 1 },
);

describe('fuzz: endpoint specs', () => {
  fuzz('hosts.endpoint-spec', {
    arbitrary: spec,
    call: (text: string) => {
      const first = parseEndpoint(text);
      return { first, again: first.ok ? parseEndpoint(first.value.locator) : null };
    },
    check: ({ first, again }) => {
      if (!first.ok)
        return first.error.code === 'bad-endpoint' ? null : `error code ${String(first.error.code)}`;
      if (!again?.ok)
        return `its locator ${JSON.stringify(first.value.locator)} does not read back: ${again?.ok === false ? again.error.message : ''}`;
      const a = first.value;
      const b = again.value;
      return a.locator === b.locator && a.host === b.host && a.port === b.port && a.startTls === b.startTls
        ? null
        : `locator ${JSON.stringify(a.locator)} reads back as ${JSON.stringify(b)}`;
    },
  });
});
