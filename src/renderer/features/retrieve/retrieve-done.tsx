import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../shared/model/order.js';
import { useFormat } from '../../format/use-format.js';
import { useAppActions } from '../../shell/app-actions.js';
import { CustodyActions } from '../custody/custody-actions.js';
import { CustodyRule } from '../custody/custody-rule.js';
import { EnvBadge } from '../inspector/env-badge.js';
import { InstallButton } from '../install/install-button.js';
import { productLabel } from '../inspector/product-label.js';

type RetrieveDoneProps = { order: Order; codeKept: boolean; onAgain: () => void };

/** The certificate is kept: say so, and lead to what comes next (installing it). */
export const RetrieveDone = ({ order, codeKept, onAgain }: RetrieveDoneProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  const { navigate } = useAppActions();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form that had focus is gone: the keyboard moves to the news.
  useEffect(() => heading.current?.focus(), []);

  return (
    <Stack gap="lg" data-testid="retrieve-done">
      <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
        <Stack gap={6}>
          <Group gap="sm">
            <Title order={2} size="h4" ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
              {t('retrieve.doneTitle')}
            </Title>
            <EnvBadge environment={order.environment} />
          </Group>
          <Text size="sm">
            {t('retrieve.doneBody', { product: productLabel(order.product, format.language) })}
          </Text>
          <Text size="sm">{codeKept ? t('retrieve.doneCode') : t('retrieve.doneNoCode')}</Text>
        </Stack>
      </Alert>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('retrieve.nextTitle')}
        </Title>
        <Text size="sm">{t('retrieve.nextInstall')}</Text>
        <CustodyRule />
        {/* Installing here is the next step for most: no detour through "Mes commandes". */}
        <Group gap="sm">
          <InstallButton order={order} size="sm" />
          <CustodyActions order={order} direction="row" />
        </Group>
      </Stack>
      <Group gap="sm">
        <Button variant="default" onClick={() => navigate('orders')}>
          {t('retrieve.toOrders')}
        </Button>
        <Button variant="subtle" onClick={onAgain}>
          {t('retrieve.again')}
        </Button>
      </Group>
    </Stack>
  );
};
