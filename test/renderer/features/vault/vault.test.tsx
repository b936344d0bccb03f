import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { passphraseStrength } from '../../../../src/renderer/features/vault/passphrase-strength.js';
import { useVaultStatus } from '../../../../src/renderer/features/vault/use-vault-status.js';
import { VaultPanel } from '../../../../src/renderer/features/vault/vault-panel.js';
import type { VaultStatus } from '../../../../src/shared/model/vault.js';
import { renderWithApi } from '../../helpers/render-ui.js';

const NOT_SET_UP: VaultStatus = { mode: 'not-set-up', locked: false, keyringAvailable: true, keyCount: 0 };
const KEYRING: VaultStatus = { mode: 'keyring', locked: false, keyringAvailable: true, keyCount: 0 };

const Harness = () => {
  const vault = useVaultStatus(true);
  return <VaultPanel state={vault.state} onReady={vault.replace} onRetry={vault.reload} />;
};

describe('key vault panel', () => {
  it('first use: one click protects the vault with the system keychain', async () => {
    const setup = vi.fn(async () => ({ ok: true as const, value: KEYRING }));
    renderWithApi(<Harness />, { vault: { status: vi.fn(async () => NOT_SET_UP), setup } });
    expect(await screen.findByRole('heading', { name: 'Protéger le coffre des clés' })).toBeTruthy();
    fireEvent.click(screen.getByTestId('vault-setup-keyring'));
    expect(await screen.findByText(/Coffre protégé par le trousseau du système\./)).toBeTruthy();
    expect(setup).toHaveBeenCalledWith({ mode: 'keyring' });
  });

  it('a passphrase instead: at least 10 characters, typed twice, with a strength hint', async () => {
    const setup = vi.fn(async () => ({
      ok: true as const,
      value: { ...KEYRING, mode: 'passphrase' as const },
    }));
    renderWithApi(<Harness />, { vault: { status: vi.fn(async () => NOT_SET_UP), setup } });
    fireEvent.click(await screen.findByRole('button', { name: 'Utiliser plutôt une phrase secrète' }));

    fireEvent.change(screen.getByTestId('vault-passphrase'), { target: { value: 'court' } });
    expect(screen.getByText('Trop courte')).toBeTruthy();
    fireEvent.click(screen.getByTestId('vault-setup-passphrase'));
    expect(screen.getByText('Trop courte : au moins 10 caractères.')).toBeTruthy();
    expect(setup).not.toHaveBeenCalled();

    const phrase = 'cheval agrafe batterie correcte';
    fireEvent.change(screen.getByTestId('vault-passphrase'), { target: { value: phrase } });
    expect(screen.getByText('Solide')).toBeTruthy();
    fireEvent.change(screen.getByTestId('vault-passphrase-again'), { target: { value: `${phrase}!` } });
    fireEvent.click(screen.getByTestId('vault-setup-passphrase'));
    expect(screen.getByText('Les deux saisies sont différentes.')).toBeTruthy();
    expect(setup).not.toHaveBeenCalled();

    fireEvent.change(screen.getByTestId('vault-passphrase-again'), { target: { value: phrase } });
    fireEvent.click(screen.getByTestId('vault-setup-passphrase'));
    expect(await screen.findByText(/Coffre déverrouillé pour cette session\./)).toBeTruthy();
    expect(setup).toHaveBeenCalledWith({ mode: 'passphrase', passphrase: phrase });
  });

  it('no keychain on this machine: the passphrase form is offered straight away', async () => {
    renderWithApi(<Harness />, {
      vault: { status: vi.fn(async () => ({ ...NOT_SET_UP, keyringAvailable: false })) },
    });
    expect(await screen.findByText(/Aucun trousseau système n’est disponible/)).toBeTruthy();
    expect(screen.queryByTestId('vault-setup-keyring')).toBeNull();
    expect(screen.getByTestId('vault-passphrase')).toBeTruthy();
  });

  it('a locked passphrase vault asks for it; a wrong one says so and keeps the field', async () => {
    const unlock = vi.fn(async ({ passphrase }: { passphrase: string }) =>
      passphrase === 'la bonne phrase secrète'
        ? { ok: true as const, value: { ...KEYRING, mode: 'passphrase' as const, keyCount: 2 } }
        : { ok: false as const, error: { code: 'wrong-passphrase' as const, message: 'bad tag' } },
    );
    renderWithApi(<Harness />, {
      vault: {
        status: vi.fn(async () => ({ ...KEYRING, mode: 'passphrase' as const, locked: true })),
        unlock,
      },
    });
    const input = (await screen.findByTestId('vault-unlock-input')) as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'pas la bonne' } });
    fireEvent.click(screen.getByTestId('vault-unlock-submit'));
    expect(await screen.findByText(/^Phrase secrète incorrecte\./)).toBeTruthy();
    expect(document.activeElement).toBe(input);

    fireEvent.change(input, { target: { value: 'la bonne phrase secrète' } });
    fireEvent.click(screen.getByTestId('vault-unlock-submit'));
    expect(await screen.findByText('2 clés en attente.', { exact: false })).toBeTruthy();
  });

  it('main refusing the setup is explained, not shown raw', async () => {
    renderWithApi(<Harness />, {
      vault: {
        status: vi.fn(async () => NOT_SET_UP),
        setup: vi.fn(async () => ({
          ok: false as const,
          error: { code: 'keyring-unavailable' as const, message: 'Secret Service not running' },
        })),
      },
    });
    fireEvent.click(await screen.findByTestId('vault-setup-keyring'));
    expect(await screen.findByText(/Le trousseau du système ne répond pas/)).toBeTruthy();
    expect(screen.getByText('Détail technique : Secret Service not running')).toBeTruthy();
  });
});

describe('passphrase strength hint', () => {
  it('length counts most', () => {
    expect(passphraseStrength('abc')).toBe('too-short');
    expect(passphraseStrength('aaaaaaaaaaaa')).toBe('weak');
    expect(passphraseStrength('motdepasse')).toBe('weak');
    expect(passphraseStrength('Motdepasse12')).toBe('fair');
    expect(passphraseStrength('cheval agrafe batterie correcte')).toBe('strong');
  });
});
