// The VS Code side of Gantry: starts `gantry lsp`, lets vscode-languageclient (11.x, which
// speaks LSP 3.18 inline completion) turn its answers into ghost text and diagnostics, and
// adds a status bar item and a few commands. All logic that can be tested without VS Code
// lives in settings.ts and status.ts.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  ResponseError,
  ServerOptions,
  StaticFeature,
} from 'vscode-languageclient/node';
import { clientCapabilities, documentSelector, initializationOptions, mergeCapabilities, serverPath } from './settings';
import { GantryStatus, droppedItems, droppedReport, statusText, statusTooltip } from './status';
import { ToolpathView, VIEWS, plotArgs, toolpathHtml } from './toolpath';

let client: LanguageClient | undefined;
let status: GantryStatus | undefined;
let bar: vscode.StatusBarItem;
let output: vscode.LogOutputChannel;

let activeContext: vscode.ExtensionContext | undefined;

export async function activate(ctx: vscode.ExtensionContext): Promise<void> {
  activeContext = ctx;
  output = vscode.window.createOutputChannel('Gantry', { log: true });
  bar = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  bar.command = 'gantry.ui.showDropped';
  ctx.subscriptions.push(output, bar);
  showStatus(undefined);
  bar.show();

  const register = (id: string, fn: () => unknown) => ctx.subscriptions.push(vscode.commands.registerCommand(id, fn));
  // Our command ids differ from the server's (gantry.showPrompt…): vscode-languageclient
  // registers those itself to forward them, and a second registration would fail.
  register('gantry.ui.showPrompt', showPrompt);
  register('gantry.ui.generate', generate);
  register('gantry.ui.checkWorkspace', checkWorkspace);
  register('gantry.ui.restart', () => restart(ctx));
  register('gantry.ui.showDropped', showDropped);
  register('gantry.ui.showToolpath', () => showToolpath(ctx));
  register('gantry.ui.toolpathView', chooseToolpathView);
  register('gantry.ui.previewSuggestionToolpath', previewSuggestionToolpath);
  ctx.subscriptions.push(
    vscode.workspace.onDidChangeTextDocument((e) => scheduleToolpath(e.document)),
    vscode.window.onDidChangeActiveTextEditor((e) => e && scheduleToolpath(e.document)),
  );

  ctx.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('gantry.path')) void restart(ctx);
      else if (e.affectsConfiguration('gantry') && client?.isRunning()) {
        void client.sendNotification(DidChangeConfigurationNotification.type, { settings: explicitSettings() });
      }
    }),
  );
  await start(ctx);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** The settings the user set (any scope), never VS Code's defaults: see initializationOptions. */
function explicitSettings(): Record<string, unknown> {
  const cfg = vscode.workspace.getConfiguration('gantry');
  return initializationOptions((key) => {
    const i = cfg.inspect(key);
    return i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue;
  });
}

async function start(ctx: vscode.ExtensionContext): Promise<void> {
  const exe = process.platform === 'win32' ? 'gantry.exe' : 'gantry';
  const bundled = ctx.asAbsolutePath(path.join('bin', exe));
  const command = serverPath(vscode.workspace.getConfiguration('gantry').get<string>('path'), bundled, fs.existsSync);
  if (command === bundled) ensureExecutable(bundled);
  const serverOptions: ServerOptions = { command, args: ['lsp'] };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    outputChannel: output,
    initializationOptions: explicitSettings,
    synchronize: {
      // The server re-reads gantry.toml and its workspace index when files change.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{gantry.toml,*.st,*.iecst,*.scl,*.udt,*.s7dcl,*.TcPOU,*.TcDUT,*.TcGVL,*.TcIO,*.TcTLEO,*.ngc,*.nc,*.tap,*.gcode,*.cnc,*.v,*.vh,*.sv,*.svh}'),
    },
  };
  client = new LanguageClient('gantry', 'Gantry', serverOptions, clientOptions);
  client.registerFeature(capabilitiesFeature);
  client.onNotification('gantry/status', (s: GantryStatus) => showStatus(s));
  try {
    await client.start();
  } catch (err) {
    showStatus(undefined, 'not running');
    const pick = await vscode.window.showErrorMessage(
      `Gantry: cannot start "${command} lsp": ${message(err)}. Install gantry or set gantry.path.`,
      'Open Settings',
    );
    if (pick) void vscode.commands.executeCommand('workbench.action.openSettings', 'gantry.path');
    return;
  }
  // The server notifies on changes only; ask once for the initial state.
  try {
    showStatus(await execute<GantryStatus>('gantry.status', []));
  } catch {
    /* an older server: the status fills in with the first notification */
  }
}

