import { useCallback, useEffect, useState } from 'react';
import type {
  SandboxCertificate,
  SandboxErrorCode,
  SandboxRevocationReason,
  SandboxStatus,
} from '../../../shared/model/sandbox.js';
import { useApi } from '../../api-context.js';

export type Issued = { certificate: SandboxCertificate; fileName: string };

/** The sandbox's status, read when the page is shown; issue, revoke and reset keep it current. */
export const useSandbox = (active: boolean) => {
  const api = useApi();
  const [status, setStatus] = useState<SandboxStatus | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [error, setError] = useState<SandboxErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!active) return;
    let live = true;
    api.sandbox.status({}).then(
      (s) => live && setStatus(s),
      () => live && setError('failed'),
    );
    return () => {
      live = false;
    };
  }, [api, active, version]);

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch {
      setError('failed');
    } finally {
      setBusy(false);
    }
  }, []);

  const issue = (orderId: string) =>
    run(async () => {
      const r = await api.sandbox.issue({ orderId });
      if (!r.ok) return setError(r.error.code);
      setIssued(r.value);
      setVersion((v) => v + 1);
    });

  const revoke = (sha256: string, reason: SandboxRevocationReason) =>
    run(async () => {
      const r = await api.sandbox.revoke({ sha256, reason });
      if (!r.ok) return setError(r.error.code);
      setStatus(r.value);
    });

  const reset = () =>
    run(async () => {
      setStatus(await api.sandbox.reset({}));
      setIssued(null);
    });

  return { status, issued, error, busy, issue, revoke, reset };
};
