import { useCallback, useEffect, useState } from 'react';
import type { ChainReport } from '../../../shared/model/chain.js';
import type { InspectionReport } from '../../../shared/model/inspection.js';
import { useApi } from '../../api-context.js';
import { unexpectedError, type UiError } from '../../errors/ui-error.js';
import { bytesToBase64 } from '../inspector/read-file.js';

export type ChainState =
  | { status: 'loading' }
  | { status: 'ready'; chain: ChainReport | null }
  | { status: 'failed'; error: UiError };

type Loaded = { pem: string; state: ChainState };

/** The stored certificate's own item: the PEM holds one, but its hash is what names it. */
const chainOf = (report: InspectionReport, sha256: string): ChainState => {
  const certificates = report.items.flatMap((item) => (item.kind === 'certificate' ? [item] : []));
  const own =
    certificates.find((item) => item.certificate.sha256.toUpperCase() === sha256.toUpperCase()) ??
    certificates[0];
  return own
    ? { status: 'ready', chain: own.chain }
    : { status: 'failed', error: { code: 'unrecognized-format', message: 'no certificate in the PEM' } };
};

/**
 * The chain of one inventory certificate, checked by the inspector's own operation on its
 * PEM, so the drawer and the inspector can never disagree. One call per opened certificate
 * (never per row), so the inventory's size does not matter. Checked again when the
 * IGC-Santé authorities change: importing the chain from the drawer then shows its effect.
 */
export const useEntryChain = (sha256: string, pem: string) => {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [version, setVersion] = useState(0);
  const recheck = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => api.events.on('trust.changed', recheck), [api, recheck]);

  useEffect(() => {
    let live = true;
    const data = bytesToBase64(new TextEncoder().encode(pem));
    const inspect = async (): Promise<ChainState> => {
      try {
        const result = await api.inspector.inspect({ fileName: `${sha256}.pem`, data });
        return result.ok ? chainOf(result.value, sha256) : { status: 'failed', error: result.error };
      } catch (cause) {
        return { status: 'failed', error: unexpectedError(cause) };
      }
    };
    void inspect().then((state) => {
      if (live) setLoaded({ pem, state });
    });
    return () => {
      live = false;
    };
  }, [api, sha256, pem, version]);

  /** After a failure: show the wait again (a re-check after a trust change keeps the old answer). */
  const retry = useCallback(() => {
    setLoaded(null);
    recheck();
  }, [recheck]);

  const state: ChainState = loaded?.pem === pem ? loaded.state : { status: 'loading' };
  return { state, retry };
};
