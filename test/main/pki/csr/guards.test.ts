/**
 * Subjects buildCsr refuses, as typed errors and never as exceptions. The signer must not
 * even be asked when the input is refused.
 */
import { buildCsr } from '../../../../src/main/pki/csr/index.js';
import type { SubjectAttribute, SubjectSpec } from '../../../../src/shared/csr/subject-spec.js';
import type { ProductCode } from '../../../../src/shared/model/igc-sante.js';
import { rsaSigner } from './helpers/signer.js';
import { FQDN, at, orgSubject, psSubject, servSubject } from './helpers/subjects.js';

const signer = rsaSigner(2048);

const run = async (subject: SubjectSpec, product: ProductCode = 'ORG_AUTH_CLI') => {
  const before = signer.signed.length;
  const r = await buildCsr({ subject, product, spkiDer: signer.spkiDer, sign: signer.sign });
  return { r, signerCalls: signer.signed.length - before };
};

/** The ORG subject with one attribute replaced. */
const orgWith = (replacement: SubjectAttribute): SubjectSpec => ({
  ...orgSubject(),
  rdns: orgSubject().rdns.map((rdn) => rdn.map((a) => (a.attr === replacement.attr ? replacement : a))),
});

const expectRefused = async (
  subject: SubjectSpec,
  product: ProductCode = 'ORG_AUTH_CLI',
  code = 'invalid-subject',
) => {
  const { r, signerCalls } = await run(subject, product);
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.error).toMatchObject({ code });
    expect(typeof r.error.message).toBe('string');
  }
  expect(signerCalls).toBe(0);
  return r;
};

describe('subject guards', () => {
  it('refuses an empty subject and an empty RDN', async () => {
    await expectRefused({ rdns: [], dnsNames: [] });
    await expectRefused({ rdns: [[at('C', 'FR')], []], dnsNames: [] });
  });

  it.each([
    ['CN', 64],
    ['O', 64],
    ['OU', 64],
    ['title', 64],
    ['ST', 128],
  ] as const)(
    '%s: %i characters pass, one more is refused (X.520 bound, counted in characters)',
    async (attr, bound) => {
      const spec = (n: number): SubjectSpec =>
        attr === 'title'
          ? {
              ...psSubject(),
              rdns: [[at('C', 'FR')], [at('title', 'é'.repeat(n))], psSubject().rdns[2] ?? []],
            }
          : orgWith(at(attr, 'é'.repeat(n)));
      const product = attr === 'title' ? 'PS_SIGN' : 'ORG_AUTH_CLI';
      expect((await run(spec(bound), product)).r.ok).toBe(true);
      const refused = await expectRefused(spec(bound + 1), product);
      if (!refused.ok) expect(refused.error.message).toContain(String(bound));
    },
  );

  it('refuses a surname longer than ub-name (32768)', async () => {
    const [c, title] = psSubject().rdns;
    await expectRefused(
      {
        rdns: [
          c ?? [],
          title ?? [],
          [at('SN', 'A'.repeat(32769)), at('CN', '810001234567'), at('GN', 'Jérôme')],
        ],
        dnsNames: [],
      },
      'PS_SIGN',
    );
  });

  it.each(['', 'F', 'FRA', 'fé', 'F\u0000'])('refuses the country %j', async (value) => {
    await expectRefused(orgWith(at('C', value)));
  });

  it('refuses a country encoded as UTF8String', async () => {
    await expectRefused(orgWith({ ...at('C', 'FR'), encoding: 'UTF8String' }));
  });

  it.each(['Rhône', 'a@b', 'a*b', 'a&b', 'a;b', 'a_b', 'tab\tx'])(
    'refuses %j in a PrintableString',
    async (value) => {
      await expectRefused(orgWith({ ...at('OU', value), encoding: 'PrintableString' }));
    },
  );

  it('accepts the whole PrintableString alphabet', async () => {
    const { r } = await run(orgWith({ ...at('OU', "Az09 '()+,-./:=?"), encoding: 'PrintableString' }));
    expect(r.ok).toBe(true);
  });

  it('refuses an OID that does not match the attribute, and a repeated type in one RDN', async () => {
    await expectRefused(orgWith({ ...at('CN', 'x'), oid: '2.5.4.4' }));
    const [c, title] = psSubject().rdns;
    await expectRefused(
      { rdns: [c ?? [], title ?? [], [at('SN', 'A'), at('SN', 'B')]], dnsNames: [] },
      'PS_SIGN',
    );
  });
});

