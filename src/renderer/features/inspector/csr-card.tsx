import { Badge, Group, Stack, Text } from '@mantine/core';
import { CardFrame, CardHeading } from './card-frame.js';
import { useTranslation } from 'react-i18next';
import type { InspectedItem } from '../../../shared/model/inspection.js';
import { Fact, FactList } from '../../components/fact-list.js';
import { useFormat } from '../../format/use-format.js';
import { CollapsibleSection } from './collapsible-section.js';
import { EnvBadge } from './env-badge.js';
import { ExtensionsTable } from './extensions-table.js';
import { Fingerprint } from './fingerprint.js';
import { PemBlock } from './pem-block.js';
import { productLabel } from './product-label.js';
import { describeSubject, whoText } from './subject.js';
import { useKeyText } from './technical-fields.js';
import { UsageSummary } from './usage-summary.js';

type CsrItem = Extract<InspectedItem, { kind: 'csr' }>;

export const CsrCard = ({ item, headingId }: { item: CsrItem; headingId: string }) => {
  const { t } = useTranslation();
  const format = useFormat();
  const keyText = useKeyText();
  const { csr, igcSante: igc } = item;
  const proof =
    csr.signatureValid === null ? (
      <Text size="sm">{t('csr.proofUnknown')}</Text>
    ) : (
      <Badge color={csr.signatureValid ? 'green' : 'red'} variant="light">
        {csr.signatureValid ? t('csr.proofValid') : t('csr.proofInvalid')}
      </Badge>
    );
  return (
    <CardFrame headingId={headingId} testId="csr-card">
      <Stack gap="md">
        <Stack gap={4}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <CardHeading kicker={t('csr.title')} headingId={headingId}>
              {whoText(describeSubject(csr.subject))}
            </CardHeading>
            {igc && <EnvBadge environment={igc.environment} />}
          </Group>
          {igc?.product && <Text fw={500}>{productLabel(igc.product, format.language)}</Text>}
        </Stack>
        <FactList>
          <Fact label={t('csr.subject')}>{csr.subject.text}</Fact>
          <Fact label={t('csr.publicKey')}>{keyText(csr.publicKey)}</Fact>
          <Fact label={t('csr.proof')}>{proof}</Fact>
          <Fact label={t('csr.requestedUsages')}>
            <UsageSummary keyUsage={csr.keyUsage} extendedKeyUsage={csr.extendedKeyUsage} />
          </Fact>
          {csr.subjectAltNames.length > 0 && (
            <Fact label={t('tech.altNames')}>{csr.subjectAltNames.map((n) => n.value).join(', ')}</Fact>
          )}
          <Fact label={t('cert.spki')}>
            <Fingerprint hex={csr.spkiSha256} label={t('cert.spki')} />
          </Fact>
        </FactList>
        <CollapsibleSection showLabel={t('tech.show')} hideLabel={t('tech.hide')}>
          <Stack gap="md">
            <FactList>
              <Fact label={t('tech.signatureAlgorithm')}>{csr.signatureAlgorithm.name}</Fact>
              <Fact label="SHA-256">
                <Fingerprint hex={csr.sha256} label="SHA-256" />
              </Fact>
            </FactList>
            <ExtensionsTable extensions={csr.extensions} />
            <PemBlock pem={csr.pem} />
          </Stack>
        </CollapsibleSection>
      </Stack>
    </CardFrame>
  );
};
