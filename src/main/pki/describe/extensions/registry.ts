/** Which decoder reads which extension. Unknown and IGC-Santé private ones get a raw summary. */
import {
  decodeCrlNumber,
  decodeDeltaCrlIndicator,
  decodeHoldInstruction,
  decodeInvalidityDate,
  decodeReasonCode,
} from './crl-fields.js';
import {
  decodeDistributionPoints,
  decodeInfoAccess,
  decodeIssuingDistributionPoint,
} from './distribution.js';
import {
  decodeMsTemplate,
  decodeNetscapeCertType,
  decodeNullExtension,
  decodeOidList,
  decodeSctList,
  decodeStringExtension,
  decodeTlsFeature,
} from './misc.js';
import { decodeGeneralNamesExtension, decodeNameConstraints, decodeSubjectAltName } from './names.js';
import { decodeCertificatePolicies } from './policies.js';
import { summarizeRaw } from './raw-summary.js';
import type { ExtensionDecoder } from './types.js';
import { ExtOid } from '../../asn1/oids.js';
import {
  decodeAuthorityKeyIdentifier,
  decodeBasicConstraints,
  decodeExtendedKeyUsage,
  decodeInhibitAnyPolicy,
  decodeKeyUsage,
  decodePolicyConstraints,
  decodePolicyMappings,
  decodePrivateKeyUsagePeriod,
  decodeSubjectKeyIdentifier,
} from './usage.js';

const DECODERS: Readonly<Record<string, ExtensionDecoder>> = {
  [ExtOid.subjectDirectoryAttributes]: decodeOidList('subjectDirectoryAttributes'),
  [ExtOid.subjectKeyIdentifier]: decodeSubjectKeyIdentifier,
  [ExtOid.keyUsage]: decodeKeyUsage,
  [ExtOid.privateKeyUsagePeriod]: decodePrivateKeyUsagePeriod,
  [ExtOid.subjectAltName]: decodeSubjectAltName,
  [ExtOid.issuerAltName]: decodeGeneralNamesExtension('issuerAltName'),
  [ExtOid.basicConstraints]: decodeBasicConstraints,
  [ExtOid.cRLNumber]: decodeCrlNumber,
  [ExtOid.reasonCode]: decodeReasonCode,
  [ExtOid.holdInstructionCode]: decodeHoldInstruction,
  [ExtOid.invalidityDate]: decodeInvalidityDate,
  [ExtOid.deltaCRLIndicator]: decodeDeltaCrlIndicator,
  [ExtOid.issuingDistributionPoint]: decodeIssuingDistributionPoint,
  [ExtOid.certificateIssuer]: decodeGeneralNamesExtension('certificateIssuer'),
  [ExtOid.nameConstraints]: decodeNameConstraints,
  [ExtOid.cRLDistributionPoints]: decodeDistributionPoints('cRLDistributionPoints'),
  [ExtOid.certificatePolicies]: decodeCertificatePolicies,
  [ExtOid.policyMappings]: decodePolicyMappings,
  [ExtOid.authorityKeyIdentifier]: decodeAuthorityKeyIdentifier,
  [ExtOid.policyConstraints]: decodePolicyConstraints,
  [ExtOid.extendedKeyUsage]: decodeExtendedKeyUsage,
  [ExtOid.freshestCRL]: decodeDistributionPoints('freshestCRL'),
  [ExtOid.inhibitAnyPolicy]: decodeInhibitAnyPolicy,
  [ExtOid.authorityInfoAccess]: decodeInfoAccess('authorityInfoAccess'),
  [ExtOid.qcStatements]: decodeOidList('qcStatements'),
  [ExtOid.subjectInfoAccess]: decodeInfoAccess('subjectInfoAccess'),
  [ExtOid.tlsFeature]: decodeTlsFeature,
  [ExtOid.ocspNoCheck]: decodeNullExtension('ocspNoCheck'),
  [ExtOid.signedCertificateTimestampList]: decodeSctList,
  [ExtOid.ctPrecertificatePoison]: decodeNullExtension('precertificate poison'),
  [ExtOid.netscapeCertType]: decodeNetscapeCertType,
  [ExtOid.netscapeComment]: decodeStringExtension('netscapeComment'),
  [ExtOid.msCertificateTemplateName]: decodeStringExtension('msCertificateTemplateName'),
  [ExtOid.msCertificateTemplate]: decodeMsTemplate,
};

export const decoderFor = (oid: string): ExtensionDecoder => DECODERS[oid] ?? summarizeRaw;
