import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { EventSink } from '../ports/event-sink.js';

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
    { role: 'viewMenu', label: 'Affichage' },
    { label: 'Aide', submenu: [{ label: 'À propos de Vigie', click: send('about') }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
};
