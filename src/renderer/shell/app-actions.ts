import { createContext, use } from 'react';
import type { Place } from './places.js';

export type AppActions = {
  /** Show the IGC-Santé authorities panel; `pick` also asks for a chain file. */
  openTrust: (options: { pick: boolean }) => void;
  /** Switch to another place of the app (the wizard's last step links to the orders list). */
  navigate: (place: Place) => void;
  /** "Ajouter à mes certificats" from the inspector: the same file, on the add page. */
  addFile: (file: File) => void;
  /** "Retirer maintenant" in the sandbox: the issued file, already loaded on the retrieve page. */
  retrieveFile: (file: File) => void;
};

const noop: AppActions = {
  openTrust: () => undefined,
  navigate: () => undefined,
  addFile: () => undefined,
  retrieveFile: () => undefined,
};

/** Actions that cross features (a card offering to import the chain) without prop chains. */
export const AppActionsContext = createContext<AppActions>(noop);

export const useAppActions = (): AppActions => use(AppActionsContext);
