import type { InspectionReport } from '../../../shared/model/inspection.js';
import type { TokenCertificate, TokenContents, TokenKey, TokenSummary } from '../../../shared/model/token.js';
import type { SlotInfo, TokenInfo, TokenObjects } from '../../ports/token-provider.js';
import type { Inspector } from '../inspector/inspect-file.js';
import { cardGeneration, cardHolder, certificateRole, isCpsToken, pairByCkaId } from './card-holder.js';

type CertificateItem = Extract<InspectionReport['items'][number], { kind: 'certificate' }>;

/** A token's summary: its flags as read, and whether it is a CPS-family card. */
export const tokenSummary = (
  token: TokenInfo,
  moduleKind: string,
  objectLabels: readonly string[],
): TokenSummary => {
  const cps = isCpsToken({
    label: token.label,
    model: token.model,
    manufacturer: token.manufacturer,
    moduleKind,
    objectLabels,
  });
  return {
    label: token.label,
    manufacturer: token.manufacturer,
    model: token.model,
    serial: token.serial,
    pin: token.pin,
    writeProtected: token.writeProtected,
    cps,
    generation: cps ? cardGeneration({ label: token.label, model: token.model }) : null,
  };
};

/** Every label a token shows without a login: what tells a CPS card from another token. */
export const objectLabels = (objects: TokenObjects): string[] => [
  ...objects.certificates.map((c) => c.label),
  ...objects.privateKeys.map((k) => k.label),
  ...objects.data.map((d) => d.label),
];

/**
 * What a card or token holds, for the page and the CLI: each certificate read once by the
 * inspector (names, dates, IGC-Santé recognition), paired with its key by CKA_ID only, and
 * for a CPS card its holder. Keys are described by their attributes; no value is ever read.
 */
export const tokenContents = async (
  slot: SlotInfo & { token: TokenInfo },
  summary: TokenSummary,
  objects: TokenObjects,
  inspector: Pick<Inspector, 'inspect'>,
): Promise<TokenContents> => {
  const items: { id: string; label: string; item: CertificateItem }[] = [];
  for (const c of objects.certificates) {
    const report = await inspector.inspect({ fileName: `${c.label || c.id}.der`, bytes: c.der });
    if (!report.ok) continue;
    const item = report.value.items.find((i): i is CertificateItem => i.kind === 'certificate');
    if (item) items.push({ id: c.id, label: c.label, item });
  }
  const pairing = pairByCkaId(
    items.map((i) => ({ id: i.id, label: i.label })),
    objects.privateKeys.map((k) => ({ id: k.id, label: k.label })),
  );
  const certificates: TokenCertificate[] = items.map(({ id, label, item }, index) => ({
    id,
    label,
    sha256: item.certificate.sha256,
    subject: item.certificate.subject.text,
    issuer: item.certificate.issuer.text,
    notBefore: item.certificate.notBefore,
    notAfter: item.certificate.notAfter,
    role: certificateRole({
      keyUsage: item.certificate.keyUsage,
      extendedKeyUsage: item.certificate.extendedKeyUsage.map((e) => e.oid),
      label,
    }),
    keyLabel: pairing.certificates[index]?.keyLabel ?? null,
    igc: item.igcSante,
    pem: item.certificate.pem,
  }));
  const keys: TokenKey[] = objects.privateKeys.map((k, index) => ({
    id: k.id,
    label: k.label,
    type: k.type,
    bits: k.bits,
    nonExtractable: k.sensitive && !k.extractable,
    canSign: k.canSign,
    paired: pairing.keys[index]?.paired ?? false,
  }));
  return {
    module: slot.module,
    slotId: slot.slotId,
    token: summary,
    certificates,
    keys,
    holder: summary.cps
      ? cardHolder(
          items.map((i) => ({ certificate: i.item.certificate, igc: i.item.igcSante })),
          objects.data,
        )
      : null,
    loggedIn: objects.loggedIn,
  };
};
