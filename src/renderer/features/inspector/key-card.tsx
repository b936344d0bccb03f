import { Badge, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { CardFrame } from './card-frame.js';
import { useTranslation } from 'react-i18next';
import type { InspectedItem } from '../../../shared/model/inspection.js';
import { Fact, FactList } from '../../components/fact-list.js';
import { describeSubject, whoText } from './subject.js';

type KeyItem = Extract<InspectedItem, { kind: 'private-key' }>;

type KeyCardProps = { item: KeyItem; headingId: string; siblings: readonly InspectedItem[] };

/**
 * What a private key is, never what it contains: main sends no key bytes, and this card
 * only pairs the key with the file's certificates by public-key fingerprint.
 */
export const KeyCard = ({ item, headingId, siblings }: KeyCardProps) => {
  const { t } = useTranslation();
  const { key } = item;
  const match = key.spkiSha256
    ? siblings.find((s) => s.kind === 'certificate' && s.certificate.spkiSha256 === key.spkiSha256)
    : undefined;
  const matchText = !key.spkiSha256
    ? t('key.matchesUnknown')
    : match?.kind === 'certificate'
      ? whoText(describeSubject(match.certificate.subject))
      : t('key.matchesNone');
  const sizeText = key.size ? ` ${key.size} bits` : '';
  return (
    <CardFrame headingId={headingId} testId="key-card">
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          <IconKey size={18} aria-hidden style={{ verticalAlign: 'text-bottom', marginRight: 6 }} />
          {t('key.title')}
          {item.friendlyName ? ` — ${item.friendlyName}` : ''}
        </Title>
        <Text size="xs" c="dimmed">
          {t('key.hidden')}
        </Text>
        <FactList>
          <Fact label={t('key.algorithm')}>
            {key.algorithm === 'unknown' ? t('common.unknown') : key.algorithm}
            {sizeText}
            {key.curve ? ` (${key.curve})` : ''}
          </Fact>
          <Fact label={t('key.encrypted')}>
            <Badge color={key.encrypted ? 'yellow' : 'gray'} variant="light" tt="none">
              {key.encrypted ? t('key.encryptedYes') : t('key.encryptedNo')}
            </Badge>
          </Fact>
          <Fact label={t('key.matches')}>
            <Text size="sm" c={match ? undefined : 'dimmed'}>
              {matchText}
            </Text>
          </Fact>
        </FactList>
      </Stack>
    </CardFrame>
  );
};
