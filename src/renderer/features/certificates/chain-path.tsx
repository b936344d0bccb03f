import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconCertificate, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChainReport } from '../../../shared/model/chain.js';
import { safeDisplay } from '../../../shared/text/safe-display.js';
import { commonNameOf } from './dn-text.js';

type Link = ChainReport['path'][number];

/** Only a valid path ends at a pinned authority; a broken one just stops where Vigie stopped. */
const isAnchor = (chain: ChainReport, index: number): boolean =>
  chain.status === 'valid' && chain.anchor !== null && index === chain.path.length - 1;

const LinkName = ({ link, anchorName }: { link: Link; anchorName: string | null }) => (
  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
    {anchorName ?? commonNameOf(link.subject) ?? safeDisplay(link.subject)}
  </Text>
);

/**
 * The path Vigie built, leaf first and anchor last, as an ordered list: each link's name,
 * its full subject, and where it came from (the certificate itself, or the IGC-Santé
 * authorities of this computer). Static text, read in order by a screen reader.
 */
export const ChainPath = ({ chain }: { chain: ChainReport }) => {
  const { t } = useTranslation();
  return (
    <Stack
      component="ol"
      gap={2}
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('certificates.chain.pathLabel')}
      data-testid="drawer-chain-path"
    >
      {chain.path.map((link, index) => {
        const anchor = isAnchor(chain, index);
        const Icon = anchor ? IconShieldCheck : IconCertificate;
        const source =
          index === 0 ? t('certificates.chain.leaf') : t(`certificates.chain.sources.${link.source}`);
        return (
          <li key={`${index}-${link.sha256}`} data-testid="drawer-chain-link" data-source={link.source}>
            {index > 0 && <IconArrowDown size={14} aria-hidden style={{ marginLeft: 3, opacity: 0.5 }} />}
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <Icon
                size={20}
                aria-hidden
                style={{ flexShrink: 0, marginTop: 2 }}
                color={anchor ? 'var(--mantine-color-green-filled)' : undefined}
              />
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Group gap={6}>
                  <LinkName link={link} anchorName={anchor ? (chain.anchor?.name ?? null) : null} />
                  <Badge size="xs" variant="light" color="gray" tt="none">
                    {source}
                  </Badge>
                  {anchor && (
                    <Badge
                      size="xs"
                      variant="light"
                      color="green"
                      tt="none"
                      data-testid="drawer-chain-anchor"
                    >
                      {t('certificates.chain.anchor')}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {safeDisplay(link.subject)}
                </Text>
              </Stack>
            </Group>
          </li>
        );
      })}
    </Stack>
  );
};
