/**
 * What the client does when the language server process dies: restart it, tell the user once, and give up
 * with a clear error when it keeps dying (five times within three minutes), instead of a stream of notices.
 */
import type { CloseAction, CloseHandlerResult, ErrorAction, ErrorHandler, ErrorHandlerResult } from 'vscode-languageclient';

// vscode-languageclient's CloseAction and ErrorAction by value (the type checker holds each to its member):
// importing the enums loads `vscode`, which a unit test does not have.
const DO_NOT_RESTART: CloseAction.DoNotRestart = 1;
const RESTART: CloseAction.Restart = 2;
const CONTINUE: ErrorAction.Continue = 1;
const SHUTDOWN: ErrorAction.Shutdown = 2;

/** Restarts allowed within {@link WINDOW_MS} before the client gives up. */
export const MAX_RESTARTS = 4;
export const WINDOW_MS = 3 * 60 * 1000;

export const RESTARTED_MESSAGE =
  'The NSX Framework language server stopped unexpectedly and has been restarted. ' +
  'If it happens again it restarts silently; the "NSX Framework" output has the details.';
export const GAVE_UP_MESSAGE =
  `The NSX Framework language server stopped ${MAX_RESTARTS + 1} times in 3 minutes and will not be restarted. ` +
  'Run "Developer: Reload Window" to start it again; the "NSX Framework" output has the details.';

/** An error handler for the language client; `warn` shows a warning (called at most once per session). */
export function createRestartingErrorHandler(warn: (message: string) => void, now: () => number = Date.now): ErrorHandler {
  const restarts: number[] = [];
  let warned = false;
  return {
    error(_error, _message, count): ErrorHandlerResult {
      // A few transport errors in a row may pass; a stream of them means the connection is gone.
      return { action: count !== undefined && count <= 3 ? CONTINUE : SHUTDOWN, handled: count !== undefined && count <= 3 };
    },
    closed(): CloseHandlerResult {
      const t = now();
      restarts.push(t);
      while (restarts.length && restarts[0] < t - WINDOW_MS) restarts.shift();
      if (restarts.length > MAX_RESTARTS) return { action: DO_NOT_RESTART, message: GAVE_UP_MESSAGE };
      if (!warned) {
        warned = true;
        warn(RESTARTED_MESSAGE);
      }
      // handled: the client shows no notice of its own for the restart.
      return { action: RESTART, handled: true };
    },
  };
}