async function restart(ctx: vscode.ExtensionContext): Promise<void> {
  const old = client;
  client = undefined;
  status = undefined;
  showStatus(undefined);
  try {
    await old?.stop();
  } catch (err) {
    output.appendLine(`stopping the server: ${message(err)}`);
  }
  await start(ctx);
}

/** Announces the capabilities settings.ts lists (the same ones the headless tests send). */
const capabilitiesFeature: StaticFeature = {
  fillClientCapabilities: (caps) => mergeCapabilities(caps as Record<string, any>, clientCapabilities() as Record<string, any>),
  initialize: () => undefined,
  getState: () => ({ kind: 'static' }),
  clear: () => undefined,
};

function showStatus(s: GantryStatus | undefined, note?: string): void {
  status = s ?? status;
  bar.text = note ? `$(error) Gantry: ${note}` : statusText(s);
  bar.tooltip = statusTooltip(s);
}

async function execute<T>(command: string, args: unknown[]): Promise<T> {
  if (!client?.isRunning()) throw new Error('the Gantry server is not running');
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;
}

/** [uri, position] of the cursor, in LSP terms. */
function cursorArgs(): [string, { line: number; character: number }] | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) {
    void vscode.window.showWarningMessage('Gantry: open a Structured Text, G-code or Verilog file first.');
    return undefined;
  }
  return [editor.document.uri.toString(), client.code2ProtocolConverter.asPosition(editor.selection.active)];
}

async function showPrompt(): Promise<void> {
  const args = cursorArgs();
  if (!args) return;
  try {
    const p = await execute<{ text: string }>('gantry.showPrompt', args);
    const doc = await vscode.workspace.openTextDocument({ content: p.text, language: 'plaintext' });
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  } catch (err) {
    void vscode.window.showErrorMessage(`Gantry: cannot show the prompt: ${message(err)}`);
  }
}

/** Asks the server to write code for the comment at the cursor (gantry.generate). */
async function generate(): Promise<void> {
  const args = cursorArgs();
  if (!args || !client) return;
  const editor = vscode.window.activeTextEditor!;
  let result: unknown;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Gantry: generating from the comment…', cancellable: false },
      () => execute('gantry.generate', args),
    );
  } catch (err) {
    // -32601 method not found, -32602 unknown command: this server has no generate yet.
    if (err instanceof ResponseError && (err.code === -32601 || /unknown command/i.test(err.message))) {
      void vscode.window.showInformationMessage('Gantry: this server cannot generate from a comment yet; run `gantry generate` in a terminal.');
    } else {
      void vscode.window.showErrorMessage(`Gantry: generation failed: ${message(err)}`);
    }
    return;
  }
  // The server either applied its edit through workspace/applyEdit (nothing to do here),
  // returns a WorkspaceEdit, or returns {text}: inserted below the comment line.
  const r = result as { changes?: unknown; documentChanges?: unknown; text?: string } | null;
  if (r && (r.changes || r.documentChanges)) {
    const edit = await client.protocol2CodeConverter.asWorkspaceEdit(r as any);
    if (edit) await vscode.workspace.applyEdit(edit);
  } else if (r && typeof r.text === 'string') {
    const line = editor.selection.active.line;
    await editor.edit((b) => b.insert(new vscode.Position(line + 1, 0), r.text!.endsWith('\n') ? r.text! : r.text + '\n'));
  }
}

async function checkWorkspace(): Promise<void> {
  try {
    const r = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Gantry: checking the workspace' },
      () => execute<{ files: number; errors: number; warnings: number }>('gantry.checkWorkspace', []),
    );
    const text = `Gantry checked ${r.files} files: ${r.errors} errors, ${r.warnings} warnings.`;
    if (r.errors > 0) void vscode.window.showWarningMessage(text);
    else void vscode.window.showInformationMessage(text);
  } catch (err) {
    void vscode.window.showErrorMessage(`Gantry: workspace check failed: ${message(err)}`);
  }
}

/** Lists the suggestions the gate dropped, with reasons; picking one opens its file. */
async function showDropped(): Promise<void> {
  try {
    showStatus(await execute<GantryStatus>('gantry.status', [])); // notifications may lag
  } catch {
    /* not running: show what we have */
  }
  output.appendLine(droppedReport(status));
  const items = droppedItems(status);
  if (items.length === 0) {
    void vscode.window.showInformationMessage(`Gantry: no suggestion was dropped. ${statusTooltip(status).split('\n')[0]}`);
    return;
  }
  const pick = await vscode.window.showQuickPick(
    items.map((it, i) => ({ ...it, index: i })),
    { title: 'Suggestions dropped by the Gantry gate (newest first)', matchOnDetail: true },
  );
  if (!pick) return;
  const d = [...(status?.lastDropped ?? [])].reverse()[pick.index];
  output.show(true);
  if (d?.uri) await vscode.window.showTextDocument(vscode.Uri.parse(d.uri), { preview: true });
}

