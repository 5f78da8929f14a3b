import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { accelerate, ACCELERATORS, isAccelerated, REFERENCE_ONLY, type AcceleratorName } from '../../languageService/accel';
import { MAX_NESTING } from '../../languageService/limits';
import { SPECS } from './harness';

const NAMES = Object.keys(ACCELERATORS) as AcceleratorName[];

describe('fast paths: one registry, one switch', () => {
  it('registers each fast path under its own name, each with a reference in the shared harness', () => {
    for (const name of NAMES) assert.equal(ACCELERATORS[name].name, name);
    assert.deepEqual(Object.keys(SPECS).sort(), [...NAMES].sort());
  });

  it(
    REFERENCE_ONLY
      ? 'declines everything under NSX_REFERENCE_ONLY=1: only the libraries run'
      : 'answers through the registry as the fast path does',
    () => {
      const text = '{"a":[1,"x",{"b":null}]}';
      const direct = ACCELERATORS.strictJson.run({ text, maxDepth: MAX_NESTING });
      assert.ok(direct, 'the fast path itself takes clean JSON whatever the switch says');
      const viaRegistry = accelerate('strictJson', { text, maxDepth: MAX_NESTING });
      if (REFERENCE_ONLY) assert.equal(viaRegistry, undefined);
      else assert.deepEqual(viaRegistry, direct); // the same tree, repeated keys and value count
      for (const name of NAMES) assert.equal(isAccelerated(name), !REFERENCE_ONLY, name);
    },
  );

  it('reads NSX_REFERENCE_ONLY once, at start: 1 turns every fast path off, a list of names those alone', () => {
    const registry = path.join(__dirname, '..', '..', 'languageService', 'accel', 'index.ts');
    const script = `const a = require(${JSON.stringify(registry)}); process.stdout.write(Object.keys(a.ACCELERATORS).filter((n) => !a.isAccelerated(n)).join(','));`;
    const off = (value: string | undefined) => {
      const env = { ...process.env };
      if (value === undefined) delete env.NSX_REFERENCE_ONLY;
      else env.NSX_REFERENCE_ONLY = value;
      return execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { env, encoding: 'utf8' });
    };
    assert.equal(off(undefined), '');
    assert.equal(off('0'), '');
    assert.equal(off('1'), NAMES.join(','));
    assert.equal(off('strictJson, schemaPlan'), 'strictJson,schemaPlan');
  });
});
