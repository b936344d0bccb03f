import { X509Certificate } from 'node:crypto';
import {
  autoSelectCertificateFor,
  browserEnv,
  CHROMIUM,
  chromiumArgs,
  FIREFOX,
  FIREFOX_TEST_PREFS,
  firefoxArgs,
  launchBrowser,
  notRunnable,
  policiesNotWritable,
  type RunningBrowser,
  writeChromiumPolicy,
  writeFirefoxPrefs,
} from '../../../../helpers/browsers.js';
import { startMtlsServer, type ClientSeen } from '../../../../helpers/mtls-server.js';
import { pemOf } from '../../../../helpers/tls-servers.js';
import { tempDir } from '../../../../helpers/temp-dir.js';
import { installClientOrder, trustedServerIdentity } from './installed-order.js';

/**
 * Proof by real clients that an install works: Vigie installs an order's certificate and
 * vault key into the Firefox profile and the Chromium database it finds under a temp HOME
 * (the window's install.run), then each browser, headless, opens a mutual-TLS server and
 * the server must receive exactly that certificate, verifying under the fixture CA.
 * Test setup only: the server's own CA trusted in the databases, the browsers' switches for
 * choosing a client certificate without asking (Firefox pref, Chromium managed policy).
 */

const firefoxSkip = notRunnable(FIREFOX);
const chromiumSkip = notRunnable(CHROMIUM) ?? policiesNotWritable();
if (firefoxSkip) console.log(`skipped: Firefox client certificate after install: ${firefoxSkip}`);
if (chromiumSkip) console.log(`skipped: Chromium client certificate after install: ${chromiumSkip}`);

// A browser's first start on a busy 2-core machine takes a while: generous, never asserted.
const CLIENT_WAIT_MS = 150_000;
const TEST_MS = 240_000;

let setup: Awaited<ReturnType<typeof installClientOrder>>;
let server: { key: string; cert: string };

beforeAll(async () => {
  if (firefoxSkip && chromiumSkip) return;
  setup = await installClientOrder();
  server = await trustedServerIdentity([setup.firefox, setup.chromium]);
}, 120_000);

/** The order's certificate, as the server received it, verified under the fixture CA. */
const expectOrderCertificate = (seen: ClientSeen) => {
  const installed = new X509Certificate(setup.order.certificate!.pem);
  expect(seen.subject).toBe(installed.subject);
  expect(seen.subject).toContain('CN=INSI-AUTO');
  expect(Buffer.from(seen.der!).equals(Buffer.from(setup.leaf.der))).toBe(true);
  expect(seen.authorizationError).toBeNull();
  expect(seen.authorized).toBe(true);
};

/**
 * Starts the server, runs the browser on its URL (`prepare` first, once the URL is known),
 * returns the first request that carried a client certificate; always stops both.
 */
const visitWith = async (
  command: string,
  args: (url: string) => string[],
  prepare?: (url: string) => void,
) => {
  const mtls = await startMtlsServer({
    ...server,
    // The fixture CA's names go in the CertificateRequest; the browser sends the leaf only.
    ca: pemOf(setup.inter.der) + pemOf(setup.root.der),
  });
  let browser: RunningBrowser | undefined;
  try {
    prepare?.(mtls.url);
    browser = launchBrowser(command, args(mtls.url), browserEnv(setup.home));
    return await mtls.waitForClient({
      timeoutMs: CLIENT_WAIT_MS,
      gaveUp: browser.exited,
      why: browser.output,
    });
  } finally {
    await browser?.stop();
    await mtls.close();
  }
};

describe.skipIf(firefoxSkip)('Firefox ESR sends the certificate Vigie installed in its profile', () => {
  it(
    'headless Firefox, on the profile Vigie found, authenticates to a mutual-TLS server with it',
    async () => {
      writeFirefoxPrefs(setup.firefox, FIREFOX_TEST_PREFS);
      expectOrderCertificate(await visitWith(FIREFOX, (url) => firefoxArgs(setup.firefox, url)));
    },
    TEST_MS,
  );
});

describe.skipIf(chromiumSkip)('Chromium sends the certificate Vigie installed in ~/.pki/nssdb', () => {
  it(
    'headless Chromium, HOME at the temp home, authenticates to a mutual-TLS server with it',
    async () => {
      const userData = tempDir('vigie-chromium-profile-');
      let policy: { remove: () => void } | undefined;
      try {
        const seen = await visitWith(
          CHROMIUM,
          (url) => chromiumArgs(userData, url),
          (url) => {
            policy = writeChromiumPolicy(autoSelectCertificateFor(new URL(url).origin));
          },
        );
        expectOrderCertificate(seen);
      } finally {
        policy?.remove();
      }
    },
    TEST_MS,
  );
});
