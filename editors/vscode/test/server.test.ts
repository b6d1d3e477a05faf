// Drives the real `gantry lsp` over stdio with Microsoft's LSP client libraries, initialised
// exactly as the extension does (same capabilities and settings builder), since VS Code
// itself cannot run here. GANTRY_BIN names the binary (editors/test.sh builds it).
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeConfigurationNotification, DidOpenTextDocumentNotification, DocumentDiagnosticRequest,
  ExecuteCommandRequest, InitializeRequest, InitializedNotification, InlineCompletionRequest,
  InlineCompletionTriggerKind, ProtocolConnection, PublishDiagnosticsNotification, PublishDiagnosticsParams,
  StreamMessageReader, StreamMessageWriter, createProtocolConnection, ExitNotification, ShutdownRequest,
} from 'vscode-languageserver-protocol/node';
import { clientCapabilities, initializationOptions } from '../src/settings';
import { GantryStatus, statusText } from '../src/status';
import { plotArgs, toolpathHtml } from '../src/toolpath';

const bin = process.env.GANTRY_BIN;
// Skipped when run alone without a binary; in CI a missing binary is a failure.
if (!bin && process.env.CI) throw new Error('GANTRY_BIN must name the gantry binary in CI');
const skip = bin ? false : 'GANTRY_BIN is not set (editors/test.sh builds the binary)';

// An unclosed IF (the cursor sits on the blank line inside it) and a write to an input.
const ST = 'PROGRAM Main\nVAR_INPUT\n    bStart : BOOL;\nEND_VAR\nVAR\n    nCount : INT;\nEND_VAR\nbStart := TRUE;\nIF nCount > 3 THEN\n    nCount := 0;\n    \nEND_PROGRAM\n';
const cursor = { line: 10, character: 4 };

let dir: string;
let uri: string;
let proc: ChildProcess;
let conn: ProtocolConnection;
let stderr = '';
const statuses: GantryStatus[] = [];
const diagnostics = new Map<string, PublishDiagnosticsParams>();
const waiters: (() => void)[] = [];

