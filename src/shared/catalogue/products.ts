import type { ProductCode } from '../model/igc-sante.js';
import { PRODUCT_CODES } from './product-codes.js';
import type { Lang } from './localized.js';
import type { OfferCode } from './offers.js';
import { PRODUCT_PROFILES } from './product-profiles.js';
import type { ProductProfile, Usage } from './product-profiles.js';
import { PRODUCT_TEXTS, USAGE_LABELS } from './product-texts.js';
import type { ProductText } from './product-texts.js';

export type Product = ProductProfile & ProductText;

/** The twelve products in the order of the model's enum (offer by offer). */
export const PRODUCTS: readonly Product[] = PRODUCT_CODES.map((code) => ({
  ...PRODUCT_PROFILES[code],
  ...PRODUCT_TEXTS[code],
}));

/** Tolerates any string (values may come from a file or IPC): unknown codes give undefined. */
export const getProduct = (code: string): Product | undefined => PRODUCTS.find((p) => p.code === code);

const KNOWN_CODES: ReadonlySet<string> = new Set(PRODUCT_CODES);

export const isProductCode = (code: unknown): code is ProductCode =>
  typeof code === 'string' && KNOWN_CODES.has(code);

export const productsForOffer = (offer: OfferCode): readonly Product[] =>
  PRODUCTS.filter((p) => p.offer === offer);

/** The product for an offer and a usage, if IGC-Santé sells that combination. */
export const productFor = (offer: OfferCode, usage: Usage): ProductCode | null =>
  PRODUCTS.find((p) => p.offer === offer && p.usage === usage)?.code ?? null;

export const productUseLabel = (product: ProductCode, lang: Lang): string =>
  PRODUCT_TEXTS[product].label[lang];

export const productDescription = (product: ProductCode, lang: Lang): string =>
  PRODUCT_TEXTS[product].description[lang];

export const usageLabel = (usage: Usage, lang: Lang): string => USAGE_LABELS[usage][lang];
