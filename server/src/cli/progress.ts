/** A one-line progress bar on a terminal's standard error; silent everywhere else. */

/** The bar shows only for more files than this, and only when standard error is a terminal. */
export const PROGRESS_THRESHOLD = 50;

export interface ProgressBar {
  tick(done: number): void;
  /** Clears the line, so output to standard output does not mix with the bar. */
  clear(): void;
  /** Clears the line for good. */
  done(): void;
}

const NONE: ProgressBar = { tick: () => undefined, clear: () => undefined, done: () => undefined };

export function createProgressBar(total: number, stderr: { write(s: string): void; isTTY?: boolean; columns?: number }): ProgressBar {
  if (!stderr.isTTY || total <= PROGRESS_THRESHOLD) return NONE;
  let shown = false;
  const draw = (done: number) => {
    const label = ` ${done}/${total} files`;
    const width = Math.max(10, Math.min(40, (stderr.columns ?? 80) - label.length - 4));
    const filled = Math.round((done / total) * width);
    stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${label}`);
    shown = true;
  };
  const clear = () => {
    if (shown) stderr.write('\r\x1b[K');
    shown = false;
  };
  return {
    tick: draw,
    clear,
    done: clear,
  };
}
