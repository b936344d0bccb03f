/**
 * What can go wrong while building a CSR, besides the signer's own failures (which are
 * passed through untouched, typed by the caller's key store).
 */
export type CsrBuildErrorCode =
  /** The SubjectSpec breaks an encoding rule, an X.520 bound or the product's SAN rule. */
  | 'invalid-subject'
  /** spkiDer is not one canonical RSA SubjectPublicKeyInfo of a size the profile allows. */
  | 'invalid-key'
  /** The signer answered, but its signature does not verify under spkiDer (wrong key id?). */
  | 'signature-mismatch';

export type CsrBuildError = { readonly code: CsrBuildErrorCode; readonly message: string };

export const csrError = (code: CsrBuildErrorCode, message: string): CsrBuildError => ({ code, message });
