import type {
  AppWindow,
  AppWindowOptions,
  CustomScheme,
  ElectronPort,
  MenuItemConstructorOptions,
  MessageBoxSyncOptions,
  OpenDialogOptions,
  PageContents,
  PreventableEvent,
  PrintToPDFOptions,
  SaveDialogOptions,
  SenderFrame,
  WebContentsPrintOptions,
} from '../electron/electron-port';
import type { ForkUtility } from '../workers/utility-process-runner';
import { forkNodeUtility } from './node-utility-process';

type Listener = (...args: never[]) => void;

/** A preventable event that remembers whether it was prevented. */
export function preventable(): PreventableEvent & { prevented: boolean } {
  const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
  return event;
}

/** Web contents that record the shell's rules and let a test try what a page (or an attacker) would. */
export class StandInContents implements PageContents {
  readonly sent: string[] = [];
  zoomFactor = 1;
  private readonly listeners = new Map<string, Listener[]>();
  private openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  /** Called when the main side sends the page a message (a test plays the page's part here). */
  onSend: (channel: string) => void = () => {};

  onNavigate(
    kind: 'will-navigate' | 'will-redirect' | 'will-frame-navigate',
    listener: (event: PreventableEvent, url: string) => void,
  ): void {
    this.add(kind, listener);
  }
  onAttachWebview(listener: (event: PreventableEvent) => void): void {
    this.add('will-attach-webview', listener);
  }
  onDidFinishLoad(listener: () => void): void {
    this.add('did-finish-load', listener);
  }
  private add(event: string, listener: Listener): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  setZoomFactor(factor: number): void {
    this.zoomFactor = factor;
  }
  send(channel: string): void {
    this.sent.push(channel);
    this.onSend(channel);
  }
  readonly printed: { options: WebContentsPrintOptions }[] = [];
  readonly pdfs: PrintToPDFOptions[] = [];
  title = 'Deputy Desk';
  print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void {
    this.printed.push({ options });
    callback(true, '');
  }
  async printToPDF(options: PrintToPDFOptions): Promise<Uint8Array> {
    this.pdfs.push(options);
    return new TextEncoder().encode('%PDF-1.7 stand-in');
  }
  getTitle(): string {
    return this.title;
  }
  /** Tries a navigation; answers whether the shell let it happen. */
  navigate(kind: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string): boolean {
    const event = preventable();
    for (const listener of this.listeners.get(kind) ?? []) (listener as (e: PreventableEvent, url: string) => void)(event, url);
    return !event.prevented;
  }
  attachWebview(): boolean {
    const event = preventable();
    for (const listener of this.listeners.get('will-attach-webview') ?? []) (listener as (e: PreventableEvent) => void)(event);
    return !event.prevented;
  }
  openWindow(url: string): 'allow' | 'deny' {
    return this.openHandler ? this.openHandler({ url }).action : 'allow';
  }
  finishLoad(): void {
    for (const listener of this.listeners.get('did-finish-load') ?? []) (listener as () => void)();
  }
}

export class StandInWindow implements AppWindow {
  readonly contents = new StandInContents();
  minimized = false;
  focused = 0;
  constructor(readonly options: AppWindowOptions) {}
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused += 1;
  }
}

export interface StandInOptions {
  singleInstance?: boolean;
  userData: string;
  appPath: string;
  /** An installed app: resources are read from here. */
  resourcesPath?: string;
  locale?: string;
  platform?: NodeJS.Platform;
  /** Electron's utilityProcess.fork: a Node child process unless a test says otherwise. */
  forkUtility?: ForkUtility;
}

/**
 * A typed stand-in for Electron: it implements ElectronPort, records what the shell asks of it and
 * emits what Electron would (second instance, before-quit, web contents, IPC from a frame).
 */
