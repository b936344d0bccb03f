import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';

/**
 * The few Electron APIs the shell calls, recording what it asks for. No Electron binary can
 * run here, so the shell's real code (window options, menu, session hardening, app
 * protocol, IPC registration, preload) runs against this through `vi.mock('electron')`;
 * the real app is driven by test/electron/ where a binary is installed.
 */
type Handler = (...args: never[]) => unknown;

/** A navigation / attach event as Electron passes it: details on the event, preventable. */
export type FakeEvent = { url?: string; defaultPrevented: boolean; preventDefault(): void };
export const fakeEvent = (url?: string): FakeEvent => ({
  ...(url === undefined ? {} : { url }),
  defaultPrevented: false,
  preventDefault() {
    this.defaultPrevented = true;
  },
});

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: { channel: string; payload: unknown }[] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  isDestroyed() {
    return false;
  }
}

const appEvents = new EventEmitter();

export const fake = {
  isPackaged: false,
  menus: [] as MenuItemConstructorOptions[][],
  windows: [] as { options: BrowserWindowConstructorOptions; loaded: string[] }[],
  opened: [] as string[],
  permissionRequest: null as Handler | null,
  permissionCheck: null as Handler | null,
  devicePermission: null as Handler | null,
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  ipcHandlers: new Map<string, (event: unknown, args: unknown) => Promise<unknown>>(),
  ipcListeners: new Map<string, (event: unknown) => void>(),
  exposed: new Map<string, unknown>(),
  invoked: [] as { channel: string; args: unknown }[],
  rendererSent: [] as string[],
  appEvents,
  reset() {
    fake.isPackaged = false;
    fake.menus = [];
    fake.windows = [];
    fake.opened = [];
    fake.permissionRequest = fake.permissionCheck = fake.devicePermission = null;
    fake.privilegedSchemes = [];
    fake.protocolHandlers.clear();
    fake.ipcHandlers.clear();
    fake.ipcListeners.clear();
    fake.exposed.clear();
    fake.invoked = [];
    fake.rendererSent = [];
    appEvents.removeAllListeners();
  },
};

class FakeBrowserWindow {
  readonly record: { options: BrowserWindowConstructorOptions; loaded: string[] };
  constructor(options: BrowserWindowConstructorOptions) {
    this.record = { options, loaded: [] };
    fake.windows.push(this.record);
  }
  once() {
    return this;
  }
  show() {}
  loadURL(url: string) {
    this.record.loaded.push(url);
    return Promise.resolve();
  }
}

/** What `vi.mock('electron', …)` returns. */
export const electronModule = {
  app: {
    get isPackaged() {
      return fake.isPackaged;
    },
    on: (name: string, listener: (...args: unknown[]) => void) => appEvents.on(name, listener),
  },
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
    setApplicationMenu: (menu: { template: MenuItemConstructorOptions[] }) => fake.menus.push(menu.template),
  },
  BrowserWindow: FakeBrowserWindow,
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: Handler) => (fake.permissionRequest = h),
      setPermissionCheckHandler: (h: Handler) => (fake.permissionCheck = h),
      setDevicePermissionHandler: (h: Handler) => (fake.devicePermission = h),
    },
  },
  shell: { openExternal: async (url: string) => void fake.opened.push(url) },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privilegedSchemes.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
      fake.protocolHandlers.set(scheme, handler),
  },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, args: unknown) => Promise<unknown>) =>
      fake.ipcHandlers.set(channel, handler),
    on: (channel: string, listener: (event: unknown) => void) => fake.ipcListeners.set(channel, listener),
    removeHandler: (channel: string) => fake.ipcHandlers.delete(channel),
    removeAllListeners: (channel: string) => fake.ipcListeners.delete(channel),
  },
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api),
  },
  ipcRenderer: {
    on: () => undefined,
    invoke: async (channel: string, args: unknown) => void fake.invoked.push({ channel, args }),
    send: (channel: string) => void fake.rendererSent.push(channel),
  },
};
