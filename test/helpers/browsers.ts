import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  accessSync,
  appendFileSync,
  constants,
  existsSync,
  mkdirSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Real browsers for the tests that prove a certificate Vigie installed is the one they
 * send: Firefox ESR and Debian's Chromium, headless, in a temp HOME, each killed with its
 * whole process group at the end (the caller removes the temp folders).
 */
export const FIREFOX = '/usr/bin/firefox-esr';
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_POLICIES = '/etc/chromium/policies/managed';

/** Why `path` cannot be run here, or null when it can. */
export const notRunnable = (path: string): string | null => {
  try {
    accessSync(path, constants.X_OK);
    return null;
  } catch {
    return `${path} is not installed`;
  }
};

/** Why no managed policy can be written for Chromium here, or null. */
export const policiesNotWritable = (): string | null => {
  let dir = CHROMIUM_POLICIES;
  while (!existsSync(dir)) dir = dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
    return null;
  } catch {
    return `${dir} is not writable by this user (uid ${process.getuid?.() ?? '?'}): the AutoSelectCertificateForUrls policy needs a file in ${CHROMIUM_POLICIES} (CI runs as root)`;
  }
};

/**
 * A managed Chromium policy file named for this test only; `remove` deletes it and the
 * folders made for it (Debian ships none).
 */
export const writeChromiumPolicy = (
  policy: Record<string, unknown>,
): { path: string; remove: () => void } => {
  const made: string[] = [];
  for (const dir of [dirname(CHROMIUM_POLICIES), CHROMIUM_POLICIES])
    if (!existsSync(dir)) {
      mkdirSync(dir);
      made.push(dir);
    }
  const path = join(CHROMIUM_POLICIES, `vigie-test-${process.pid}-${randomUUID()}.json`);
  writeFileSync(path, JSON.stringify(policy));
  return {
    path,
    remove: () => {
      rmSync(path, { force: true });
      for (const dir of made.reverse()) {
        try {
          rmdirSync(dir);
        } catch {
          // Someone else's policy is there now: leave the folder.
        }
      }
    },
  };
};

/** Chromium picks the first matching certificate for this origin without asking. */
export const autoSelectCertificateFor = (origin: string) => ({
  AutoSelectCertificateForUrls: [JSON.stringify({ pattern: origin, filter: {} })],
});

/** Firefox prefs for a test run: choose the client certificate, stay quiet and offline. */
export const FIREFOX_TEST_PREFS: Record<string, string | boolean | number> = {
  'security.default_personal_cert': 'Select Automatically',
  'browser.shell.checkDefaultBrowser': false,
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.auto': false,
  'app.normandy.enabled': false,
  'extensions.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'security.OCSP.enabled': 0,
};

export const writeFirefoxPrefs = (profile: string, prefs: Record<string, string | boolean | number>) =>
  appendFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`)
      .join(''),
  );

export const firefoxArgs = (profile: string, url: string) => [
  '--headless',
  '--no-remote',
  '--profile',
  profile,
  url,
];

export const chromiumArgs = (userDataDir: string, url: string) => [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  `--user-data-dir=${userDataDir}`,
  url,
];

/** HOME (so NSS databases are looked up there), TMPDIR and XDG folders in the temp home; no display, no D-Bus. */
export const browserEnv = (home: string): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['DISPLAY'];
  delete env['WAYLAND_DISPLAY'];
  // Not the test run's D-Bus session (its keyring, accessibility bus): nothing outlives the browser.
  delete env['DBUS_SESSION_BUS_ADDRESS'];
  const tmp = join(home, 'tmp');
  mkdirSync(tmp, { recursive: true });
  return {
    ...env,
    HOME: home,
    TMPDIR: tmp,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    MOZ_HEADLESS: '1',
    MOZ_CRASHREPORTER_DISABLE: '1',
    NO_AT_BRIDGE: '1',
  };
};

export type RunningBrowser = {
  /** Settles with how the browser ended, if it ends on its own. */
  exited: Promise<string>;
  /** The last 20 kB it printed, for failure messages. */
  output: () => string;
  /** SIGTERM then SIGKILL to its process group, until none of the group is left. */
  stop: () => Promise<void>;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const groupAlive = (pgid: number): boolean => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

const signalGroup = (pgid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
};

export const launchBrowser = (command: string, args: string[], env: NodeJS.ProcessEnv): RunningBrowser => {
  // Its own process group: content processes, zygotes and helpers end with it.
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(`${command} exited (code ${code}, signal ${signal})`));
    child.once('error', (e) => resolve(`${command} did not start: ${e.message}`));
  });
  return {
    exited,
    output: () => `--- ${command} output ---\n${out}`,
    stop: async () => {
      const pgid = child.pid;
      if (pgid === undefined) return;
      signalGroup(pgid, 'SIGTERM');
      for (let i = 0; i < 150 && groupAlive(pgid); i++) await sleep(100);
      signalGroup(pgid, 'SIGKILL');
      for (let i = 0; i < 100 && groupAlive(pgid); i++) await sleep(100);
      await Promise.race([exited, sleep(5_000)]);
    },
  };
};
