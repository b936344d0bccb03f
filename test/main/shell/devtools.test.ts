import type { MenuItemConstructorOptions } from 'electron';
import { electronModule, fake } from './fake-electron.js';

vi.mock('electron', () => electronModule);

const { installMenu } = await import('../../../src/main/shell/app-menu.js');
const { createMainWindow } = await import('../../../src/main/shell/main-window.js');

/** Every item of the menu, submenus included. */
const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);

const builtMenu = () => {
  installMenu({ emit: () => undefined });
  const menu = fake.menus.at(-1);
  if (!menu) throw new Error('installMenu set no application menu');
  return items(menu);
};

describe('DevTools: in development only', () => {
  beforeEach(() => fake.reset());

  it('a packaged build has no DevTools item, so no shortcut either, and no view-menu role', () => {
    fake.isPackaged = true;
    const menu = builtMenu();
    const roles = menu.map((i) => i.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('forceReload');
    // The stock View menu (role viewMenu) carries toggleDevTools: never used as a role.
    expect(roles).not.toContain('viewMenu');
    expect(menu.filter((i) => /devtools|F12|Shift\+I/i.test(String(i.accelerator ?? '')))).toEqual([]);
    expect(roles).toEqual(expect.arrayContaining(['reload', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('a development run keeps them in the View menu', () => {
    fake.isPackaged = false;
    const roles = builtMenu().map((i) => i.role);
    expect(roles).toContain('toggleDevTools');
    expect(roles).toContain('forceReload');
  });

  it('the packaged window is created with DevTools off; a development one with them on', () => {
    fake.isPackaged = true;
    createMainWindow('/app/dist/main');
    fake.isPackaged = false;
    createMainWindow('/app/dist/main');
    expect(fake.windows.map((w) => w.options.webPreferences?.devTools)).toEqual([false, true]);
  });
});
