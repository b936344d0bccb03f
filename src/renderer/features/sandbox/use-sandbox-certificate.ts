import { useEffect, useState } from 'react';
import { useApi } from '../../api-context.js';

/**
 * Did Vigie's sandbox issue this certificate? Asked of main's sandbox list, which knows its
 * own certificates: such a certificate renews from its order (rehearsal), where an IGC-Santé
 * one renews from what its names say.
 */
export const useSandboxCertificate = (sha256: string): boolean => {
  const api = useApi();
  const [issued, setIssued] = useState(false);
  useEffect(() => {
    let live = true;
    api.sandbox.status({}).then(
      (s) => live && setIssued(s.certificates.some((c) => c.sha256.toLowerCase() === sha256.toLowerCase())),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, sha256]);
  return issued;
};
