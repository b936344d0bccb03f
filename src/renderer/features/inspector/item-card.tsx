import type { InspectedItem } from '../../../shared/model/inspection.js';
import { CertificateCard } from './certificate-card.js';
import { CrlCard } from './crl-card.js';
import { CsrCard } from './csr-card.js';
import { KeyCard } from './key-card.js';

type ItemCardProps = { item: InspectedItem; headingId: string; siblings: readonly InspectedItem[] };

export const ItemCard = ({ item, headingId, siblings }: ItemCardProps) => {
  switch (item.kind) {
    case 'certificate':
      return <CertificateCard item={item} headingId={headingId} />;
    case 'csr':
      return <CsrCard item={item} headingId={headingId} />;
    case 'crl':
      return <CrlCard item={item} headingId={headingId} />;
    case 'private-key':
      return <KeyCard item={item} headingId={headingId} siblings={siblings} />;
  }
};
