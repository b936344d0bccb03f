import { expectedProfile } from '../igc-sante/profile.js';
import type { ProductCode } from '../model/igc-sante.js';
import { imposedCns, projectsSharingDedicated } from './cn-rules.js';
import type { SubjectWarning } from './messages.js';

/**
 * Advice to show with an order, from the catalogue data only: what the product cannot do,
 * rules a chosen project imposes, and facts we are not sure of. Never blocks an order.
 * `keyBits` defaults to the size every IGC-Santé certificate seen uses.
 */
export const subjectWarnings = (
  product: ProductCode,
  projects: readonly string[] = [],
  keyBits: number = 2048,
): readonly SubjectWarning[] => {
  const profile = expectedProfile(product);
  const warnings: SubjectWarning[] = [];
  // CONF keys only decrypt: no clientAuth, so people who pick it to log in are stuck (ORG_CONF, H).
  if (profile.usage === 'CONF') warnings.push('conf-cannot-authenticate');
  if (profile.subject.rdns.some((rdn) => rdn.some((a) => a.content === 'fqdn'))) {
    warnings.push('serv-ssl-needs-fqdn');
  }
  const imposed = imposedCns(product, projects);
  if (imposed.some((i) => i.project === 'INSI')) warnings.push('insi-own-certificate');
  if (projectsSharingDedicated(product, projects).length > 0)
    warnings.push('insi-shared-with-other-projects');
  if (keyBits !== profile.key.defaultBits) warnings.push('larger-keys-unconfirmed');
  if (profile.confidence.subject === 'L') warnings.push('subject-unconfirmed');
  return warnings;
};
