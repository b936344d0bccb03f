import { Anchor, Text, VisuallyHidden } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api-context.js';

type ExternalLinkProps = { url: string; children: ReactNode };

/**
 * A link to an IGC-Santé page. It never navigates the app window: main opens allowlisted
 * addresses in the system browser and refuses the rest.
 */
export const ExternalLink = ({ url, children }: ExternalLinkProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const [refused, setRefused] = useState(false);
  const open = async () => {
    try {
      const result = await api.shell.openExternal({ url });
      setRefused(!result.ok);
    } catch {
      setRefused(true);
    }
  };
  return (
    <span>
      <Anchor component="button" type="button" size="sm" onClick={() => void open()} title={url}>
        {children} <IconExternalLink size={14} aria-hidden style={{ verticalAlign: 'middle' }} />
        <VisuallyHidden> {t('trust.opensBrowser')}</VisuallyHidden>
      </Anchor>
      {refused && (
        <Text size="xs" c="red" role="alert">
          {t('trust.linkRefused')}
        </Text>
      )}
    </span>
  );
};
