// Types for scripts/e2e-env.mjs, so the TypeScript end-to-end harness can import it.

export declare const REPO_ROOT: string;
export declare const NODE_VERSION: string;
export declare const CODE_SERVER_VERSION: string;
export declare const CHROMIUM_PATH: string;
export declare const VSIX_PATH: string;
export declare const FIXTURES_DIR: string;
export declare const INSTALL_DIR: string;
export declare const RUNS_DIR: string;
export declare const USER_SETTINGS: Readonly<Record<string, unknown>>;

export interface CodeServer {
  /** The process (and process group) id. */
  pid: number;
  port: number;
  /** The URL that opens the folder. */
  url: string;
  /** code-server's stdout and stderr. */
  logFile: string;
  /** Settles when code-server's main process has exited. */
  exited: Promise<void>;
  /** Stops the whole process group; safe to call twice. */
  stop(): Promise<void>;
}

export declare function isCodeServerInstalled(): boolean;
export declare function ensureCodeServer(): void;
export declare function requireChromium(): void;
export declare function freePort(): Promise<number>;
export declare function createRunDir(options?: { dir?: string; name?: string }): string;
export declare function writeUserSettings(runDir: string, extra?: Record<string, unknown>): void;
export declare function installVsix(runDir: string, vsixPath?: string): void;
export declare function startCodeServer(options: {
  runDir: string;
  folder: string;
  port?: number;
  timeoutMs?: number;
  inheritOutput?: boolean;
}): Promise<CodeServer>;
export declare function killGroup(pgid: number, signal: NodeJS.Signals): void;
export declare function waitForHealthz(port: number, timeoutMs: number, hasExited?: () => boolean): Promise<void>;
export declare function ensureVsix(options?: { force?: boolean }): void;
