import {
  productDescription as catalogueDescription,
  productUseLabel,
} from '../../../shared/catalogue/products.js';
import type { ProductCode } from '../../../shared/model/igc-sante.js';
import type { Language } from '../../i18n/messages.js';

/** "ORG_AUTH_CLI" → "ORG AUTH_CLI": the way the IGC-Santé platform writes the offer. */
const productCodeText = (code: ProductCode): string => code.replace('_', ' ');

/** Plain words from the shared catalogue, plus the code people see on the ordering platform. */
export const productLabel = (code: ProductCode, language: Language): string =>
  `${productUseLabel(code, language)} (${productCodeText(code)})`;

/** One sentence a doctor understands on what the product is for. */
export const productDescription = (code: ProductCode, language: Language): string =>
  catalogueDescription(code, language);
