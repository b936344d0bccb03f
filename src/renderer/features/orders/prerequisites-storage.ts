const STORAGE_KEY = 'vigie.orders.prerequisitesDismissed';

export const prerequisitesDismissed = (): boolean => {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'yes';
  } catch {
    return false;
  }
};

export const dismissPrerequisites = (): void => {
  try {
    window.localStorage.setItem(STORAGE_KEY, 'yes');
  } catch {
    // Private mode or a locked profile: the checklist comes back next time, no harm.
  }
};
