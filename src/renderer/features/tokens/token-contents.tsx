import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardHolder, TokenCertificate, TokenContents, TokenKey } from '../../../shared/model/token.js';
import { safeDisplay } from '../../../shared/text/safe-display.js';
import { useFormat } from '../../format/use-format.js';
import { commonNameOf } from '../certificates/dn-text.js';
import { EnvBadge } from '../inspector/env-badge.js';
import { useDeviceWord } from './pin-notices.js';

const Fact = ({ label, value }: { label: string; value: string }) => (
  <div>
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <Text size="sm">{value}</Text>
  </div>
);

/** A CPS card's holder, from its certificates and its public data objects. */
const HolderFacts = ({ holder }: { holder: CardHolder }) => {
  const { t } = useTranslation();
  const profession = holder.profession
    ? `${safeDisplay(holder.profession.label)}${holder.profession.code ? ` (${holder.profession.code})` : ''}`
    : null;
  return (
    <Stack gap="xs" data-testid="card-holder">
      <Title order={4} size="h6">
        {t('tokens.contents.holder')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {holder.name && <Fact label={t('tokens.contents.name')} value={safeDisplay(holder.name)} />}
        {holder.nationalId && (
          <Fact
            label={t('tokens.contents.nationalId')}
            value={`${holder.nationalId.type === 'other' ? '' : `${holder.nationalId.type} `}${safeDisplay(holder.nationalId.value)}`}
          />
        )}
        {profession && <Fact label={t('tokens.contents.profession')} value={profession} />}
        {holder.cardType && (
          <Fact label={t('tokens.contents.cardType')} value={safeDisplay(holder.cardType)} />
        )}
      </SimpleGrid>
      {holder.dataObjects.length > 0 && (
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t('tokens.contents.dataObjects')}
          </Text>
          {holder.dataObjects.map((d, i) => (
            <Text key={`${d.label}-${i}`} size="sm">
              {t('tokens.contents.dataObject', { label: safeDisplay(d.label), text: safeDisplay(d.text) })}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
};

const IgcBadge = ({ certificate }: { certificate: TokenCertificate }) => {
  const { t } = useTranslation();
  const { igc } = certificate;
  if (!igc)
    return (
      <Badge color="gray" variant="light">
        {t('tokens.contents.notIgc')}
      </Badge>
    );
  return igc.genuine ? (
    <>
      <Badge color="green" variant="light" data-testid="igc-genuine">
        {t('tokens.contents.igcGenuine')}
      </Badge>
      <EnvBadge environment={igc.environment} />
    </>
  ) : (
    <Badge color="orange" variant="light" data-testid="igc-look-alike">
      {t('tokens.contents.igcLookAlike')}
    </Badge>
  );
};

const CertificateItem = ({
  certificate: c,
  loggedIn,
}: {
  certificate: TokenCertificate;
  loggedIn: boolean;
}) => {
  const { t } = useTranslation();
  const format = useFormat();
  // The moment the contents were shown: a certificate does not expire under the reader's eyes.
  const [now] = useState(() => Date.now());
  const expired = Date.parse(c.notAfter) < now;
  const name = commonNameOf(c.subject) ?? safeDisplay(c.label);
  return (
    <Paper withBorder radius="md" p="sm" data-testid="token-certificate">
      <Stack gap={4}>
        <Group gap="xs">
          <Text fw={600}>{name}</Text>
          {c.role && (
            <Badge variant="light" data-testid="certificate-role">
              {t(`tokens.contents.roles.${c.role}`)}
            </Badge>
          )}
          <IgcBadge certificate={c} />
        </Group>
        <Text size="sm" c={expired ? 'red' : undefined} data-testid="certificate-expiry">
          {t(expired ? 'tokens.contents.expired' : 'tokens.contents.expires', {
            date: format.date(c.notAfter),
          })}
        </Text>
        <Text size="sm" data-testid="certificate-key">
          {c.keyLabel
            ? t('tokens.contents.keyLabel', { label: safeDisplay(c.keyLabel) })
            : // Private keys are private objects: before the PIN, not seeing one says nothing.
              t(loggedIn ? 'tokens.contents.noKey' : 'tokens.contents.keyAfterPin')}
        </Text>
        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
          {t('tokens.contents.issuer', { issuer: commonNameOf(c.issuer) ?? safeDisplay(c.issuer) })}
        </Text>
      </Stack>
    </Paper>
  );
};

const KeyItem = ({ tokenKey: k }: { tokenKey: TokenKey }) => {
  const { t } = useTranslation();
  const type = t(`tokens.contents.keyTypes.${k.type}`);
  return (
    <Group gap="xs" data-testid="token-key">
      <IconKey size={16} aria-hidden />
      <Text size="sm" fw={500}>
        {safeDisplay(k.label)}
      </Text>
      <Text size="sm" c="dimmed">
        {k.bits ? t('tokens.contents.keyType', { type, bits: k.bits }) : type}
      </Text>
      {k.nonExtractable && (
        <Badge color="teal" variant="light" data-testid="key-non-extractable">
          {t('tokens.contents.nonExtractable')}
        </Badge>
      )}
      {k.canSign && (
        <Badge color="gray" variant="outline">
          {t('tokens.contents.canSign')}
        </Badge>
      )}
      {!k.paired && (
        <Badge color="gray" variant="light">
          {t('tokens.contents.unpaired')}
        </Badge>
      )}
    </Group>
  );
};

/** What a card or token holds: its holder (CPS), certificates with their keys, the keys. */
export const TokenContentsView = ({ contents }: { contents: TokenContents }) => {
  const { t } = useTranslation();
  const device = useDeviceWord()(contents.token);
  return (
    <Stack gap="md" data-testid="token-contents" data-logged-in={contents.loggedIn}>
      <Text size="sm" c="dimmed">
        {t(contents.loggedIn ? 'tokens.contents.privateShown' : 'tokens.contents.publicOnly')}
      </Text>
      {contents.holder && <HolderFacts holder={contents.holder} />}
      <Stack gap="xs">
        <Title order={4} size="h6">
          {t('tokens.contents.certificates')}
        </Title>
        {contents.certificates.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('tokens.contents.noCertificates', { device })}
          </Text>
        )}
        {contents.certificates.map((c) => (
          <CertificateItem key={`${c.id}-${c.sha256}`} certificate={c} loggedIn={contents.loggedIn} />
        ))}
      </Stack>
      <Stack gap="xs">
        <Title order={4} size="h6">
          {t('tokens.contents.keys')}
        </Title>
        {contents.keys.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('tokens.contents.noKeys')}
          </Text>
        )}
        {contents.keys.map((k, i) => (
          <KeyItem key={`${k.id}-${i}`} tokenKey={k} />
        ))}
      </Stack>
    </Stack>
  );
};
