import {
  IconBrandApple,
  IconBrandWindows,
  IconClipboardList,
  IconFileCertificate,
  IconFolder,
  IconId,
  IconLock,
  IconServer,
  IconWorld,
  type Icon,
} from '@tabler/icons-react';
import type { LocationSource } from '../../../shared/model/inventory.js';

/** One icon per kind of place, in the list and the drawer. */
export const SOURCE_ICON: Readonly<Record<LocationSource, Icon>> = {
  vault: IconLock,
  order: IconClipboardList,
  nss: IconWorld,
  'windows-store': IconBrandWindows,
  'macos-keychain': IconBrandApple,
  folder: IconFolder,
  endpoint: IconServer,
  token: IconId,
  added: IconFileCertificate,
};
