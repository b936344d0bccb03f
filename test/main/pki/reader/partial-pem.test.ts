import { readFile } from '../../../../src/main/pki/reader/index.js';
import { makeWorkdir, type Workdir, selfSigned } from './openssl.js';

let w: Workdir;

beforeAll(() => {
  w = makeWorkdir();
  selfSigned(w, 'Vigie partial');
});

afterAll(() => w.remove());

const text = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const pem = (name: string) => Buffer.from(w.read(name)).toString();
/** The key block cut in the middle of its base64, END line kept (a bad copy-paste). */
const cutKey = () => {
  const lines = pem('key.pem').trim().split('\n');
  return [lines[0], lines[1]?.slice(0, 30), lines.at(-1)].join('\n');
};

describe('PEM files with a broken block', () => {
  it('keep the good certificate and name the broken PRIVATE KEY block in a warning', async () => {
    const res = await readFile(text(`${pem('cert.pem')}${cutKey()}\n`));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.value.objects.map((o) => o.type)).toEqual(['certificate']);
    const warning = res.value.warnings.find((x) => x.code === 'pem-broken-block');
    expect(warning?.message).toContain('"PRIVATE KEY" #2');
    expect(warning?.detail).toMatchObject({ label: 'PRIVATE KEY', ordinal: 2, cause: 'truncated' });
  });

  it('keep the good objects when a block has no END line, wherever it is', async () => {
    const cut = pem('cert.pem').slice(0, 200);
    const res = await readFile(text(`${cut}\n${pem('cert.pem')}${pem('key.pem')}`));
    expect(res.ok && res.value.objects.map((o) => o.type)).toEqual(['certificate', 'private-key']);
    expect(res.ok && res.value.warnings.map((x) => x.detail?.['ordinal'])).toEqual([1]);
  });

  it('skip a block whose content is not an object we read, with its position', async () => {
    const garbage = '-----BEGIN CERTIFICATE-----\nAgEB\n-----END CERTIFICATE-----\n';
    const res = await readFile(text(`${pem('cert.pem')}${garbage}`));
    expect(res.ok && res.value.objects).toHaveLength(1);
    expect(res.ok && res.value.warnings[0]?.detail).toMatchObject({ ordinal: 2, label: 'CERTIFICATE' });
  });

  it('stay an error when no object at all is usable', async () => {
    const res = await readFile(text(`${cutKey()}\n`));
    expect(!res.ok && res.error.code).toBe('truncated');
  });

  it('stay an error on a wrong password, even next to a good certificate', async () => {
    w.openssl(
      'pkcs8',
      '-topk8',
      '-in',
      'key.pem',
      '-out',
      'enc.pem',
      '-passout',
      'pass:right',
      '-v2',
      'aes-256-cbc',
    );
    const res = await readFile(text(`${pem('cert.pem')}${pem('enc.pem')}`), { password: 'wrong' });
    expect(!res.ok && res.error.code).toBe('wrong-password');
  });
});
