import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-dir.js';

/**
 * A SoftHSM2 token store of its own in a temp folder (removed with the test's other temp
 * folders), for the PKCS#11 adapter's tests on a real module. SoftHSM reads SOFTHSM2_CONF
 * when a process initializes it: `setUp` sets it for this process and for the tools run
 * here, `restore` puts back what was there.
 */
export const SOFTHSM_MODULE = '/usr/lib/softhsm/libsofthsm2.so';

const hasTool = (tool: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Why the SoftHSM suites cannot run here, or null when they can. */
export const softhsmMissing = (): string | null => {
  if (!hasTool('softhsm2-util')) return 'softhsm2-util is not installed (Debian: apt-get install softhsm2)';
  if (!existsSync(SOFTHSM_MODULE)) return `the SoftHSM2 module is not at ${SOFTHSM_MODULE}`;
  if (!hasTool('pkcs11-tool')) return 'pkcs11-tool is not installed (Debian: apt-get install opensc)';
  return null;
};

export type SoftHsm = {
  dir: string;
  conf: string;
  /** Creates a token in the first free slot; returns its serial. */
  initToken(label: string, pin: string, soPin: string): string;
  deleteToken(label: string): void;
  /** `pkcs11-tool --module <SoftHSM> ...args`, its output as text (throws on failure). */
  pkcs11Tool(args: string[]): string;
  /** The slot number SoftHSM gives the token now (it renumbers slots as tokens come and go). */
  slotOf(label: string): string;
  restore(): void;
};

export const setUpSoftHsm = (): SoftHsm => {
  const dir = tempDir('vigie-softhsm-');
  const tokenDir = join(dir, 'tokens');
  mkdirSync(tokenDir);
  const conf = join(dir, 'softhsm2.conf');
  writeFileSync(
    conf,
    `directories.tokendir = ${tokenDir}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = true\n`,
  );
  const previous = process.env['SOFTHSM2_CONF'];
  process.env['SOFTHSM2_CONF'] = conf;
  const env = { ...process.env, SOFTHSM2_CONF: conf };
  const run = (tool: string, args: string[]) =>
    execFileSync(tool, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const util = (args: string[]) => run('softhsm2-util', args);
  /** softhsm2-util's slot list: "Slot <n>" blocks, each with its token's serial and label. */
  const tokens = () =>
    util(['--show-slots'])
      .split(/^Slot /m)
      .slice(1)
      .map((block) => ({
        slot: block.split('\n', 1)[0]?.trim() ?? '',
        serial: /Serial number:[ \t]*(\S*)/.exec(block)?.[1] ?? '',
        label: /Label:[ \t]*(.*?)\s*$/m.exec(block)?.[1] ?? '',
      }));
  const tokenLabelled = (label: string) => {
    const token = tokens().find((t) => t.label === label);
    if (token === undefined) throw new Error(`no SoftHSM token labelled ${label}`);
    return token;
  };
  return {
    dir,
    conf,
    initToken(label, pin, soPin) {
      util(['--init-token', '--free', '--label', label, '--pin', pin, '--so-pin', soPin]);
      return tokenLabelled(label).serial;
    },
    deleteToken(label) {
      util(['--delete-token', '--token', label]);
    },
    pkcs11Tool: (args) => run('pkcs11-tool', ['--module', SOFTHSM_MODULE, ...args]),
    slotOf: (label) => tokenLabelled(label).slot,
    restore() {
      if (previous === undefined) delete process.env['SOFTHSM2_CONF'];
      else process.env['SOFTHSM2_CONF'] = previous;
    },
  };
};

/** Waits for `condition` (checked every 50 ms) up to `timeoutMs`: for conditions set by a 1 s tick. */
export const waitFor = async (condition: () => boolean, timeoutMs: number, what: string): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
