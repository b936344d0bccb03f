import { useEffect, useEffectEvent, useRef } from 'react';

/** Any dialog layer: the drawer, a modal or a popover opened from it (Mantine gives each this role). */
const LAYER = '[role="dialog"]';

/**
 * Whether something is open over the drawer. Read from the page rather than from a registry the
 * dialogs would join: the drawer opens dialogs it does not own (custody, install), and a layer
 * still in the page is one that has not closed yet, whoever opened it.
 */
const layerAbove = (drawer: Element): boolean =>
  Array.from(document.querySelectorAll(LAYER)).some((layer) => layer !== drawer && !layer.contains(drawer));

/**
 * The drawer as the bottom of a stack of layers, the way a keyboard user expects:
 * - Escape closes only the topmost layer. Mantine's drawer would also close on an Escape meant
 *   for a modal over it (both listen on the window, and Modal.Stack cannot hold a drawer), so the
 *   drawer is given `closeOnEscape={false}` and this closes it on an Escape pressed in it, or
 *   pressed with the focus nowhere while nothing is open over it.
 * - When a layer over it closes, the focus comes back to where it was in the drawer. Mantine
 *   returns it only for a modal that stays mounted; the custody dialogs unmount on close (their
 *   secrets leave memory with them), which would drop the focus on the page behind.
 *
 * Returns a ref for an element inside the drawer, by which it finds its own layer.
 */
export const useDrawerLayers = (opened: boolean, onClose: () => void) => {
  const anchorRef = useRef<HTMLDivElement>(null);
  // Remembered across layers: what had the focus in the drawer before one opened over it.
  const lastFocused = useRef<HTMLElement | null>(null);
  // Listeners set up once per opening, whatever the caller does with its callback's identity.
  const close = useEffectEvent(onClose);

  useEffect(() => {
    if (!opened) return;
    const drawer = () => anchorRef.current?.closest(LAYER) ?? null;

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing || event.defaultPrevented) return;
      const layer = drawer();
      if (!layer) return;
      const target = event.target instanceof Element ? event.target : null;
      // Mantine's own signal that a menu or combobox inside the drawer takes this Escape.
      if (target?.getAttribute('data-mantine-stop-propagation') === 'true') return;
      // Decided by where the key was pressed, not by what is still in the page: in Electron the
      // modal that took this Escape may already be gone when it reaches the window (React
      // renders between listeners), while the target keeps the layer it was pressed in.
      const nowhere = target === null || target === document.body || target === document.documentElement;
      if (nowhere ? !layerAbove(layer) : target.closest(LAYER) === layer) close();
    };

    const onFocusIn = (event: FocusEvent) => {
      const layer = drawer();
      if (layer && event.target instanceof HTMLElement && event.target.closest(LAYER) === layer)
        lastFocused.current = event.target;
    };

    // A layer closing removes nodes; if the focus went with them, it comes back to the drawer.
    const observer = new MutationObserver(() => {
      const layer = drawer();
      const active = document.activeElement;
      if (!layer || (active !== null && active !== document.body) || layerAbove(layer)) return;
      const back = lastFocused.current?.isConnected ? lastFocused.current : layer;
      if (back instanceof HTMLElement) back.focus({ preventScroll: true });
    });

    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
      lastFocused.current = null;
    };
  }, [opened]);

  return anchorRef;
};
