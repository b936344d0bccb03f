import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HIDDEN_FLAG, xdgAutostart } from '../../../src/main/adapters/xdg-autostart.js';
import { tempDir } from '../../helpers/temp-dir.js';

describe('start at login on Linux (freedesktop autostart)', () => {
  it('writes an entry that starts Vigie hidden, and removes it', () => {
    const config = tempDir('vigie-xdg-');
    const item = xdgAutostart({ XDG_CONFIG_HOME: config }, '/opt/Vigie "beta"/vigie');
    expect(item.enabled()).toBe(false);
    item.set(true);
    expect(item.enabled()).toBe(true);
    const entry = readFileSync(join(config, 'autostart', 'vigie.desktop'), 'utf8');
    expect(entry).toContain('[Desktop Entry]');
    expect(entry).toContain(`Exec="/opt/Vigie \\"beta\\"/vigie" ${HIDDEN_FLAG}`);
    item.set(false);
    expect(item.enabled()).toBe(false);
    expect(existsSync(join(config, 'autostart', 'vigie.desktop'))).toBe(false);
    item.set(false); // already off: nothing to do, no error
  });
});
