import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { CardFrame } from './card-frame.js';
import { useTranslation } from 'react-i18next';
import type { InspectedItem } from '../../../shared/model/inspection.js';
import { Fact, FactList } from '../../components/fact-list.js';
import { useFormat } from '../../format/use-format.js';
import { ChainStatus } from './chain-status.js';
import { DaysLeftBadge } from './days-left-badge.js';
import { EnvBadge } from './env-badge.js';
import { Fingerprint } from './fingerprint.js';
import { IgcFacts } from './igc-facts.js';
import { LookAlikeAlert } from './look-alike.js';
import { productDescription, productLabel } from './product-label.js';
import { describeSubject, issuerLabel, whoText } from './subject.js';
import { TechnicalFields } from './technical-fields.js';
import { UsageSummary } from './usage-summary.js';

type CertificateItem = Extract<InspectedItem, { kind: 'certificate' }>;

/** One certificate in plain words: who, which product, until when, trusted or not. */
export const CertificateCard = ({ item, headingId }: { item: CertificateItem; headingId: string }) => {
  const { t } = useTranslation();
  const format = useFormat();
  const { certificate: c, igcSante: igc } = item;
  const product = igc?.product ?? null;
  const description = product ? productDescription(product, format.language) : null;
  // The moment the card appeared: daysLeft comes from main's clock, this only flags notBefore.
  const [now] = useState(Date.now);
  const notYetValid = new Date(c.notBefore).getTime() > now;

  return (
    <CardFrame headingId={headingId} testId="cert-card">
      <Stack gap="md">
        <Stack gap={4}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Title order={3} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {whoText(describeSubject(c.subject))}
            </Title>
            <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
              {igc && <EnvBadge environment={igc.environment} />}
              {!item.verified && (
                <Badge color="yellow" variant="light" leftSection={<IconLockOpen size={14} aria-hidden />}>
                  {t('cert.unverified')}
                </Badge>
              )}
            </Group>
          </Group>
          <Text fw={500}>
            {product
              ? productLabel(product, format.language)
              : igc?.family === 'CA'
                ? igc.genuine
                  ? t('cert.caProduct')
                  : t('genuine.caLookAlike')
                : igc
                  ? t('cert.productUnknown')
                  : t('cert.notIgcSante')}
          </Text>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
          {igc?.environment === 'test' && (
            <Text size="sm" c="orange">
              {t('env.testHint')}
            </Text>
          )}
        </Stack>

        {igc && !igc.genuine && <LookAlikeAlert chain={item.chain} />}

        {!item.verified && (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconLockOpen size={16} aria-hidden color="var(--mantine-color-yellow-filled)" />
            <Text size="sm" c="dimmed">
              {t('cert.unverifiedExplain')}
            </Text>
          </Group>
        )}

        <FactList>
          <Fact label={t('cert.validUntil')}>
            <Group gap={8}>
              <Text size="sm" fw={600}>
                {format.date(c.notAfter)}
              </Text>
              <DaysLeftBadge daysLeft={c.daysLeft} />
              {notYetValid && (
                <Badge color="orange" variant="light">
                  {t('cert.notYetValid', { date: format.date(c.notBefore) })}
                </Badge>
              )}
            </Group>
          </Fact>
          <Fact label={t('cert.chain')}>
            <ChainStatus chain={item.chain} />
          </Fact>
          <Fact label={t('cert.purpose')}>
            <UsageSummary keyUsage={c.keyUsage} extendedKeyUsage={c.extendedKeyUsage} />
          </Fact>
          {igc && <IgcFacts info={igc} />}
          <Fact label={t('cert.issuer')}>{issuerLabel(c)}</Fact>
          {item.friendlyName && <Fact label={t('cert.friendlyName')}>{item.friendlyName}</Fact>}
          <Fact label={t('cert.sha256')}>
            <Fingerprint hex={c.sha256} label={t('cert.sha256')} />
          </Fact>
          <Fact label={t('cert.spki')}>
            <Fingerprint hex={c.spkiSha256} label={t('cert.spki')} />
          </Fact>
        </FactList>

        <TechnicalFields certificate={c} />
      </Stack>
    </CardFrame>
  );
};
