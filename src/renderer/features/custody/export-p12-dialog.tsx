import { Alert, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order, OrderError } from '../../../shared/model/order.js';
import { Pkcs12Profile } from '../../../shared/model/retrieve.js';
import { useApi } from '../../api-context.js';
import { CopyValue } from '../../components/copy-value.js';
import { callMain } from '../../errors/call-main.js';
import { ExportDone, ExportFormFooter, ExportIntro } from './export-form-parts.js';
import { PasswordPair, type PairValue } from './password-pair.js';

/** Shorter still works (the contract only needs one character), but says so. */
export const RECOMMENDED_LENGTH = 10;

type ExportP12DialogProps = { order: Order; onClose: () => void };

/**
 * Asks where the file goes in words people know (their system), not cipher names: the
 * answer picks the PKCS#12 profile. Main shows the save dialog and writes the file.
 */
export const ExportP12Dialog = ({ order, onClose }: ExportP12DialogProps) => {
  const { t } = useTranslation();
  const api = useApi();
  const [profile, setProfile] = useState<Pkcs12Profile | null>(null);
  const [pair, setPair] = useState<PairValue>({ first: '', again: '' });
  const [submitted, setSubmitted] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<OrderError | null>(null);
  const [savedPath, setSavedPath] = useState<string | null>(null);

  const valid = profile !== null && pair.first !== '' && pair.first === pair.again;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!valid || pending) return;
    setPending(true);
    setError(null);
    const result = await callMain(() =>
      api.custody.exportPkcs12({ orderId: order.id, password: pair.first, profile }),
    );
    setPending(false);
    if (result.ok) {
      setSavedPath(result.value.path);
      setPair({ first: '', again: '' });
    } else if (result.error.code !== 'cancelled') {
      // Closing the save dialog is a choice, not a failure: the form simply stays.
      setError(result.error);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('custody.p12Title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('custody.close') }}
    >
      {savedPath !== null ? (
        <ExportDone onClose={onClose}>
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            <Group gap={4} wrap="nowrap" align="flex-start">
              <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="export-saved">
                {t('custody.saved', { path: savedPath })}
              </Text>
              <CopyValue value={savedPath} what={t('custody.savedPath')} />
            </Group>
          </Alert>
        </ExportDone>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <ExportIntro order={order} intro={t('custody.p12Intro')} />
            <Radio.Group
              label={t('custody.profileLabel')}
              value={profile}
              onChange={(value) => setProfile(Pkcs12Profile.safeParse(value).data ?? null)}
              error={submitted && profile === null ? t('custody.profileRequired') : undefined}
            >
              <Stack gap="sm" mt={8}>
                {Pkcs12Profile.options.map((p) => (
                  <Radio
                    key={p}
                    value={p}
                    label={t(`custody.profiles.${p}`)}
                    description={t(`custody.profileHints.${p}`)}
                    data-testid={`export-profile-${p}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <PasswordPair
              value={pair}
              onChange={setPair}
              labels={{
                first: t('custody.password'),
                again: t('custody.passwordAgain'),
                hint: t('custody.passwordHint'),
              }}
              firstError={submitted && pair.first === '' ? t('custody.passwordRequired') : null}
              firstWarning={
                pair.first !== '' && pair.first.length < RECOMMENDED_LENGTH
                  ? t('custody.passwordShort')
                  : null
              }
              submitted={submitted}
              testIds={{ first: 'export-password', again: 'export-password-again' }}
              disabled={pending}
            />
            <ExportFormFooter
              error={error}
              pending={pending}
              onClose={onClose}
              confirmTestId="export-confirm"
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
};