/** Resolves when cond() holds after some notification, or fails after ms. */
function until(what: string, cond: () => boolean, ms = 15000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (cond()) return resolve();
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; server stderr:\n${stderr}`)), ms);
    const check = () => {
      if (!cond()) return waiters.push(check);
      clearTimeout(timer);
      resolve();
    };
    waiters.push(check);
  });
}
const notified = () => waiters.splice(0).forEach((w) => w());

before(async () => {
  if (skip) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-vscode-'));
  const file = path.join(dir, 'main.st');
  fs.writeFileSync(file, ST);
  uri = pathToFileURL(file).href;
  proc = spawn(bin!, ['lsp'], {
    cwd: dir,
    // Statistics go to the test's directory; no model from the environment.
    env: { ...process.env, GANTRY_STATS: path.join(dir, 'stats.json'), GANTRY_MODEL: '', OLLAMA_HOST: '' },
  });
  proc.stderr!.on('data', (d) => (stderr += d));
  conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => { diagnostics.set(p.uri, p); notified(); });
  conn.onNotification('gantry/status', (s: GantryStatus) => { statuses.push(s); notified(); });
  conn.listen();
});

after(async () => {
  if (skip) return;
  conn.dispose();
  proc.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('initialize with the extension capabilities and settings', { skip }, async () => {
  const settings: Record<string, unknown> = { backend: 'embedded', 'completion.debounceMs': 20 };
  const res = await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'w' }],
    capabilities: clientCapabilities(),
    initializationOptions: initializationOptions((k) => settings[k]),
  });
  const caps = res.capabilities as any;
  assert.ok(caps.inlineCompletionProvider, 'inlineCompletionProvider');
  assert.ok(caps.diagnosticProvider, 'diagnosticProvider');
  for (const c of ['gantry.accepted', 'gantry.showPrompt', 'gantry.status', 'gantry.checkWorkspace']) {
    assert.ok(caps.executeCommandProvider.commands.includes(c), c);
  }
  await conn.sendNotification(InitializedNotification.type, {});
  await conn.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'structured-text', version: 1, text: ST },
  });
});

test('diagnostics are pulled, never also pushed (VS Code would show them twice)', { skip }, async () => {
  const pulled: any = await conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  assert.equal(pulled.kind, 'full');
  const codes = pulled.items.map((d: any) => `${d.code}@${d.range.start.line}`);
  assert.ok(codes.includes('st/write-to-input@7'), codes.join(' '));
  assert.ok(codes.some((c: string) => c.startsWith('st/syntax@')), codes.join(' '));
  // The extension declares textDocument.diagnostic: the server must not push as well.
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(diagnostics.size, 0, JSON.stringify([...diagnostics.values()]));
});

test('inline completion closes the IF; accepting runs gantry.accepted', { skip }, async () => {
  const res = await conn.sendRequest(InlineCompletionRequest.type, {
    textDocument: { uri }, position: cursor, context: { triggerKind: InlineCompletionTriggerKind.Invoked },
  });
  const items = Array.isArray(res) ? res : res?.items ?? [];
  const item = items.find((i) => String(typeof i.insertText === 'string' ? i.insertText : i.insertText.value).includes('END_IF'));
  assert.ok(item, `no END_IF in ${JSON.stringify(items)}`);
  assert.equal(item.command?.command, 'gantry.accepted');
  // What VS Code does after the user accepts: run the item's command on the server.
  await conn.sendRequest(ExecuteCommandRequest.type, { command: item.command!.command, arguments: item.command!.arguments });
  const st = (await conn.sendRequest(ExecuteCommandRequest.type, { command: 'gantry.status', arguments: [] })) as GantryStatus;
  assert.ok(st.shown >= 1 && st.accepted === 1, JSON.stringify(st));
  assert.equal(statusText(st), '$(circuit-board) Gantry: embedded');
});

test('gantry.showPrompt and gantry.checkWorkspace', { skip }, async () => {
  const p: any = await conn.sendRequest(ExecuteCommandRequest.type, { command: 'gantry.showPrompt', arguments: [uri, cursor] });
  assert.match(p.prefix, /IF nCount > 3 THEN/);
  assert.match(p.suffix, /END_PROGRAM/);
  assert.equal(typeof p.text, 'string');
  const c: any = await conn.sendRequest(ExecuteCommandRequest.type, { command: 'gantry.checkWorkspace', arguments: [] });
  assert.ok(c.files >= 1 && c.errors >= 1, JSON.stringify(c));
});

test('gantry.plot draws a G-code toolpath and previews a suggestion, as the webview asks', { skip }, async () => {
  const file = path.join(dir, 'part.ngc');
  const text = 'G21 G90 G17 G54\nS1000 M3\nG0 Z5\nG0 X0 Y0\nG1 Z-1 F200\nG3 X20 Y0 I10 J0 F500\nG0 Z5\n\nM5 M2\n';
  fs.writeFileSync(file, text);
  const gcodeUri = pathToFileURL(file).href;
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: gcodeUri, languageId: 'gcode', version: 1, text } });
  const plain: any = await conn.sendRequest(ExecuteCommandRequest.type, { command: 'gantry.plot', arguments: plotArgs(gcodeUri, 'xy') });
  assert.match(plain.svg, /^<svg/);
  assert.match(plain.svg, /class="arc"/);
  const at = { line: 7, character: 0 };
  const preview: any = await conn.sendRequest(ExecuteCommandRequest.type, {
    command: 'gantry.plot', arguments: plotArgs(gcodeUri, 'iso', { range: { start: at, end: at }, text: 'G0 X30 Y5' }),
  });
  assert.match(preview.svg, /data-view="iso"/);
  assert.match(preview.svg, /class="preview"/);
  const html = toolpathHtml(preview.svg, 'part.ngc', 'preview', 'n0nce');
  assert.match(html, /data:image\/svg\+xml;base64,/);
});

test('gantry/status arrives when the model host is down', { skip }, async () => {
  const port = await closedPort();
  // Settings apply key by key over initializationOptions (backend: embedded there).
  const settings: Record<string, unknown> = { backend: 'auto', model: 'fim', host: `http://127.0.0.1:${port}`, 'completion.debounceMs': 20 };
  await conn.sendNotification(DidChangeConfigurationNotification.type, { settings: initializationOptions((k) => settings[k]) });
  const res = await conn.sendRequest(InlineCompletionRequest.type, {
    textDocument: { uri }, position: cursor, context: { triggerKind: InlineCompletionTriggerKind.Invoked },
  });
  assert.ok(res, 'the embedded backend still answers');
  await until('gantry/status', () => statuses.some((s) => !s.reachable));
  const s = statuses.find((x) => !x.reachable)!;
  assert.equal(s.backend, 'embedded');
  assert.equal(statusText(s), `$(warning) Gantry: 127.0.0.1:${port} unreachable, embedded`);
});

test('shutdown then exit ends the server with status 0', { skip }, async () => {
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  await conn.sendRequest(ShutdownRequest.type);
  await conn.sendNotification(ExitNotification.type);
  assert.equal(await exited, 0);
});

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}
