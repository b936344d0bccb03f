import { Button, Group, Stack, Stepper } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyBits } from '../../../../shared/model/order.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { useAppActions } from '../../../shell/app-actions.js';
import { useVaultStatus } from '../../vault/use-vault-status.js';
import { EMPTY_DRAFT, holderFor, type HolderDraft } from './holder-draft.js';
import { checkCertificates, problemsOf } from './holder-validation.js';
import { plannedCertificates, unsettledChoices, type ServiceSelection } from './plan.js';
import { StepCsr } from './step-csr.js';
import { StepFrame } from './step-frame.js';
import { StepHolder } from './step-holder.js';
import { StepKeys } from './step-keys.js';
import { EMPTY_SERVICE_FORM, StepService, type ServiceForm } from './step-service.js';
import { useGeneration } from './use-generation.js';
import { VAULT_PLACE, type KeyPlace } from './key-place.js';
import { PinDialog } from '../../tokens/pin-dialog.js';
import { thrownTokenError } from '../../tokens/token-error-text.js';
import { useApi } from '../../../api-context.js';

const selectionOf = (form: ServiceForm): ServiceSelection =>
  form.mode === 'product'
    ? { mode: 'product', product: form.product }
    : { mode: 'projects', projects: form.projects, choices: form.choices };

