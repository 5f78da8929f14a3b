/**
 * The `nsxFramework.isFrameworkFile` context key, for the preview's editor-title button and keybinding:
 * true when the active file is named `*.framework.json`/`*.framework.md` or is JSON whose top-level object
 * has `schemaVersion` and `framework` (or `occupation`), as the server decides (docs/format.md#framework-files).
 */
import { commands, window, workspace, type Disposable, type TextDocument } from 'vscode';
import { hasFrameworkKeys } from '../../../common/frameworkKeys';
import { FRAMEWORK_JSON_LANGUAGE_ID } from '../../../common/protocol';

export const FRAMEWORK_CONTEXT_KEY = 'nsxFramework.isFrameworkFile';

export function looksLikeFrameworkDocument(document: TextDocument): boolean {
  if (/\.framework\.(json|md)$/i.test(document.uri.path) || document.languageId === FRAMEWORK_JSON_LANGUAGE_ID) return true;
  if (document.languageId !== 'json' && document.languageId !== 'jsonc') return false;
  const text = document.getText();
  if (!text.includes('schemaVersion')) return false; // cheap test first; big non-framework JSON is common
  // The top-level keys by the scanner: no tree of a 5 MB file on every pause in typing, no recursion on deep nesting.
  return hasFrameworkKeys(text, Infinity);
}

export function trackFrameworkContext(): Disposable {
  let timer: NodeJS.Timeout | undefined;
  const update = (): void => {
    const document = window.activeTextEditor?.document;
    void commands.executeCommand('setContext', FRAMEWORK_CONTEXT_KEY, !!document && looksLikeFrameworkDocument(document));
  };
  update();
  const subscriptions = [
    window.onDidChangeActiveTextEditor(update),
    workspace.onDidChangeTextDocument((e) => {
      if (e.document !== window.activeTextEditor?.document) return;
      clearTimeout(timer);
      timer = setTimeout(update, 300);
    }),
  ];
  return {
    dispose: () => {
      clearTimeout(timer);
      subscriptions.forEach((s) => s.dispose());
    },
  };
}
