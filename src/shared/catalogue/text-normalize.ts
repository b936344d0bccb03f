/**
 * Folds a label for comparison: no accents, no case, hyphens/apostrophes/spaces collapsed.
 * Certificates and users write "Rhône", "RHONE" or "Côte d’Or" for the same thing.
 */
export const foldLabel = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\-'’_.]+/g, ' ')
    .trim();
