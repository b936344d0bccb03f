import { createContext, use } from 'react';

export type AppActions = {
  /** Show the IGC-Santé authorities panel; `pick` also asks for a chain file. */
  openTrust: (options: { pick: boolean }) => void;
};

const noop: AppActions = { openTrust: () => undefined };

/** Actions that cross features (a card offering to import the chain) without prop chains. */
export const AppActionsContext = createContext<AppActions>(noop);

export const useAppActions = (): AppActions => use(AppActionsContext);
