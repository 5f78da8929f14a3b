/**
 * "NSX Framework: New Framework File...": asks the SOC code (checked as it is typed), the title, the Job Zone and the
 * form, then opens a framework skeleton (the core's generator) as a snippet whose tab stops are the context and the
 * first statement of each level, and its preview beside it. From the Command Palette the file is untitled; from a
 * folder's context menu in the Explorer it is `<soc>.framework.json|md` in that folder (an existing one is replaced
 * only after the user agrees).
 */
import {
  commands,
  FileType,
  InputBoxValidationSeverity,
  Position,
  Range,
  SnippetString,
  Uri,
  window,
  workspace,
  type Disposable,
  type InputBoxValidationMessage,
  type QuickPickItem,
  type TextDocument,
} from 'vscode';
import { checkSocCode, frameworkSkeleton, frameworkSkeletonSnippet, jobZoneChoices, type SkeletonForm } from '../../common/skeleton';
import { FRAMEWORK_JSON_LANGUAGE_ID } from '../../common/protocol';
import { mayWrite } from './commandSupport';

export const NEW_FRAMEWORK_COMMAND = 'nsxFramework.newFrameworkFile';
const STEPS = 4;

export interface NewFrameworkAnswers {
  soc: string;
  title: string;
  jobZone: number | null;
  form: SkeletonForm;
}

export function registerNewFrameworkCommand(): Disposable {
  return commands.registerCommand(NEW_FRAMEWORK_COMMAND, async (folder?: Uri) => {
    try {
      const target = folder instanceof Uri && (await isFolder(folder)) ? folder : undefined;
      const answers = await ask();
      if (answers) await create(answers, target);
    } catch (error) {
      void window.showErrorMessage(`Could not create the framework file: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

/** The validation shown under the SOC code as it is typed: the format, then the major group the code falls in. */
export function socValidation(text: string): InputBoxValidationMessage | undefined {
  if (text.trim() === '') return undefined;
  const check = checkSocCode(text);
  if (!check.ok) return { message: check.message, severity: InputBoxValidationSeverity.Error };
  return check.majorGroup
    ? { message: `${check.majorGroup} (SOC major group ${text.trim().slice(0, 2)})`, severity: InputBoxValidationSeverity.Info }
    : { message: `${text.trim().slice(0, 2)} is not a 2018 SOC major group`, severity: InputBoxValidationSeverity.Warning };
}

async function ask(): Promise<NewFrameworkAnswers | undefined> {
  const title = (step: number) => `New Framework File (${step}/${STEPS})`;
  const soc = await window.showInputBox({
    title: title(1),
    prompt: 'The O*NET-SOC code of the occupation (NN-NNNN.NN)',
    placeHolder: '11-9179.00',
    ignoreFocusOut: true,
    validateInput: (text) =>
      text.trim() === ''
        ? { message: 'An SOC code is needed, e.g. 11-9179.00', severity: InputBoxValidationSeverity.Error }
        : socValidation(text),
  });
  if (soc === undefined) return undefined;
  const occupation = await window.showInputBox({
    title: title(2),
    prompt: 'The occupation’s title, as O*NET names it (leave empty to fill it in later)',
    placeHolder: 'Personal Service Managers, All Other',
    ignoreFocusOut: true,
  });
  if (occupation === undefined) return undefined;
  const zones: (QuickPickItem & { zone: number | null })[] = [
    ...jobZoneChoices().map(({ zone, label }) => ({ label, zone })),
    { label: 'None', description: 'not known (jobZone null)', zone: null },
  ];
  const zone = await window.showQuickPick(zones, { title: title(3), placeHolder: 'The Job Zone', ignoreFocusOut: true });
  if (!zone) return undefined;
  const code = soc.trim();
  const forms: (QuickPickItem & { form: SkeletonForm })[] = [
    { label: 'JSON', description: `${code}.framework.json`, form: 'json' },
    { label: 'Markdown', description: `${code}.framework.md`, form: 'markdown' },
  ];
  const form = await window.showQuickPick(forms, { title: title(4), placeHolder: 'The form of the file', ignoreFocusOut: true });
  if (!form) return undefined;
  return { soc: code, title: occupation.trim(), jobZone: zone.zone, form: form.form };
}

async function create(answers: NewFrameworkAnswers, folder: Uri | undefined): Promise<void> {
  const now = new Date();
  const options = { form: answers.form, soc: answers.soc, title: answers.title || undefined, jobZone: answers.jobZone, now };
  let document: TextDocument;
  if (folder) {
    const file = Uri.joinPath(folder, `${answers.soc}.framework.${answers.form === 'markdown' ? 'md' : 'json'}`);
    if (!(await mayWrite(file, 'Replace it with a new framework skeleton?'))) return;
    // On disk: the skeleton with its placeholders filled, so the file is a framework even if the editor is closed
    // unsaved; in the editor: the same text again as a snippet, to tab through the placeholders.
    await workspace.fs.writeFile(file, Buffer.from(frameworkSkeleton(options), 'utf8'));
    document = await workspace.openTextDocument(file);
  } else {
    document = await workspace.openTextDocument({
      language: answers.form === 'markdown' ? 'markdown' : FRAMEWORK_JSON_LANGUAGE_ID,
      content: '',
    });
  }
  const editor = await window.showTextDocument(document, { preview: false });
  const whole = new Range(new Position(0, 0), document.lineAt(document.lineCount - 1).range.end);
  // Tabs: the editor turns them into its own indentation.
  await editor.insertSnippet(new SnippetString(frameworkSkeletonSnippet({ ...options, indent: '\t' })), whole);
  await commands.executeCommand('nsxFramework.showPreviewToSide', document.uri);
}

async function isFolder(uri: Uri): Promise<boolean> {
  try {
    return ((await workspace.fs.stat(uri)).type & FileType.Directory) !== 0;
  } catch {
    return false;
  }
}
