import { strict as assert } from 'node:assert';

// vscode-languageclient's enums (loading them needs `vscode`): CloseAction.DoNotRestart = 1, Restart = 2;
// ErrorAction.Continue = 1, Shutdown = 2. The module under test is type-checked against them.
const CloseAction = { DoNotRestart: 1, Restart: 2 } as const;
const ErrorAction = { Continue: 1, Shutdown: 2 } as const;
import { createRestartingErrorHandler, GAVE_UP_MESSAGE, RESTARTED_MESSAGE } from '../../../client/src/serverRestarts';

// The client's reaction to a dying server process: restart, one warning, then a clear error.
describe('restarting a language server that dies', () => {
  it('restarts and warns once, however often it restarts', async () => {
    const warnings: string[] = [];
    let clock = 0;
    const handler = createRestartingErrorHandler(
      (m) => warnings.push(m),
      () => clock,
    );
    for (let i = 0; i < 10; i++) {
      clock += 60_000; // one death a minute: never five within three minutes
      assert.deepEqual(await handler.closed(), { action: CloseAction.Restart, handled: true });
    }
    assert.deepEqual(warnings, [RESTARTED_MESSAGE]);
  });

  it('gives up with a clear error on the fifth death within three minutes', async () => {
    const warnings: string[] = [];
    let clock = 0;
    const handler = createRestartingErrorHandler(
      (m) => warnings.push(m),
      () => clock,
    );
    const actions = [];
    for (let i = 0; i < 5; i++) {
      clock += 1_000;
      actions.push(await handler.closed());
    }
    assert.deepEqual(
      actions.slice(0, 4).map((a) => a.action),
      Array(4).fill(CloseAction.Restart),
    );
    assert.deepEqual(actions[4], { action: CloseAction.DoNotRestart, message: GAVE_UP_MESSAGE });
    assert.match(GAVE_UP_MESSAGE, /5 times in 3 minutes/);
    assert.deepEqual(warnings, [RESTARTED_MESSAGE]);
  });

  it('lets a few transport errors pass, then shuts the connection down', async () => {
    const handler = createRestartingErrorHandler(() => undefined);
    assert.equal((await handler.error(new Error('x'), undefined, 1)).action, ErrorAction.Continue);
    assert.equal((await handler.error(new Error('x'), undefined, 4)).action, ErrorAction.Shutdown);
  });
});
