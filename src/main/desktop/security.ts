import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import type { ElectronPort } from '../electron/electron-port';

/** Sites the app links to and may open in the user's browser. It links to none today, so nothing is ever opened. */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [];

/** True only for an https: link to a host on the allow-list. */
export function mayOpenExternally(url: string, allowedHosts: readonly string[] = EXTERNAL_LINK_HOSTS): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && allowedHosts.includes(parsed.hostname);
  } catch {
    return false;
  }
}

/**
 * App-wide rules: no permissions, the CSP on every response, no navigation away from the app's page
 * (top frame, subframes, redirects), no new windows (an allowed link goes to the browser), no webviews.
 */
export function applySecurityPolicy(electron: ElectronPort, isAppUrl: (url: string) => boolean): void {
  electron.session.setPermissionRequestHandler((_permission, callback) => callback(false));
  electron.session.setPermissionCheckHandler(() => false);
  electron.session.setResponseHeaders(() => ({ 'Content-Security-Policy': CONTENT_SECURITY_POLICY }));
  electron.app.onWebContentsCreated((contents) => {
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate'] as const) {
      contents.onNavigate(event, (navigation, url) => {
        if (!isAppUrl(url)) navigation.preventDefault();
      });
    }
    contents.onAttachWebview((attach) => attach.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (mayOpenExternally(url)) void electron.shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
