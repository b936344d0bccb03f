import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { EVENT_PREFIX, IPC_PREFIX, READY_CHANNEL, channels } from '../../../src/shared/ipc/channels.js';
import { makeCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { electronModule, fake, fakeEvent, FakeWebContents } from './fake-electron.js';

vi.mock('electron', () => electronModule);

const { hardenSessions } = await import('../../../src/main/shell/hardening.js');
const { createMainWindow } = await import('../../../src/main/shell/main-window.js');
const { APP_URL, declareAppScheme, isAppUrl, serveRenderer } =
  await import('../../../src/main/shell/app-protocol.js');
const { CONTENT_SECURITY_POLICY } = await import('../../../src/main/shell/content-policy.js');
const { registerElectronIpc } = await import('../../../src/main/ipc/electron-ipc.js');
const { createDispatcher } = await import('../../../src/main/ipc/dispatch.js');

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security),
 * one test per item that applies, each through the shell's real code. docs/security.md
 * lists where each is enforced. Fuses (item 19): electron-fuses.test.ts; DevTools:
 * devtools.test.ts.
 */

const windowPreferences = () => {
  fake.reset();
  fake.isPackaged = true;
  createMainWindow('/app/dist/main');
  const prefs = fake.windows[0]?.options.webPreferences;
  if (!prefs) throw new Error('no BrowserWindow was created');
  return prefs;
};

/** A web contents as Electron announces it, after hardenSessions() has run. */
const hardenedContents = () => {
  fake.reset();
  hardenSessions();
  const contents = new FakeWebContents();
  fake.appEvents.emit('web-contents-created', fakeEvent(), contents);
  return contents;
};

/** CSP directives by name. */
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );

const expectStrict = (policy: string) => {
  const d = directives(policy);
  expect(d.get('default-src')).toEqual(["'self'"]);
  expect(d.get('script-src')).toEqual(["'self'"]);
  expect(d.get('connect-src')).toEqual(["'self'"]);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'none'"]);
  expect(d.get('form-action')).toEqual(["'none'"]);
  // 'unsafe-inline' for styles only (Mantine's style attributes); never eval, never a host.
  expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|\*|https?:|blob:/);
  for (const [name, values] of d) if (name !== 'style-src') expect(values).not.toContain("'unsafe-inline'");
};

const metaPolicy = (html: string) => {
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no CSP meta tag');
  return match[1];
};