/** The four steps of an order, from "which service?" to the CSR on the platform. */
export const OrderWizard = ({ active }: { active: boolean }) => {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { navigate } = useAppActions();
  const [step, setStep] = useState(0);
  const [attempted, setAttempted] = useState<readonly number[]>([]);
  const [service, setService] = useState<ServiceForm>(EMPTY_SERVICE_FORM);
  const [draft, setDraft] = useState<HolderDraft>(EMPTY_DRAFT);
  const [keyBits, setKeyBits] = useState<KeyBits>(2048);
  const [keyPlace, setKeyPlace] = useState<KeyPlace>(VAULT_PLACE);
  /** Open while the PIN of the chosen card or token is asked, before any key is made. */
  const [askingPin, setAskingPin] = useState(false);
  const api = useApi();
  const vault = useVaultStatus(step === 2);
  const generation = useGeneration();
  const heading = useRef<HTMLHeadingElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) firstRender.current = false;
    else heading.current?.focus();
  }, [step]);

  const selection = useMemo(() => selectionOf(service), [service]);
  const planned = useMemo(() => plannedCertificates(selection), [selection]);
  const choices = useMemo(() => unsettledChoices(selection), [selection]);
  const checks = useMemo(() => checkCertificates(draft, planned), [draft, planned]);
  const problems = useMemo(
    () => ({
      ...problemsOf(generation.holderErrors, draft, language),
      ...problemsOf(checks, draft, language),
    }),
    [generation.holderErrors, checks, draft, language],
  );
  // Once orders exist, what they were made from must not change under them.
  const locked = generation.runs.some((r) => r.order !== null);

  const stepValid = [
    planned.length > 0 && choices.length === 0 && service.environment !== null,
    checks.every((c) => c.spec !== null),
    generation.allDone,
    true,
  ];
  const next = () => {
    setAttempted((a) => (a.includes(step) ? a : [...a, step]));
    if (stepValid[step]) {
      setStep((s) => Math.min(s + 1, 3));
      return;
    }
    // Take the keyboard to the first field to fix (errors render on the next frame).
    requestAnimationFrame(() => {
      const root = frame.current;
      const field = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (field) field.focus();
      else root?.querySelector('[data-testid="field-error"]')?.scrollIntoView({ block: 'center' });
    });
  };
  const generate = (onToken?: { token: { module: string; serial: string }; pin: string }) => {
    const environment = service.environment;
    if (environment === null) return;
    const run = generation.start(
      planned,
      (p) => ({
        product: p.product,
        environment,
        holder: holderFor(draft, p),
        projects: [...p.projects],
        keyBits,
      }),
      onToken,
    );
    // The vault's key count changed (and a failure may mean it locked): ask again.
    void run.then(vault.reload);
  };
  /**
   * On a card or token: the PIN is tried once first (a wrong one is said in the dialog, with
   * the tries left), then every key of the order is made with it. It is not kept after that.
   */
  const generateOnToken = async (pin: string) => {
    if (keyPlace.kind !== 'token') return null;
    const tried = await api.tokens
      .checkPin({ token: keyPlace.ref, pin })
      .catch((c: unknown) => ({ ok: false as const, error: thrownTokenError(c) }));
    if (!tried.ok) return tried.error;
    generate({ token: keyPlace.ref, pin });
    return null;
  };
  const restart = () => {
    generation.reset();
    setService(EMPTY_SERVICE_FORM);
    setDraft(EMPTY_DRAFT);
    setKeyBits(2048);
    setKeyPlace(VAULT_PLACE);
    setAttempted([]);
    setStep(0);
  };

  return (
    <Stack gap="xl" ref={frame}>
      <Stepper active={step} onStepClick={(s) => setStep(s)} allowNextStepsSelect={false} size="sm" wrap>
        <Stepper.Step
          label={t('wizard.steps.service')}
          description={t('wizard.steps.serviceHint')}
          allowStepSelect={!locked}
        >
          <StepFrame title={t('wizard.steps.service')} headingRef={heading}>
            <StepService
              form={service}
              onChange={(change) => setService((s) => ({ ...s, ...change }))}
              planned={planned}
              choices={choices}
              attempted={attempted.includes(0)}
            />
          </StepFrame>
        </Stepper.Step>
        <Stepper.Step
          label={t('wizard.steps.holder')}
          description={t('wizard.steps.holderHint')}
          allowStepSelect={!locked}
        >
          <StepFrame title={t('wizard.steps.holder')} headingRef={heading}>
            <StepHolder
              draft={draft}
              onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
              checks={checks}
              problems={problems}
              attempted={attempted.includes(1) || generation.holderErrors.length > 0}
            />
          </StepFrame>
        </Stepper.Step>
        <Stepper.Step label={t('wizard.steps.keys')} description={t('wizard.steps.keysHint')}>
          <StepFrame title={t('wizard.steps.keys')} headingRef={heading}>
            <StepKeys
              keyBits={keyBits}
              onKeyBits={setKeyBits}
              vault={vault.state}
              keyPlace={keyPlace}
              onKeyPlace={setKeyPlace}
              onVaultReady={vault.replace}
              onVaultRetry={vault.reload}
              runs={generation.runs}
              plannedCount={planned.length}
              running={generation.running}
              allDone={generation.allDone}
              onGenerate={() => (keyPlace.kind === 'token' ? setAskingPin(true) : generate())}
              holderRefused={generation.holderErrors.length > 0}
              onFixHolder={() => setStep(1)}
            />
          </StepFrame>
        </Stepper.Step>
        <Stepper.Step label={t('wizard.steps.csr')} description={t('wizard.steps.csrHint')}>
          <StepFrame title={t('wizard.steps.csr')} headingRef={heading}>
            <StepCsr
              runs={generation.runs}
              shown={active}
              onOrder={generation.updateOrder}
              onNewOrder={restart}
              onShowOrders={() => navigate('orders')}
            />
          </StepFrame>
        </Stepper.Step>
      </Stepper>
      <PinDialog
        token={askingPin && keyPlace.kind === 'token' ? keyPlace.token : null}
        purpose={t('wizard.keys.pinPurpose', { count: planned.length })}
        submitLabel={t('wizard.keys.generate', { count: planned.length })}
        onSubmit={generateOnToken}
        onClose={() => setAskingPin(false)}
      />
      {step < 3 && (
        <Group justify="space-between">
          <Button
            variant="default"
            onClick={() => setStep((s) => Math.max(s - 1, 0))}
            disabled={step === 0 || (locked && step <= 2)}
            data-testid="wizard-back"
          >
            {t('wizard.back')}
          </Button>
          <Button onClick={next} data-testid="wizard-next">
            {step === 2 ? t('wizard.toCsr') : t('wizard.next')}
          </Button>
        </Group>
      )}
    </Stack>
  );
};
