import type { CertificateView } from '../model/certificate.js';
import type { ChainReport } from '../model/chain.js';
import type { Environment, Family, IgcSanteInfo, ProductCode } from '../model/igc-sante.js';
import type { Usage } from '../catalogue/product-profiles.js';
import { productFor } from '../catalogue/products.js';
import { ANS_EXTENSION_OID, DN_OID, TEST_END_ENTITY_POLICY_OID } from '../catalogue/oids.js';
import { parseDepartement } from '../catalogue/departements.js';
import { getProfession, professionFromLabel } from '../catalogue/professions.js';
import { parsePersonId } from '../identifiers/person-id.js';
import { parseIso6523SirenId, parseStructureId } from '../identifiers/structure-id.js';
import { decodeCardType, decodeProductCategory, decodeProfessionCode } from './ans-extensions.js';
import type { ProductCategory } from './ans-extensions.js';
import { parseIgcCaName } from './ca-names.js';
import type { IgcCaName } from './ca-names.js';
import { classifyUsage } from './classify-usage.js';
import { attrValues, commonName, firstAttr, igcOuEnvironment, personRdn } from './dn.js';
import { endEntityFamily } from './recognize-family.js';
import { isGenuine } from './genuine.js';

const extensionHex = (cert: CertificateView, oid: string): string | null =>
  cert.extensions.find((e) => e.oid === oid)?.valueHex ?? null;

/** What we know about an IGC-Santé CA name (issuer or subject), or null if it is not one. */
type CaSide = { readonly env: Environment; readonly ca: IgcCaName | null };

const caSide = (dn: CertificateView['issuer']): CaSide | null => {
  const env = igcOuEnvironment(dn);
  if (env === null) return null;
  const cn = commonName(dn);
  const ca = cn === null ? null : parseIgcCaName(cn);
  return { env: env === 'test' || ca?.test === true ? 'test' : 'production', ca };
};

/**
 * Any TEST signal wins: OU "IGC-SANTE TEST", a "TEST " CN prefix, the 0x80 bit of the ANS
 * product category, or the TEST end-entity policy. Calling a production certificate "test"
 * only costs a label; the reverse could let a TEST certificate pass for a real one.
 */
const environmentOf = (
  cert: CertificateView,
  issuer: CaSide | null,
  subject: CaSide | null,
  category: ProductCategory | null,
): Environment => {
  const test =
    issuer?.env === 'test' ||
    subject?.env === 'test' ||
    category?.test === true ||
    cert.policies.includes(TEST_END_ENTITY_POLICY_OID);
  return test ? 'test' : 'production';
};

const productOf = (family: Family, usage: Usage | null): ProductCode | null => {
  if (usage === null) return null;
  if (family === 'ORG' || family === 'SERV' || family === 'PS' || family === 'PRO')
    return productFor(family, usage);
  return null;
};

const structureIdOf = (cert: CertificateView, family: Family): IgcSanteInfo['structureId'] => {
  const ous = attrValues(cert.subject, DN_OID.OU);
  if (family === 'CA') return ous.map(parseIso6523SirenId).find((s) => s !== null) ?? null;
  if (family === 'PS') return null;
  const parsed = ous.map(parseStructureId).filter((s) => s !== null);
  return parsed.find((s) => s.valid) ?? parsed[0] ?? null;
};

const personIdOf = (cert: CertificateView, family: Family): IgcSanteInfo['personId'] => {
  const rdnCn = personRdn(cert.subject)?.find((a) => a.oid === DN_OID.CN)?.value;
  if (rdnCn !== undefined) return parsePersonId(rdnCn);
  if (family !== 'PS' && family !== 'PRO' && family !== 'card') return null;
  const cn = commonName(cert.subject);
  return cn === null ? null : parsePersonId(cn);
};

const professionOf = (cert: CertificateView): IgcSanteInfo['profession'] => {
  const title = firstAttr(cert.subject, DN_OID.title);
  const hex = extensionHex(cert, ANS_EXTENSION_OID.professionCode);
  const code = hex === null ? null : decodeProfessionCode(hex);
  const known =
    (code === null ? undefined : getProfession(code)) ??
    (title === null ? undefined : professionFromLabel(title));
  if (title === null && code === null) return null;
  return { code: code ?? known?.code ?? null, label: title ?? known?.label.fr ?? code ?? '' };
};

const departementOf = (cert: CertificateView): IgcSanteInfo['departement'] => {
  const st = firstAttr(cert.subject, DN_OID.ST);
  const d = st === null ? undefined : parseDepartement(st);
  return d === undefined ? null : { code: d.code, name: d.name };
};

/**
 * Says what an IGC-Santé certificate looks like, from its issuer, names, key usages and ANS
 * extensions; null when it is not an IGC-Santé certificate (issuer not O=ASIP-SANTE +
 * OU=IGC-SANTE[ TEST], and not itself such a CA). Recognition is not validation: the
 * chain and the pinned anchors decide trust, this only labels. Without a chain, `genuine`
 * is true for pinned CAs only; reports settle it with `withChain`.
 */
export const recognizeCertificate = (cert: CertificateView): IgcSanteInfo | null => {
  const issuer = caSide(cert.issuer);
  const subject = caSide(cert.subject);
  const subjectIsCa = subject !== null && (cert.isCa || subject.ca !== null);
  if (issuer === null && !subjectIsCa) return null;

  const categoryHex = extensionHex(cert, ANS_EXTENSION_OID.productCategory);
  const category = categoryHex === null ? null : decodeProductCategory(categoryHex);
  const usage = classifyUsage(
    cert.keyUsage,
    cert.extendedKeyUsage.map((e) => e.oid),
  );
  const issuerCa = issuer?.ca ?? null;
  const family: Family = subjectIsCa
    ? 'CA'
    : endEntityFamily({ cert, issuerCa, medium: category?.medium ?? null, usage });
  const cardHex = extensionHex(cert, ANS_EXTENSION_OID.cardType);

  const environment = environmentOf(cert, issuer, subject, category);
  return {
    environment,
    family,
    product: productOf(family, usage),
    issuingCa: issuerCa?.short ?? null,
    medium: category?.medium ?? null,
    structureId: structureIdOf(cert, family),
    personId: personIdOf(cert, family),
    profession: family === 'CA' ? null : professionOf(cert),
    departement: family === 'CA' ? null : departementOf(cert),
    cardType: cardHex === null ? null : decodeCardType(cardHex),
    genuine: isGenuine(cert.sha256, environment, null),
  };
};

/**
 * Recognition settled by the chain: `genuine` from the pinned anchors, and the issuing CA
 * named only for a genuine certificate, so a look-alike keeps its shape (family, product)
 * but is never described as issued by an IGC-Santé CA.
 */
export const withChain = (info: IgcSanteInfo, sha256: string, chain: ChainReport | null): IgcSanteInfo => {
  const genuine = isGenuine(sha256, info.environment, chain);
  return { ...info, genuine, issuingCa: genuine ? info.issuingCa : null };
};
