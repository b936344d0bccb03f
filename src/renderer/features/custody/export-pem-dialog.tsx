import { Alert, Checkbox, Code, List, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../../shared/ipc/types.js';
import type { Order, OrderError } from '../../../shared/model/order.js';
import { useApi } from '../../api-context.js';
import { callMain } from '../../errors/call-main.js';
import { ExportDone, ExportFormFooter, ExportIntro } from './export-form-parts.js';
import { RECOMMENDED_LENGTH } from './export-p12-dialog.js';
import { PasswordPair, type PairValue } from './password-pair.js';
import { ServerHints } from './server-hints.js';

type Saved = Extract<ResultOf<'custody', 'exportPemBundle'>, { ok: true }>['value'] & {
  keyEncrypted: boolean;
};

/**
 * For servers: the key is encrypted with a passphrase unless the person ticks, knowingly,
 * the box that says what a plain key means. Main asks for the folder and writes the files.
 */
export const ExportPemDialog = ({ order, onClose }: { order: Order; onClose: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const [plain, setPlain] = useState(false);
  const [pair, setPair] = useState<PairValue>({ first: '', again: '' });
  const [submitted, setSubmitted] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<OrderError | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);

  // The contract refuses a passphrase under 10 characters: here it is a requirement.
  const tooShort = pair.first.length < RECOMMENDED_LENGTH;
  const valid = plain || (!tooShort && pair.first === pair.again);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!valid || pending) return;
    setPending(true);
    setError(null);
    const keyPassphrase = plain ? null : pair.first;
    const result = await callMain(() => api.custody.exportPemBundle({ orderId: order.id, keyPassphrase }));
    setPending(false);
    if (result.ok) {
      setSaved({ ...result.value, keyEncrypted: !plain });
      setPair({ first: '', again: '' });
    } else if (result.error.code !== 'cancelled') setError(result.error);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('custody.pemTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('custody.close') }}
    >
      {saved ? (
        <ExportDone onClose={onClose}>
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('custody.pemSaved', { folder: saved.folder })}
            </Text>
            <List size="sm" mt={6} data-testid="pem-files">
              {saved.files.map((f) => (
                <List.Item key={f}>
                  <Code>{f}</Code>
                </List.Item>
              ))}
            </List>
          </Alert>
          <ServerHints snippets={saved.snippets} keyEncrypted={saved.keyEncrypted} />
        </ExportDone>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <ExportIntro order={order} intro={t('custody.pemIntro')} />
            {!plain && (
              <PasswordPair
                value={pair}
                onChange={setPair}
                labels={{
                  first: t('custody.passphrase'),
                  again: t('custody.passphraseAgain'),
                  hint: t('custody.passphraseHint'),
                }}
                firstError={submitted && tooShort ? t('custody.passphraseShort') : null}
                submitted={submitted}
                testIds={{ first: 'export-pem-passphrase', again: 'export-pem-passphrase-again' }}
                disabled={pending}
              />
            )}
            <Checkbox
              label={t('custody.plainKey')}
              checked={plain}
              onChange={(e) => setPlain(e.currentTarget.checked)}
              data-testid="export-pem-plain"
            />
            {plain && (
              <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
                {t('custody.plainKeyWarning')}
              </Alert>
            )}
            <ExportFormFooter
              error={error}
              pending={pending}
              onClose={onClose}
              confirmTestId="export-pem-confirm"
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
};
