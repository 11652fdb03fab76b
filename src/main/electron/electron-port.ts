import type {
  CustomScheme,
  MenuItemConstructorOptions,
  MessageBoxSyncOptions,
  OpenDialogOptions,
  OpenDialogReturnValue,
  PrintToPDFOptions,
  SaveDialogOptions,
  SaveDialogReturnValue,
  WebContentsPrintOptions,
} from 'electron';
import type { ForkUtility } from '../workers/utility-process-runner';

export type {
  CustomScheme,
  MenuItemConstructorOptions,
  MessageBoxSyncOptions,
  OpenDialogOptions,
  PrintToPDFOptions,
  SaveDialogOptions,
  WebContentsPrintOptions,
};

/**
 * The part of Electron the desktop shell uses, as narrow typed interfaces. The shell takes it by
 * injection (like the services take their platform): `electron-binding.ts` binds it to Electron,
 * tests to a stand-in that records calls and emits events (src/main/test-support/electron-stand-in.ts).
 */
export interface ElectronPort {
  readonly app: AppPort;
  readonly ipc: IpcPort;
  readonly session: SessionPort;
  readonly protocol: ProtocolPort;
  readonly dialog: DialogPort;
  readonly shell: { openExternal(url: string): Promise<void> };
  setApplicationMenu(template: MenuItemConstructorOptions[]): void;
  createWindow(options: AppWindowOptions): AppWindow;
  /** Electron's utilityProcess.fork: where imported files are parsed. */
  forkUtility: ForkUtility;
  readonly platform: NodeJS.Platform;
}

export interface PreventableEvent {
  preventDefault(): void;
}

/** A frame that sent an IPC message: the top frame has no parent. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: SenderFrame | null;
}

export interface AppPort {
  /** The system's languages, most preferred first: the language the main side speaks before the deputy picks one. */
  getPreferredSystemLanguages(): string[];
  /** True in an installed app: its resources then sit in `resourcesPath`, outside the asar archive. */
  readonly isPackaged: boolean;
  readonly resourcesPath: string;
  requestSingleInstanceLock(): boolean;
  whenReady(): Promise<void>;
  quit(): void;
  exit(code: number): void;
  getPath(name: 'userData'): string;
  getAppPath(): string;
  getVersion(): string;
  getLocale(): string;
  on(event: 'second-instance' | 'window-all-closed', listener: () => void): void;
  onBeforeQuit(listener: (event: PreventableEvent) => void): void;
  onWebContentsCreated(listener: (contents: PageContents) => void): void;
}

export interface IpcPort {
  handle(channel: string, handler: (sender: SenderFrame | null, ...args: unknown[]) => Promise<unknown>): void;
  /** Waits for one message on a channel (from any page). */
  once(channel: string, listener: (sender: SenderFrame | null) => void): void;
}

export interface SessionPort {
  setPermissionRequestHandler(handler: (permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (permission: string) => boolean): void;
  /** Adds or replaces response headers of every response the session receives. */
  setResponseHeaders(headers: (url: string) => Record<string, string>): void;
}

export interface ProtocolPort {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
}

export interface DialogPort {
  showMessageBoxSync(options: MessageBoxSyncOptions): number;
  showSaveDialog(owner: AppWindow | null, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showOpenDialog(owner: AppWindow | null, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showErrorBox(title: string, content: string): void;
}

/** Everything a page's web contents can try that the shell has a rule for. */
export interface PageContents {
  onNavigate(
    kind: 'will-navigate' | 'will-redirect' | 'will-frame-navigate',
    listener: (event: PreventableEvent, url: string) => void,
  ): void;
  onAttachWebview(listener: (event: PreventableEvent) => void): void;
  onDidFinishLoad(listener: () => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  setZoomFactor(factor: number): void;
  send(channel: string): void;
  print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void;
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  getTitle(): string;
}

export interface AppWindowOptions {
  preloadPath: string;
  startUrl: string;
  title: string;
}

export interface AppWindow {
  readonly contents: PageContents;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}
