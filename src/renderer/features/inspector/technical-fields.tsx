import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificateView, PublicKeyInfo } from '../../../shared/model/certificate.js';
import { Fact, FactList } from '../../components/fact-list.js';
import { hexPairs } from '../../format/format.js';
import { useFormat } from '../../format/use-format.js';
import { CollapsibleSection } from './collapsible-section.js';
import { ExtensionsTable } from './extensions-table.js';
import { Fingerprint } from './fingerprint.js';
import { PemBlock } from './pem-block.js';

export const useKeyText = () => {
  const { t } = useTranslation();
  return (key: PublicKeyInfo): string => {
    const base = key.size ? t('tech.keyBits', { algorithm: key.algorithm, size: key.size }) : key.algorithm;
    return key.curve ? `${base} (${key.curve})` : base;
  };
};

const Lines = ({ values }: { values: readonly string[] }) => (
  <>
    {values.map((value, i) => (
      <Text size="sm" key={i} ff="monospace" fz="xs">
        {value}
      </Text>
    ))}
  </>
);

/** Everything an IT person may need, folded away from the plain-words summary. */
export const TechnicalFields = ({ certificate: c }: { certificate: CertificateView }) => {
  const { t } = useTranslation();
  const format = useFormat();
  const keyText = useKeyText();
  return (
    <CollapsibleSection showLabel={t('tech.show')} hideLabel={t('tech.hide')}>
      <Stack gap="md">
        <FactList>
          <Fact label={t('tech.subject')}>{c.subject.text}</Fact>
          <Fact label={t('tech.issuer')}>{c.issuer.text}</Fact>
          <Fact label={t('tech.serial')}>
            <Text ff="monospace" fz="xs">
              {hexPairs(c.serialNumber)}
            </Text>
          </Fact>
          <Fact label={t('tech.validity')}>
            {t('tech.validityRange', { from: format.dateTime(c.notBefore), to: format.dateTime(c.notAfter) })}
          </Fact>
          <Fact label={t('tech.signatureAlgorithm')}>{c.signatureAlgorithm.name}</Fact>
          <Fact label={t('tech.publicKey')}>{keyText(c.publicKey)}</Fact>
          <Fact label={t('tech.sha1')}>
            <Fingerprint hex={c.sha1} label={t('tech.sha1')} />
          </Fact>
          <Fact label={t('tech.ca')}>
            {c.isCa ? t('common.yes') : t('common.no')}
            {c.isCa && c.pathLength !== null ? ` (${t('tech.pathLength', { value: c.pathLength })})` : ''}
          </Fact>
          {c.subjectAltNames.length > 0 && (
            <Fact label={t('tech.altNames')}>
              <Lines values={c.subjectAltNames.map((n) => `${n.type}: ${n.value}`)} />
            </Fact>
          )}
          {c.policies.length > 0 && (
            <Fact label={t('tech.policies')}>
              <Lines values={c.policies} />
            </Fact>
          )}
          {c.crlDistributionPoints.length > 0 && (
            <Fact label={t('tech.crlDp')}>
              <Lines values={c.crlDistributionPoints} />
            </Fact>
          )}
          {c.ocsp.length > 0 && (
            <Fact label={t('tech.ocsp')}>
              <Lines values={c.ocsp} />
            </Fact>
          )}
          {c.caIssuers.length > 0 && (
            <Fact label={t('tech.caIssuers')}>
              <Lines values={c.caIssuers} />
            </Fact>
          )}
        </FactList>
        <Stack gap={4}>
          <Title order={4} size="sm">
            {t('tech.extensions')}
          </Title>
          <ExtensionsTable extensions={c.extensions} />
        </Stack>
        <PemBlock pem={c.pem} />
      </Stack>
    </CollapsibleSection>
  );
};
