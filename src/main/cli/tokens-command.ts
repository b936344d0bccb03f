import type { TokenContents, TokenError, TokensView } from '../../shared/model/token.js';
import type { Result } from '../../shared/result.js';
import { safeDisplay } from '../../shared/text/safe-display.js';
import { EXIT, readSecret, type CliIo } from './cli-io.js';

const { parseArgs } = process.getBuiltinModule('node:util');

export const TOKENS_HELP = `Usage: vigie tokens [--module PATH]... [--token SERIAL] [--pin-stdin] [--json]

List the PKCS#11 modules, the readers and slots, and for each card or token present its
certificates (with their end date and the key they pair with, by CKA_ID) and its key pairs.
A CPS card is recognised, with its holder. Without a PIN only the public objects are
listed; the keys' values are never read.

Modules looked for: Cryptolib CPS (ANS), OpenSC and SoftHSM at their usual places, the
modules added in the desktop app, VIGIE_PKCS11_MODULES (':'-separated) and --module.

Options:
  --module PATH   also use this PKCS#11 module library (repeatable)
  --token SERIAL  only the card or token with this serial number
  --pin-stdin     read the PIN from standard input and list the private objects too (the
                  PIN is checked against the card's rules first: a CPS PIN is 4 digits);
                  with several cards or tokens present, say which with --token: a PIN is
                  never tried on another card, each wrong try costs one of its few
  --json          print {"modules","slots","tokens"} (tokens: what each card or token holds)
  -h, --help      show this help

Exit status: 0 listed, 1 a PIN was refused or a token could not be read, 2 usage error.`;

/** What the command needs: the same cards-and-tokens service as the app, on the given modules. */
export type TokensService = {
  view(): Promise<TokensView>;
  contents(ref: { module: string; serial: string }, pin?: string): Promise<Result<TokenContents, TokenError>>;
  stop(): Promise<void>;
};
export type TokensDeps = { makeService: (extraModules: string[]) => TokensService };

const day = (iso: string) => iso.slice(0, 10);

const human = (
  view: TokensView,
  tokens: (TokenContents | { serial: string; error: TokenError })[],
): string => {
  const lines: string[] = [];
  for (const m of view.modules)
    lines.push(
      `module ${safeDisplay(m.path)} (${m.kind}): ${m.loaded ? 'loaded' : `not loaded — ${safeDisplay(m.error?.message ?? '')}`}`,
    );
  if (view.modules.length === 0) lines.push('no PKCS#11 module found');
  for (const s of view.slots) {
    const where = `${s.reader ? 'reader' : 'slot'} ${safeDisplay(s.description)}`;
    if (!s.token) {
      lines.push(`${where}: empty`);
      continue;
    }
    const t = s.token;
    const pin = t.pin.locked
      ? 'PIN locked'
      : t.pin.finalTry
        ? 'PIN: final try'
        : t.pin.countLow
          ? 'PIN: tries low'
          : 'PIN ok';
    lines.push(
      `${where}: ${t.cps ? `CPS card${t.generation ? ` (${t.generation})` : ''}` : 'token'} "${safeDisplay(t.label)}" serial ${safeDisplay(t.serial)}, ${pin}`,
    );
    const held = tokens.find((x) => ('token' in x ? x.token.serial : x.serial) === t.serial);
    if (!held) continue;
    if ('error' in held) {
      lines.push(`  could not be read: ${safeDisplay(held.error.message)}`);
      continue;
    }
    if (held.holder)
      lines.push(
        `  holder: ${safeDisplay(held.holder.name ?? '?')}${held.holder.nationalId ? `, ${held.holder.nationalId.type} ${held.holder.nationalId.value}` : ''}${held.holder.profession ? `, ${held.holder.profession.label}` : ''}`,
      );
    for (const c of held.certificates)
      lines.push(
        `  certificate ${c.id} "${safeDisplay(c.label)}": ${safeDisplay(c.subject)} — expires ${day(c.notAfter)}${c.role ? ` (${c.role})` : ''}, key: ${c.keyLabel === null ? 'none on the token' : safeDisplay(c.keyLabel)}`,
      );
    for (const k of held.keys)
      lines.push(
        `  key ${k.id} "${safeDisplay(k.label)}": ${k.type.toUpperCase()}${k.bits ? `-${k.bits}` : ''}${k.nonExtractable ? ', never extractable' : ''}${k.paired ? '' : ', no certificate'}`,
      );
    if (!held.loggedIn) lines.push('  (public objects only: --pin-stdin lists the private ones)');
  }
  return lines.join('\n');
};

export const runTokens = async (argv: string[], io: CliIo, deps: TokensDeps): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        module: { type: 'string', multiple: true },
        token: { type: 'string' },
        'pin-stdin': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    });
  } catch (e) {
    io.stderr(`vigie tokens: ${(e as Error).message}\n\n${TOKENS_HELP}`);
    return EXIT.usage;
  }
  const { values } = parsed;
  if (values.help) {
    io.stdout(TOKENS_HELP);
    return EXIT.ok;
  }
  let pin: string | undefined;
  if (values['pin-stdin']) {
    const read = await readSecret(io);
    if (!read.ok) {
      io.stderr(`vigie tokens: ${read.error.message}`);
      return EXIT.usage;
    }
    pin = read.value;
  }
  const service = deps.makeService(values.module ?? []);
  try {
    const all = await service.view();
    const view =
      values.token === undefined
        ? all
        : { ...all, slots: all.slots.filter((s) => s.token?.serial === values.token) };
    const present = new Set(view.slots.flatMap((s) => (s.token ? [s.token.serial] : [])));
    if (pin !== undefined && present.size > 1) {
      io.stderr(
        'vigie tokens: several cards or tokens are present: say which one the PIN is for with --token SERIAL',
      );
      return EXIT.usage;
    }
    if (values.token !== undefined && present.size === 0) {
      io.stderr(`vigie tokens: no card or token with serial ${safeDisplay(values.token)} is present`);
      return EXIT.problem;
    }
    const tokens: (TokenContents | { serial: string; error: TokenError })[] = [];
    let failed = false;
    const asked = new Set<string>();
    for (const s of view.slots) {
      // One card seen through two modules (OpenSC and Cryptolib) is read, and its PIN tried, once.
      if (!s.token || asked.has(s.token.serial)) continue;
      asked.add(s.token.serial);
      const held = await service.contents({ module: s.module, serial: s.token.serial }, pin);
      if (held.ok) tokens.push(held.value);
      else {
        failed = true;
        tokens.push({ serial: s.token.serial, error: held.error });
      }
    }
    io.stdout(
      values.json
        ? JSON.stringify({ modules: view.modules, slots: view.slots, tokens })
        : human(view, tokens),
    );
    return failed ? EXIT.problem : EXIT.ok;
  } finally {
    await service.stop();
  }
};