describe('hostile strings', () => {
  const hostile: [string, string][] = [
    ['right-to-left override', 'evil\u202Egnp.exe'],
    ['left-to-right isolate', 'a\u2066b\u2069'],
    ['left-to-right mark', 'Dupont\u200E'],
    ['arabic letter mark', 'x\u061Cy'],
    ['zero-width space', 'Hôpital\u200BSaint'],
    ['byte-order mark', '\uFEFFClinique'],
    ['NUL', 'Clinique\u0000.evil.fr'],
    ['newline', 'Clinique\nCN=admin'],
    ['DEL', 'a\u007Fb'],
    ['C1 control', 'a\u0085b'],
    ['line separator', 'a\u2028b'],
    ['lone surrogate', 'a\uD800b'],
    ['private use', 'a\uE000b'],
    ['10k characters', 'x'.repeat(10_000)],
  ];

  it.each(hostile)('%s in CN, O and OU → invalid-subject, no throw, no signature', async (_name, value) => {
    for (const attr of ['CN', 'O', 'OU'] as const) {
      await expect(expectRefused(orgWith(at(attr, value)))).resolves.toBeDefined();
    }
  });

  it.each(hostile.filter(([name]) => name !== '10k characters'))(
    '%s in the PS surname → refused',
    async (_n, value) => {
      const [c, title] = psSubject().rdns;
      await expectRefused(
        {
          rdns: [c ?? [], title ?? [], [at('SN', value), at('CN', '810001234567'), at('GN', 'Jérôme')]],
          dnsNames: [],
        },
        'PS_SIGN',
      );
    },
  );

  it('does not echo the hostile character itself in the message', async () => {
    const r = await expectRefused(orgWith(at('CN', 'evil\u202Egnp.exe')));
    if (!r.ok) {
      expect(r.error.message).toContain('U+202E');
      expect(r.error.message).not.toContain('\u202E');
    }
  });

  it('refuses 10,000 RDNs before encoding anything', async () => {
    await expectRefused({ rdns: Array.from({ length: 10_000 }, () => [at('OU', 'x')]), dnsNames: [] });
  });

  it('keeps accents, apostrophes and dashes that real names use', async () => {
    const { r } = await run(orgWith(at('O', "Hôpital d'Instruction des Armées – Bégin")));
    expect(r.ok).toBe(true);
  });
});

describe('subjectAltName guards', () => {
  it('SERV_SSL needs dNSNames whose first is the CN', async () => {
    await expectRefused(servSubject(false), 'SERV_SSL');
    await expectRefused({ ...servSubject(true), dnsNames: ['www.clinique-rhone.fr', FQDN] }, 'SERV_SSL');
  });

  it.each(['hôpital.fr', 'a..fr', '-a.fr', 'a-.fr', 'a b.fr', 'a\u0000.fr', `${'a'.repeat(64)}.fr`, '*.fr'])(
    'refuses the dNSName %j',
    async (name) => {
      await expectRefused({ ...servSubject(true), dnsNames: [FQDN, name] }, 'SERV_SSL');
    },
  );

  it('accepts A-labels and a leftmost wildcard after the CN', async () => {
    const { r } = await run(
      { ...servSubject(true), dnsNames: [FQDN, 'xn--hpital-dxa.fr', '*.clinique-rhone.fr'] },
      'SERV_SSL',
    );
    expect(r.ok).toBe(true);
  });

  it('refuses dNSNames on a product whose profile has none', async () => {
    await expectRefused({ ...orgSubject(), dnsNames: ['a.example.fr'] }, 'ORG_AUTH_CLI');
    await expectRefused({ ...servSubject(false), dnsNames: [FQDN] }, 'SERV_SIGN');
  });
});
