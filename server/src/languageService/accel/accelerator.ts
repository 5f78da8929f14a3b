/**
 * The contract every fast path keeps: it answers exactly as the library path it stands beside (the reference),
 * or declines. The library path defines the behaviour; a fast path only spares work on the inputs it accepts.
 */
export interface Accelerator<I, O> {
  /** The name it is registered under (accel/index.ts) and turned off by (`NSX_REFERENCE_ONLY`). */
  readonly name: string;
  /** The reference's result for `input`, or undefined: declined, and the reference decides. */
  run(input: I): O | undefined;
}

/**
 * `NSX_REFERENCE_ONLY`, read once: `1` (or `true`, `all`) turns every fast path off, so only the libraries run; a
 * list of names (`strictJson,schemaPlan`) turns off those alone, to measure what each one saves.
 */
function readSwitch(): { all: boolean; names: ReadonlySet<string> } {
  const raw = (typeof process === 'undefined' ? undefined : process.env?.NSX_REFERENCE_ONLY)?.trim() ?? '';
  if (raw === '' || raw === '0' || raw === 'false') return { all: false, names: new Set() };
  if (raw === '1' || raw === 'true' || raw === 'all') return { all: true, names: new Set() };
  return { all: false, names: new Set(raw.split(',').map((name) => name.trim())) };
}

const SWITCH = readSwitch();

/** Whether `NSX_REFERENCE_ONLY` turns off the fast path of that name. */
export function isTurnedOff(name: string): boolean {
  return SWITCH.all || SWITCH.names.has(name);
}

/** Whether `NSX_REFERENCE_ONLY` turns off every fast path (the unit suite's second run). */
export const REFERENCE_ONLY = SWITCH.all;