// The toolpath panel: one per window, beside the editor, redrawn as the G-code changes.
let toolpathPanel: vscode.WebviewPanel | undefined;
let toolpathDoc: vscode.Uri | undefined;
let toolpathView: ToolpathView = 'xy';
let toolpathTimer: NodeJS.Timeout | undefined;

function nonce(): string {
  return Array.from({ length: 24 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
}

async function showToolpath(ctx: vscode.ExtensionContext): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'gcode') {
    void vscode.window.showWarningMessage('Gantry: open a G-code file to see its toolpath.');
    return;
  }
  if (!toolpathPanel) {
    toolpathPanel = vscode.window.createWebviewPanel('gantryToolpath', 'Toolpath', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: false, localResourceRoots: [] });
    toolpathPanel.onDidDispose(() => { toolpathPanel = undefined; }, undefined, ctx.subscriptions);
  }
  toolpathDoc = editor.document.uri;
  await drawToolpath();
}

function scheduleToolpath(doc: vscode.TextDocument): void {
  if (!toolpathPanel || doc.languageId !== 'gcode') return;
  if (toolpathTimer) clearTimeout(toolpathTimer);
  toolpathTimer = setTimeout(() => {
    toolpathDoc = doc.uri;
    void drawToolpath();
  }, 300);
}

async function drawToolpath(preview?: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }): Promise<void> {
  if (!toolpathPanel || !toolpathDoc) return;
  const name = path.basename(toolpathDoc.fsPath);
  try {
    const r = await execute<{ svg: string }>('gantry.plot', plotArgs(toolpathDoc.toString(), toolpathView, preview));
    const note = preview ? `${name}, ${toolpathView.toUpperCase()} view, with the suggestion at the cursor (green, not yet accepted)` : `${name}, ${toolpathView.toUpperCase()} view`;
    toolpathPanel.title = `Toolpath: ${name}`;
    toolpathPanel.webview.html = toolpathHtml(r.svg, `Toolpath of ${name}`, note, nonce());
  } catch (err) {
    toolpathPanel.webview.html = toolpathHtml('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', name, `Gantry cannot draw ${name}: ${message(err)}`, nonce());
  }
}

async function chooseToolpathView(): Promise<void> {
  const pick = await vscode.window.showQuickPick([...VIEWS], { title: 'Toolpath view (xy top, xz front, yz side, iso)' });
  if (!pick) return;
  toolpathView = pick as ToolpathView;
  await drawToolpath();
}

/** Asks the server for a suggestion at the cursor and draws the toolpath with it in place. */
async function previewSuggestionToolpath(): Promise<void> {
  const args = cursorArgs();
  if (!args || !client) return;
  const editor = vscode.window.activeTextEditor!;
  if (editor.document.languageId !== 'gcode') {
    void vscode.window.showWarningMessage('Gantry: the toolpath preview is for G-code files.');
    return;
  }
  try {
    const res = (await client.sendRequest('textDocument/inlineCompletion', {
      textDocument: { uri: args[0] }, position: args[1], context: { triggerKind: 1 },
    })) as { items?: { insertText: string | { value: string }; range?: { start: { line: number; character: number }; end: { line: number; character: number } } }[] } | null;
    const item = res?.items?.[0];
    if (!item) {
      void vscode.window.showInformationMessage('Gantry: no suggestion passed the gate here.');
      return;
    }
    const text = typeof item.insertText === 'string' ? item.insertText : item.insertText.value;
    if (!toolpathPanel) await showToolpath(activeContext!);
    toolpathDoc = editor.document.uri;
    await drawToolpath({ range: item.range ?? { start: args[1], end: args[1] }, text });
  } catch (err) {
    void vscode.window.showErrorMessage(`Gantry: cannot preview the suggestion: ${message(err)}`);
  }
}

/** Some unzip paths drop the executable bit of the bundled binary; restore it. */
function ensureExecutable(file: string): void {
  try {
    fs.accessSync(file, fs.constants.X_OK);
  } catch {
    try { fs.chmodSync(file, 0o755); } catch { /* start() reports the failure */ }
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
