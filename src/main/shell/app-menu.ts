import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { EventSink } from '../ports/event-sink.js';

/**
 * The View menu. DevTools (and the forced reload that goes with them) exist only in
 * development: a packaged build has neither the item nor its shortcut, and its window is
 * created with `devTools: false` as well (main-window.ts).
 */
const viewMenu = (packaged: boolean): MenuItemConstructorOptions => ({
  label: 'Affichage',
  submenu: [
    { role: 'reload', label: 'Actualiser' },
    ...(packaged
      ? []
      : [
          { role: 'forceReload' as const, label: 'Actualiser sans cache' },
          { role: 'toggleDevTools' as const, label: 'Outils de développement' },
        ]),
    { type: 'separator' },
    { role: 'resetZoom', label: 'Taille réelle' },
    { role: 'zoomIn', label: 'Zoom avant' },
    { role: 'zoomOut', label: 'Zoom arrière' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Plein écran' },
  ],
});

/** French menu (the product's first language); commands go to the renderer as events. */
export const installMenu = (events: EventSink) => {
  const send = (command: 'open-file' | 'import-chain' | 'about') => () =>
    events.emit('app.command', { command });
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'Fichier',
      submenu: [
        { label: 'Ouvrir un certificat…', accelerator: 'CmdOrCtrl+O', click: send('open-file') },
        { label: 'Importer la chaîne IGC-Santé…', click: send('import-chain') },
        { type: 'separator' },
        { role: 'quit', label: 'Quitter' },
      ],
    },
    { role: 'editMenu', label: 'Édition' },
    viewMenu(app.isPackaged),
    { label: 'Aide', submenu: [{ label: 'À propos de Vigie', click: send('about') }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
};
