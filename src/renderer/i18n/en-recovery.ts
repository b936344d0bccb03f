import type { frRecovery } from './fr-recovery.js';

export const enRecovery: typeof frRecovery = {
  recovery: {
    title: 'Unreadable files were set aside',
    intro:
      'At start, Vigie could not read some of its files. It did not delete them: it set them aside and went on with new files. The keys in your vault are not affected.',
    copy: 'Copy kept:',
    folder: 'Vigie’s data folder:',
    advice:
      'Send these copies to your IT support if you want to try to recover them; otherwise you may delete them.',
    close: 'I understand',
    closeLabel: 'Close',
    stores: {
      inventory: 'The “My certificates” inventory',
      'inventory-settings': 'The reminder and watched folder settings',
      orders: 'The list of your orders',
      'token-settings': 'The card and token modules you added',
      other: 'A data file',
    },
    reasons: {
      damaged: {
        inventory:
          'was damaged. A new inventory was created: your certificates come back at the next check (“Check now”).',
        'inventory-settings': 'were damaged. The default settings are back: add the folders to watch again.',
        orders: 'was damaged. Vigie starts from an empty list; keys already made stay in the vault.',
        'token-settings': 'were damaged. Add the modules you need again.',
        other: 'was damaged. Vigie started a new one.',
      },
      'unreadable-entries':
        'held entries that could not be read, which were left out. The original file is kept as it was.',
    },
  },
};
