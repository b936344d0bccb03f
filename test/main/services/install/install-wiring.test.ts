import { platformKeystore } from '../../../../src/main/app/keystore.js';
import { makeCore } from '../../../helpers/core.js';
import { makeHome } from './install-fixture.js';

const ctx = { origin: 'vigie://app' };

describe('install wiring: the platform keystore and the contract handlers', () => {
  it('VIGIE_KEYSTORE_HOME points the NSS adapter at another home folder', async () => {
    const layout = makeHome();
    const targets = await platformKeystore({ VIGIE_KEYSTORE_HOME: layout.home }, 'linux').listTargets();
    expect(targets.map((t) => t.location)).toEqual([layout.chromium, layout.firefox]);
    expect(platformKeystore({}, 'win32').id).toBe('windows');
    expect(platformKeystore({}, 'darwin').id).toBe('macos');
  });

  it('the composition root wires it: install.targets and install.keyLocations through the handlers', async () => {
    const layout = makeHome();
    const before = process.env['VIGIE_KEYSTORE_HOME'];
    process.env['VIGIE_KEYSTORE_HOME'] = layout.home;
    try {
      const { core } = await makeCore();
      const listed = await core.handlers.install.targets({}, ctx);
      expect(listed.targets.map((t) => [t.label, t.exists, t.inUse])).toEqual([
        ['Chromium / Chrome (~/.pki/nssdb)', true, false],
        ['Firefox — profil default-release', true, false],
      ]);
      const missing = await core.handlers.install.keyLocations(
        { orderId: '00000000-0000-4000-8000-000000000000' },
        ctx,
      );
      expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    } finally {
      if (before === undefined) delete process.env['VIGIE_KEYSTORE_HOME'];
      else process.env['VIGIE_KEYSTORE_HOME'] = before;
    }
  });
});
