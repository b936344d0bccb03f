import { app, Menu, nativeImage, Tray } from 'electron';
import type { LoginItem } from '../adapters/login-item.js';
import { trayIconPng, type TrayLevel } from './tray-icon.js';

export type TrayActions = {
  show: () => void;
  showCertificates: () => void;
  checkNow: () => void;
  quit: () => void;
};

const icon = (level: TrayLevel) => {
  // 16 px at 1×, 32 px at 2× (HiDPI): one image with both representations.
  const image = nativeImage.createFromBuffer(trayIconPng(16, level), { scaleFactor: 1 });
  image.addRepresentation({ scaleFactor: 2, buffer: trayIconPng(32, level) });
  return image;
};

/**
 * Vigie's place in the notification area: it stays there when the window is closed, shows
 * at a glance whether something needs doing (the dot) and says what in its tooltip.
 */
export const createTray = (actions: TrayActions, loginItem: LoginItem) => {
  const tray = new Tray(icon('ok'));
  tray.setToolTip('Vigie');
  const menu = () =>
    Menu.buildFromTemplate([
      { label: 'Ouvrir Vigie', click: actions.show },
      { label: 'Mes certificats', click: actions.showCertificates },
      { label: 'Vérifier maintenant', click: actions.checkNow },
      { type: 'separator' },
      {
        label: 'Lancer Vigie à l’ouverture de session',
        type: 'checkbox',
        checked: loginItem.enabled(),
        click: (item) => {
          loginItem.set(item.checked);
          tray.setContextMenu(menu());
        },
      },
      { type: 'separator' },
      { label: 'Quitter Vigie', click: actions.quit },
    ]);
  tray.setContextMenu(menu());
  tray.on('click', actions.show);
  let level: TrayLevel = 'ok';
  return {
    update(next: TrayLevel, tooltip: string, urgentCount: number) {
      if (next !== level) tray.setImage(icon(next));
      level = next;
      tray.setToolTip(tooltip);
      // The dock / launcher badge where there is one (macOS, Unity-like launchers).
      app.setBadgeCount(urgentCount);
    },
    destroy: () => tray.destroy(),
  };
};
