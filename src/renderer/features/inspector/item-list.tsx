import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectedItem } from '../../../shared/model/inspection.js';
import { ItemCard } from './item-card.js';

/**
 * Cards are shown a page at a time: a CA bundle of 25,000 certificates would otherwise mount
 * 25,000 cards at once and freeze the window. The first page covers every real-world file
 * (a PKCS#12, a chain, a CA bundle); the rest come on request, never silently dropped.
 */
export const ITEMS_PAGE = 50;

type ItemListProps = { items: readonly InspectedItem[]; keyPrefix: string };

export const ItemList = ({ items, keyPrefix }: ItemListProps) => {
  const { t } = useTranslation();
  const [shown, setShown] = useState(ITEMS_PAGE);
  const remaining = items.length - shown;
  return (
    <>
      {items.length > ITEMS_PAGE && (
        <Text size="sm" c="dimmed" data-testid="item-count">
          {t('result.itemCount', { count: items.length })}
        </Text>
      )}
      {items.slice(0, shown).map((item, i) => (
        <ItemCard key={i} item={item} headingId={`${keyPrefix}-item-${i}`} siblings={items} />
      ))}
      {remaining > 0 && (
        <Button variant="light" onClick={() => setShown((n) => n + ITEMS_PAGE)} data-testid="show-more-items">
          {t('result.showMore', { page: Math.min(ITEMS_PAGE, remaining), count: remaining })}
        </Button>
      )}
    </>
  );
};
