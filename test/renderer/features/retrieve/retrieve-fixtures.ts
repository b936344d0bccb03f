import { fireEvent, screen } from '@testing-library/react';
import type { ChainReport } from '../../../../src/shared/model/chain.js';
import type { RetrieveAnalysis, RetrievedCertificate } from '../../../../src/shared/model/retrieve.js';
import { fileOf } from '../../helpers/render-app.js';

export const LEAF_SHA = 'A1'.repeat(32);
export const CA_SHA = 'C2'.repeat(32);

const VALID_CHAIN: ChainReport = {
  status: 'valid',
  anchor: {
    name: 'TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS',
    sha256: 'B3'.repeat(32),
    environment: 'test',
  },
  reason: null,
  path: [],
};

export const leaf = (fields: Partial<RetrievedCertificate> = {}): RetrievedCertificate => ({
  sha256: LEAF_SHA,
  spkiSha256: 'D4'.repeat(32),
  subject: 'CN=Logiciel de cabinet, OU=0B0221636, O=CENTRE DE SANTE RPPS22163, ST=Rhône (69), C=FR',
  product: 'ORG_AUTH_CLI',
  environment: 'test',
  notAfter: '2029-03-02T09:30:00.000Z',
  isCa: false,
  chain: VALID_CHAIN,
  genuine: true,
  sandbox: false,
  matchedOrderId: null,
  mismatches: [],
  keyInFile: false,
  revocation: {
    status: 'good',
    revokedAt: null,
    reason: null,
    source: 'ocsp',
    cause: null,
    detail: 'OCSP: good',
  },
  ...fields,
});

export const authority = (): RetrievedCertificate =>
  leaf({
    sha256: CA_SHA,
    subject: 'CN=TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS, OU=IGC-SANTE TEST, O=ASIP-SANTE, C=FR',
    product: null,
    isCa: true,
  });

export const analysisOf = (
  certificates: RetrievedCertificate[],
  passwordRequired = false,
): RetrieveAnalysis => ({
  certificates,
  passwordRequired,
});

/** The user picks the downloaded file through the retrieval page's own input. */
export const pickRetrieveFile = (name = 'certificat.pem') => {
  const input = screen.getByTestId('retrieve-file-input') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [fileOf(name)] } });
};
