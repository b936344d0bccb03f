import { spawn } from 'node:child_process';

/**
 * Hands a URL to the system's browser (xdg-open, open, start). Never throws and never
 * waits: false when it cannot be tried (on Linux, no display to show it on); a missing
 * program is ignored (the address is printed anyway).
 */
export const openInBrowser = (url: string, env: NodeJS.ProcessEnv = process.env): boolean => {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  if (process.platform === 'linux' && !env['DISPLAY'] && !env['WAYLAND_DISPLAY']) return false;
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
};
