import { createContext, use, type ReactNode } from 'react';
import type { RendererApi } from '../shared/ipc/types.js';

const ApiContext = createContext<RendererApi | null>(null);

/** The typed main-process API, given once at the root so tests can pass a fake one. */
export const ApiProvider = ({ api, children }: { api: RendererApi; children: ReactNode }) => (
  <ApiContext value={api}>{children}</ApiContext>
);

export const useApi = (): RendererApi => {
  const api = use(ApiContext);
  if (!api) throw new Error('useApi outside <ApiProvider>');
  return api;
};
