import { STRUCTURE_TYPE_BY_DIGIT } from '../../shared/identifiers/structure-id.js';
import { Environment, ProductCode, ProjectCode } from '../../shared/model/igc-sante.js';
import { KeyBits, type Holder } from '../../shared/model/order.js';
import { err, ok, type Result } from '../../shared/result.js';

// Not `import … from 'node:util'`: in an ES module that makes Node build the module's whole
// export list (loading worker_threads and more), a few ms of every start-up.
const { parseArgs } = process.getBuiltinModule('node:util');

export const CSR_HELP = `Usage: vigie csr --product CODE --out FILE [holder options] [key options]

Create a private key and a PKCS#10 request (CSR) for an IGC-Santé product, on this
machine: the key never travels. The subject is built in the exact attribute order the
IGC-Santé platform issues.

Products: ORG_AUTH_CLI ORG_SIGN ORG_CONF SERV_SSL SERV_SIGN SERV_CONF
          PS_AUTH PS_SIGN PS_CONF PRO_AUTH PRO_SIGN PRO_CONF

Structure holder (ORG_*, SERV_*):
  --structure ID       idNat_Struct with its type digit (1 FINESS, 2 SIREN, 3 SIRET,
                       0 ADELI, 4 RPPS), e.g. 10B0221636
  --org NAME           raison sociale (O)
  --departement NN     département code (ST), e.g. 69, 2A, 971
  --cn NAME            service name (ORG) or the server's FQDN (SERV_SSL)
  --san HOST           extra DNS name for SERV_SSL (repeatable; the CN comes first)
Person holder (PS_*, PRO_*):
  --rpps ID | --adeli ID, --surname NAME, --given-name NAME, --profession CODE (10 Médecin…)
Order:
  --project NAME       the service it is for (DMP, INSi…; INSi requires CN INSI-AUTO/INSI-MANU)
  --env production|test   platform the request is for (default production)
Key:
  --key-size BITS      2048 (default), 3072 or 4096 (IGC-Santé acceptance of sizes other
                       than 2048 is not confirmed)
  --key-out FILE       write the private key there, PKCS#8 encrypted with the passphrase read
                       by --passphrase-stdin (PBES2, AES-256-CBC, PBKDF2-SHA256, 600,000 it.)
  --unencrypted-key    with --key-out: write it unencrypted instead (file mode 0600)
  --passphrase-stdin   read the passphrase from standard input (one line)
  Without --key-out, the key goes to the Vigie key vault (OS keychain, or the vault
  passphrase given with --passphrase-stdin) and the order is recorded for the desktop app.
Output:
  --out FILE           where to write the CSR (PEM)
  --force              overwrite existing output files
  --json               print a JSON summary

Exit status: 0 success, 2 invalid input (every problem is listed).`;

export type CsrOptions = {
  product: ProductCode;
  environment: Environment;
  holder: Holder;
  projects: ProjectCode[];
  keyBits: KeyBits;
  keyOut: string | null;
  unencryptedKey: boolean;
  passphraseStdin: boolean;
  out: string;
  force: boolean;
  json: boolean;
};

export type CsrParse = { kind: 'help' } | { kind: 'run'; options: CsrOptions };

const isPersonProduct = (p: ProductCode) => p.startsWith('PS_') || p.startsWith('PRO_');

/** Turn argv into options; every problem is reported at once, in plain words. */
export const parseCsrArgs = (argv: string[]): Result<CsrParse, string[]> => {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        product: { type: 'string' },
        structure: { type: 'string' },
        org: { type: 'string' },
        departement: { type: 'string' },
        cn: { type: 'string' },
        san: { type: 'string', multiple: true },
        rpps: { type: 'string' },
        adeli: { type: 'string' },
        surname: { type: 'string' },
        'given-name': { type: 'string' },
        profession: { type: 'string' },
        project: { type: 'string', multiple: true },
        env: { type: 'string' },
        'key-size': { type: 'string' },
        'key-out': { type: 'string' },
        'unencrypted-key': { type: 'boolean' },
        'passphrase-stdin': { type: 'boolean' },
        out: { type: 'string' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return err([(error as Error).message]);
  }
  if (values.help) return ok({ kind: 'help' });

  const problems: string[] = [];
  const product = ProductCode.safeParse(values.product);
  if (!product.success) problems.push(`--product: expected one of ${ProductCode.options.join(', ')}`);
  const environment = Environment.safeParse(values.env ?? 'production');
  if (!environment.success) problems.push('--env: expected production or test');
  const keyBits = KeyBits.safeParse(Number(values['key-size'] ?? 2048));
  if (!keyBits.success) problems.push('--key-size: expected 2048, 3072 or 4096');
  if (!values.out) problems.push('--out: where to write the CSR is required');
  const projects: ProjectCode[] = [];
  for (const name of values.project ?? []) {
    const code = ProjectCode.safeParse(name.toUpperCase().replace(/[^A-Z]/g, ''));
    if (code.success) projects.push(code.data);
    else problems.push(`--project ${name}: expected one of ${ProjectCode.options.join(', ')}`);
  }
  if (values['unencrypted-key'] && !values['key-out'])
    problems.push('--unencrypted-key only goes with --key-out');
  if (values['key-out'] && !values['passphrase-stdin'] && !values['unencrypted-key']) {
    problems.push('--key-out needs --passphrase-stdin (or, deliberately, --unencrypted-key)');
  }

  let holder: Holder | null = null;
  if (product.success && isPersonProduct(product.data)) {
    if (values.rpps && values.adeli) problems.push('give --rpps or --adeli, not both');
    const personId = values.rpps ?? values.adeli;
    if (!personId) problems.push('--rpps or --adeli: the professional identifier is required');
    holder = {
      kind: 'person',
      personIdType: values.adeli ? 'ADELI' : 'RPPS',
      personId: personId ?? '',
      surname: values.surname ?? '',
      givenName: values['given-name'] ?? '',
      professionCode: values.profession ?? '',
    };
  } else if (product.success) {
    const raw = values.structure ?? '';
    const type = STRUCTURE_TYPE_BY_DIGIT[raw.charAt(0)];
    if (!type) problems.push('--structure: idNat_Struct with its type digit, e.g. 10B0221636 (1 = FINESS)');
    holder = {
      kind: 'structure',
      legalName: values.org ?? '',
      structureIdType: type ?? 'FINESS',
      structureId: raw.slice(1),
      departement: values.departement ?? '',
      commonName: values.cn ?? '',
      dnsNames: values.san ?? [],
    };
  }
  if (problems.length > 0 || !holder || !product.success || !environment.success || !keyBits.success) {
    return err(problems);
  }
  return ok({
    kind: 'run',
    options: {
      product: product.data,
      environment: environment.data,
      holder,
      projects,
      keyBits: keyBits.data,
      keyOut: values['key-out'] ?? null,
      unencryptedKey: values['unencrypted-key'] === true,
      passphraseStdin: values['passphrase-stdin'] === true,
      out: values.out ?? '',
      force: values.force === true,
      json: values.json === true,
    },
  });
};
