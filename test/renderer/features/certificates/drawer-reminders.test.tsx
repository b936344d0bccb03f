import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DrawerReminders } from '../../../../src/renderer/features/certificates/drawer-reminders.js';
import type { EntryDeadlines } from '../../../../src/shared/model/inventory.js';
import { renderWithApi } from '../../helpers/render-ui.js';
import { detailOf, igcEntry } from './inventory-fixtures.js';

const ENTRY = igcEntry(40, 'renew-soon');
const GLOBAL = { thresholds: [90, 60, 30, 14, 7, 1], renewNowDays: 30 };
const detail = (own: EntryDeadlines['own']) => detailOf(ENTRY, { deadlines: { own, global: GLOBAL } });
const saved = vi.fn(
  async (args: { sha256: string; thresholds: number[] | null; renewNowDays: number | null }) => ({
    ok: true as const,
    value: { own: { thresholds: args.thresholds, renewNowDays: args.renewNowDays }, global: GLOBAL },
  }),
);

describe("the drawer's reminders", () => {
  it('shows the general settings it follows, and saves only what differs from them', async () => {
    saved.mockClear();
    renderWithApi(<DrawerReminders detail={detail({ thresholds: null, renewNowDays: null })} />, {
      inventory: { setCertificateDeadlines: saved },
    });
    expect(screen.getByTestId('drawer-reminders-source').textContent).toBe('Réglages généraux');
    expect(screen.getByText('Rappels (jours avant l’échéance) : 90, 60, 30, 14, 7, 1')).toBeTruthy();

    fireEvent.click(screen.getByTestId('drawer-reminders-edit'));
    expect(screen.queryByTestId('drawer-reminders-global')).toBeNull(); // nothing of its own yet
    fireEvent.change(screen.getByTestId('drawer-reminders-thresholds'), { target: { value: '120, 45 ; 7' } });
    fireEvent.click(screen.getByTestId('drawer-reminders-save'));
    await waitFor(() =>
      expect(saved).toHaveBeenCalledWith({
        sha256: ENTRY.sha256,
        thresholds: [120, 45, 7],
        renewNowDays: null,
      }),
    );
    await waitFor(() => expect(screen.getByTestId('drawer-reminders-edit')).toBeTruthy());
  });

  it('shows its own settings, refuses what is not whole days, and goes back to the general ones', async () => {
    saved.mockClear();
    renderWithApi(<DrawerReminders detail={detail({ thresholds: [120, 45], renewNowDays: null })} />, {
      inventory: { setCertificateDeadlines: saved },
    });
    expect(screen.getByTestId('drawer-reminders-source').textContent).toBe('Propres à ce certificat');
    expect(screen.getByText('Rappels (jours avant l’échéance) : 120, 45')).toBeTruthy();
    fireEvent.click(screen.getByTestId('drawer-reminders-edit'));
    fireEvent.change(screen.getByTestId('drawer-reminders-thresholds'), { target: { value: '30, dix' } });
    expect((screen.getByTestId('drawer-reminders-save') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('drawer-reminders-global'));
    await waitFor(() =>
      expect(saved).toHaveBeenCalledWith({ sha256: ENTRY.sha256, thresholds: null, renewNowDays: null }),
    );
  });

  it('shows nothing for a detail without reminder settings', () => {
    renderWithApi(<DrawerReminders detail={detailOf(ENTRY)} />);
    expect(screen.queryByTestId('drawer-reminders')).toBeNull();
  });
});
