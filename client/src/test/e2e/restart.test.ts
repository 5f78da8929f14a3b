/**
 * End to end: when the language server process dies, the extension restarts it and says so once.
 */
import * as assert from 'node:assert/strict';
import { launch, pollUntil, type VsCodeSession } from './harness';

const RESTARTED = 'The NSX Framework language server stopped unexpectedly and has been restarted.';
const SERVER = ['nsx-framework-editor', 'dist/server.js'];

describe('server restart in VS Code', function () {
  let vscode: VsCodeSession | undefined;
  let failed = false;

  before(async function () {
    vscode = await launch({
      name: 'restart',
      files: { 'crash.framework.json': '{\n  "schemaVersion": "1.0",\n  "framework": {}\n}\n' },
    });
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') failed = true;
  });

  after(async () => {
    if (failed) await vscode?.screenshot('restart-failure').catch(() => undefined);
    await vscode?.close({ keep: failed });
  });

  /** Kills the running language server and waits for the one that replaces it. */
  async function crashServer(session: VsCodeSession): Promise<void> {
    const one = (ids: number[]) => ids.length === 1;
    const [before] = await pollUntil(async () => session.processIds(...SERVER), one, 'one language server process');
    session.killProcess(before);
    await pollUntil(
      async () => session.processIds(...SERVER),
      (ids) => one(ids) && ids[0] !== before,
      'a new language server process',
    );
  }

  it('restarts a killed server, warns once, and keeps checking', async () => {
    const session = vscode!;
    await session.openFile('crash.framework.json');
    await session.waitForSquiggle('error');

    await crashServer(session);
    // The restarted server checks again: a new problem typed after the crash gets its squiggle.
    await session.goTo(2, 21);
    await session.typeText('0');
    await session.waitForProblems((p) => p.some((x) => x.code === 'invalid-value' && x.line === 2), 'the restarted server to check');

    await crashServer(session);
    await session.waitForProblems((p) => p.some((x) => x.code === 'invalid-value'), 'problems after the second restart');
    const notices = (await session.notifications()).filter((m) => m.startsWith(RESTARTED));
    assert.equal(notices.length, 1, `one restart notice, not ${notices.length}`);
  });
});