export function electronStandIn(options: StandInOptions) {
  const appListeners = new Map<string, Listener[]>();
  const ipcHandlers = new Map<string, (sender: SenderFrame | null, ...args: unknown[]) => Promise<unknown>>();
  const ipcOnce = new Map<string, ((sender: SenderFrame | null) => void)[]>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const add = (event: string, listener: Listener) => appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
  const emit = (event: string, ...args: unknown[]) => {
    for (const listener of appListeners.get(event) ?? []) (listener as (...a: unknown[]) => void)(...args);
  };
  const record = {
    quits: 0,
    exitCode: null as number | null,
    privilegedSchemes: [] as CustomScheme[],
    readyWhenSchemesRegistered: null as boolean | null,
    menu: null as MenuItemConstructorOptions[] | null,
    windows: [] as StandInWindow[],
    openedExternally: [] as string[],
    messageBoxes: [] as MessageBoxSyncOptions[],
    saveDialogs: [] as { owner: AppWindow | null; options: SaveDialogOptions }[],
    openDialogs: [] as { owner: AppWindow | null; options: OpenDialogOptions }[],
    utilityForks: [] as { modulePath: string; execArgv: string[] }[],
    errorBoxes: [] as { title: string; content: string }[],
    permissionRequestHandler: null as ((permission: string, callback: (granted: boolean) => void) => void) | null,
    permissionCheckHandler: null as ((permission: string) => boolean) | null,
    responseHeaders: null as ((url: string) => Record<string, string>) | null,
  };
  /** What the dialogs answer: set by a test before the shell asks. */
  const answers = {
    messageBox: 0,
    saveDialog: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
    openDialog: { canceled: true, filePaths: [] as string[] },
  };
  let ready = false;

  const port: ElectronPort = {
    platform: options.platform ?? 'linux',
    app: {
      isPackaged: options.resourcesPath !== undefined,
      resourcesPath: options.resourcesPath ?? '',
      requestSingleInstanceLock: () => options.singleInstance ?? true,
      getPreferredSystemLanguages: () => ['en-US'],
      whenReady: async () => {
        ready = true;
      },
      quit: () => void (record.quits += 1),
      exit: (code) => void (record.exitCode = code),
      getPath: () => options.userData,
      getAppPath: () => options.appPath,
      getVersion: () => '0.0.0-test',
      getLocale: () => options.locale ?? 'en-US',
      on: (event, listener) => add(event, listener),
      onBeforeQuit: (listener) => add('before-quit', listener),
      onWebContentsCreated: (listener) => add('web-contents-created', listener),
    },
    ipc: {
      handle: (channel, handler) => void ipcHandlers.set(channel, handler),
      once: (channel, listener) => void ipcOnce.set(channel, [...(ipcOnce.get(channel) ?? []), listener]),
    },
    session: {
      setPermissionRequestHandler: (handler) => void (record.permissionRequestHandler = handler),
      setPermissionCheckHandler: (handler) => void (record.permissionCheckHandler = handler),
      setResponseHeaders: (headers) => void (record.responseHeaders = headers),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes) => {
        record.privilegedSchemes.push(...schemes);
        record.readyWhenSchemesRegistered = ready;
      },
      handle: (scheme, handler) => void protocolHandlers.set(scheme, handler),
    },
    dialog: {
      showMessageBoxSync: (box) => {
        record.messageBoxes.push(box);
        return answers.messageBox;
      },
      showSaveDialog: async (owner, dialogOptions) => {
        record.saveDialogs.push({ owner, options: dialogOptions });
        return { ...answers.saveDialog };
      },
      showOpenDialog: async (owner, dialogOptions) => {
        record.openDialogs.push({ owner, options: dialogOptions });
        return { ...answers.openDialog };
      },
      showErrorBox: (title, content) => void record.errorBoxes.push({ title, content }),
    },
    shell: { openExternal: async (url) => void record.openedExternally.push(url) },
    forkUtility: (modulePath, forkOptions) => {
      record.utilityForks.push({ modulePath, execArgv: forkOptions.execArgv });
      return (options.forkUtility ?? forkNodeUtility)(modulePath, forkOptions);
    },
    setApplicationMenu: (template) => void (record.menu = template),
    createWindow: (windowOptions) => {
      const window = new StandInWindow(windowOptions);
      record.windows.push(window);
      emit('web-contents-created', window.contents);
      return window;
    },
  };

  return {
    port,
    record,
    answers,
    emit,
    /** Electron's before-quit: answers whether the shell held the quit back. */
    beforeQuit(): boolean {
      const event = preventable();
      emit('before-quit', event);
      return event.prevented;
    },
    /** New web contents (a subframe's page, a webview, a window someone opened). */
    createContents(): StandInContents {
      const contents = new StandInContents();
      emit('web-contents-created', contents);
      return contents;
    },
    /** An IPC call from a frame, as ipcRenderer.invoke would send it. */
    invoke(channel: string, sender: SenderFrame | null, ...args: unknown[]): Promise<unknown> {
      const handler = ipcHandlers.get(channel);
      if (!handler) throw new Error(`no IPC handler on ${channel}`);
      return handler(sender, ...args);
    },
    /** A one-way message from a page (ipcRenderer.send). */
    sendFromPage(channel: string, sender: SenderFrame | null): void {
      const listeners = ipcOnce.get(channel) ?? [];
      ipcOnce.delete(channel);
      for (const listener of listeners) listener(sender);
    },
    fetchScheme(scheme: string, url: string): Promise<Response> {
      const handler = protocolHandlers.get(scheme);
      if (!handler) throw new Error(`no handler for ${scheme}:`);
      return handler(new Request(url));
    },
  };
}

export type ElectronStandIn = ReturnType<typeof electronStandIn>;