describe('Electron security checklist', () => {
  beforeEach(() => fake.reset());

  it('1. only secure content: the window loads the app protocol only, links go out over https only', async () => {
    fake.isPackaged = true;
    createMainWindow('/app/dist/main');
    expect(fake.windows[0]?.loaded).toEqual([APP_URL]);
    expect(APP_URL).toBe('vigie://app/index.html');
    const contents = hardenedContents();
    contents.windowOpenHandler!({ url: 'http://igc-sante.esante.gouv.fr/' });
    expect(fake.opened).toEqual([]);
  });

  it('2. no Node.js integration in the renderer, its workers or subframes', () => {
    const prefs = windowPreferences();
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).not.toBe(true);
  });

  it('3. context isolation on', () => {
    expect(windowPreferences().contextIsolation).toBe(true);
  });

  it('4. the renderer is sandboxed', () => {
    expect(windowPreferences().sandbox).toBe(true);
  });

  it('5. permission requests and checks are denied, devices too', () => {
    hardenSessions();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid']) {
      const callback = vi.fn();
      (fake.permissionRequest as (wc: unknown, p: string, cb: (granted: boolean) => void) => void)(
        {},
        permission,
        callback,
      );
      expect(callback).toHaveBeenCalledWith(false);
      expect((fake.permissionCheck as (wc: unknown, p: string) => boolean)({}, permission)).toBe(false);
    }
    expect((fake.devicePermission as (details: unknown) => boolean)({ deviceType: 'usb' })).toBe(false);
  });

  it('6. webSecurity stays on', () => {
    expect(windowPreferences().webSecurity).toBe(true);
  });

  it('7. a strict CSP: sent as a header by the app protocol, repeated in index.html', async () => {
    expectStrict(CONTENT_SECURITY_POLICY);
    expect(directives(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
    // The header, from the real protocol handler serving a renderer folder.
    const dir = tempDir('vigie-renderer-');
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Vigie</title>');
    serveRenderer(dir);
    const handler = fake.protocolHandlers.get('vigie')!;
    const page = await handler(new Request('vigie://app/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    // The meta tag: the same policy but frame-ancestors (ignored in a meta tag).
    const withoutFrameAncestors = CONTENT_SECURITY_POLICY.replace(/; frame-ancestors 'none'/, '');
    const source = readFileSync(join(ROOT, 'src', 'renderer', 'index.html'), 'utf8');
    expect(metaPolicy(source)).toBe(withoutFrameAncestors);
  });

  it('7b. the built index.html keeps the same CSP meta tag and no inline script', (ctx) => {
    const built = join(ROOT, 'dist', 'renderer', 'index.html');
    if (!existsSync(built)) {
      console.log('skipped: dist/renderer/index.html is not built (npm test builds it first)');
      ctx.skip();
    }
    const html = readFileSync(built, 'utf8');
    expect(metaPolicy(html)).toBe(CONTENT_SECURITY_POLICY.replace(/; frame-ancestors 'none'/, ''));
    // Every script is a file ('self'): no inline <script> body the policy would have to allow.
    for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(attrs).toMatch(/\ssrc="/);
      expect(body!.trim()).toBe('');
    }
  });

  it('8. no insecure content in a secure page', () => {
    expect(windowPreferences().allowRunningInsecureContent).toBe(false);
  });

  it('9–10. no experimental features, no extra Blink features', () => {
    const prefs = windowPreferences();
    expect(prefs.experimentalFeatures).not.toBe(true);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('11–12. no <webview>: the tag is off and any attach is refused', () => {
    expect(windowPreferences().webviewTag).toBe(false);
    const contents = hardenedContents();
    const attach = fakeEvent();
    contents.emit('will-attach-webview', attach, { nodeIntegration: true }, { src: 'https://evil.example/' });
    expect(attach.defaultPrevented).toBe(true);
  });

  it('13. navigation: only within vigie://app, in any frame, redirects included', () => {
    const contents = hardenedContents();
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      for (const url of [
        'https://evil.example/',
        'https://igc-sante.esante.gouv.fr/',
        'file:///etc/passwd',
        'vigie://other/index.html',
        'javascript:alert(1)',
      ]) {
        const event = fakeEvent(url);
        contents.emit(name, event, url);
        expect(event.defaultPrevented, `${name} ${url}`).toBe(true);
      }
      const inside = fakeEvent('vigie://app/index.html');
      contents.emit(name, inside, inside.url);
      expect(inside.defaultPrevented, name).toBe(false);
    }
    expect(windowPreferences().navigateOnDragDrop).toBe(false);
  });

  it('14. new windows: always denied; an allowlisted https page goes to the system browser', () => {
    const contents = hardenedContents();
    const open = (url: string) => contents.windowOpenHandler!({ url });
    expect(open('https://igc-sante.esante.gouv.fr/PC/')).toEqual({ action: 'deny' });
    expect(open(APP_URL)).toEqual({ action: 'deny' });
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(fake.opened).toEqual(['https://igc-sante.esante.gouv.fr/PC/']);
  });

  it('15. shell.openExternal only behind the allowlist: window handler and the IPC operation', async () => {
    // Where the code calls it: the window-open handler (checked above) and the opener
    // adapter, which only the contract's shell.openExternal reaches, after the allowlist.
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const main = join(ROOT, 'src', 'main');
    const calling = (pattern: RegExp) =>
      sources(main)
        .filter((f) => pattern.test(readFileSync(f, 'utf8')))
        .map((f) => relative(main, f));
    expect(calling(/\bopenExternal\(/).sort()).toEqual(['adapters/electron-opener.ts', 'shell/hardening.ts']);
    expect(calling(/\bopener\.open\(/)).toEqual(['ipc/handlers.ts']);
    // The operation, through the real dispatcher and handlers.
    const { core, opened } = await makeCore();
    const dispatch = createDispatcher(core.handlers);
    const openExternal = (url: string) => dispatch('shell.openExternal', { url }, { origin: 'vigie://app' });
    expect(await openExternal('https://igc-sante.esante.gouv.fr/')).toMatchObject({
      kind: 'ok',
      result: { ok: true },
    });
    expect(await openExternal('https://evil.example/')).toMatchObject({
      kind: 'ok',
      result: { ok: false, error: { code: 'not-allowed' } },
    });
    // Not an https URL (http, file…): the contract's schema stops it before the handler.
    for (const url of ['http://igc-sante.esante.gouv.fr/', 'file:///etc/passwd'])
      expect(await openExternal(url)).toMatchObject({ kind: 'bad-arguments' });
    expect(opened).toEqual(['https://igc-sante.esante.gouv.fr/']);
  });

  it('17. IPC: only the top frame of vigie://app may call main or receive its events', async () => {
    const calls: string[] = [];
    const ipc = registerElectronIpc(
      async (channel) => {
        calls.push(channel);
        return { kind: 'ok', result: 'done' };
      },
      { isTrustedUrl: isAppUrl },
    );
    const handler = fake.ipcHandlers.get(IPC_PREFIX + 'app.getInfo')!;
    const from = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });
    expect(await handler(from(APP_URL), {})).toBe('done');
    for (const event of [
      from('https://evil.example/'),
      from('file:///app/index.html'),
      from('vigie://evil/index.html'),
      from(APP_URL, { url: APP_URL }), // an iframe, even of our own page
      { senderFrame: null },
    ])
      await expect(handler(event, {})).rejects.toThrow(/untrusted sender/);
    expect(calls).toEqual(['app.getInfo']);
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(channels.map((c) => IPC_PREFIX + c).sort());

    // Events go only to a page that said it was ready from the trusted top frame.
    const stranger = new FakeWebContents();
    fake.ipcListeners.get(READY_CHANNEL)!({
      sender: stranger,
      senderFrame: from('https://evil.example/').senderFrame,
    });
    ipc.events.emit('trust.changed', { count: 1 });
    expect(stranger.sent).toEqual([]);
    const page = new FakeWebContents();
    fake.ipcListeners.get(READY_CHANNEL)!({ sender: page, senderFrame: from(APP_URL).senderFrame });
    expect(page.sent).toEqual([{ channel: EVENT_PREFIX + 'trust.changed', payload: { count: 1 } }]);
    ipc.dispose();
  });

  it('18. a custom protocol, not file://: vigie://app serves the renderer folder and nothing else', async () => {
    declareAppScheme();
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'vigie', privileges: { standard: true, secure: true, supportFetchAPI: false } },
    ]);
    const base = tempDir('vigie-renderer-');
    const dir = join(base, 'renderer');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dir);
    await writeFile(join(dir, 'index.html'), '<!doctype html>');
    await writeFile(join(base, 'secret.txt'), 'secret');
    serveRenderer(dir);
    const handler = fake.protocolHandlers.get('vigie')!;
    expect((await handler(new Request('vigie://app/index.html'))).status).toBe(200);
    for (const url of [
      'vigie://app/%2e%2e/secret.txt',
      'vigie://app/..%2fsecret.txt',
      'vigie://other/index.html',
    ])
      expect((await handler(new Request(url))).status, url).toBe(404);
  });

  it('20. the preload exposes the contract only: no ipcRenderer, no Node, no Electron object', async () => {
    await import('../../../src/main/shell/preload.js');
    expect([...fake.exposed.keys()]).toEqual(['vigie']);
    const api = fake.exposed.get('vigie') as Record<string, Record<string, unknown>>;
    const exposed = Object.entries(api).flatMap(([ns, methods]) =>
      Object.entries(methods).map(([name, value]) => {
        expect(typeof value).toBe('function');
        return `${ns}.${name}`;
      }),
    );
    expect(exposed.sort()).toEqual([...channels, 'events.on'].sort());
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|require|process|electron/i);
    await (api['app']!['getInfo'] as (a: unknown) => Promise<unknown>)({});
    expect(fake.invoked).toEqual([{ channel: IPC_PREFIX + 'app.getInfo', args: {} }]);
    expect(() =>
      (api['events']!['on'] as (n: string, l: () => void) => void)('not.an.event', () => 0),
    ).toThrow();
    expect(fake.rendererSent).toEqual([READY_CHANNEL]);
  });
});
