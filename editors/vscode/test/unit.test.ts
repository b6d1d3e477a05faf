// Unit tests of the pure modules the extension uses (no VS Code needed).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SETTING_KEYS, clientCapabilities, documentSelector, initializationOptions, mergeCapabilities, serverPath } from '../src/settings';
import { GantryStatus, droppedItems, droppedReport, shortHost, statusText, statusTooltip } from '../src/status';
import { VIEWS, plotArgs, toolpathHtml } from '../src/toolpath';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));

test('settings map to gantry.toml keys, nested, explicit values only', () => {
  const set: Record<string, unknown> = {
    model: 'qwen2.5-coder:1.5b',
    host: '',
    'completion.debounceMs': 20,
    'completion.keepAlive': '5m',
    rules: { 'st/case-missing-else': 'error' },
    'st.protected': ['%QX0.0'],
    'gcode.machine': { units: 'mm', travel: { x: [0, 300] } },
    'gcode.dialect': undefined,
  };
  assert.deepEqual(initializationOptions((k) => set[k]), {
    model: 'qwen2.5-coder:1.5b',
    completion: { debounce_ms: 20, keep_alive: '5m' },
    rules: { 'st/case-missing-else': 'error' },
    st: { protected: ['%QX0.0'] },
    gcode: { machine: { units: 'mm', travel: { x: [0, 300] } } },
  });
  assert.deepEqual(initializationOptions(() => undefined), {});
  assert.deepEqual(initializationOptions((k) => (k === 'rules' ? {} : undefined)), {}, 'an empty object is not a setting');
  assert.deepEqual(initializationOptions((k) => (k === 'provenance.ledger' ? false : undefined)), { provenance: { ledger: false } });
});

test('every mapped setting is declared in package.json, and vice versa', () => {
  const props = Object.keys(manifest.contributes.configuration.properties);
  const declared = new Set(props.map((p: string) => p.replace(/^gantry\./, '')));
  for (const [vsKey] of SETTING_KEYS) assert.ok(declared.has(vsKey), `gantry.${vsKey} missing from package.json`);
  const mapped = new Set(SETTING_KEYS.map(([k]) => k));
  for (const k of declared) assert.ok(mapped.has(k) || k === 'path' || k === 'trace.server', `gantry.${k} never reaches the server`);
});

test('languages and file extensions are contributed', () => {
  const byId = Object.fromEntries(manifest.contributes.languages.map((l: any) => [l.id, l.extensions]));
  assert.deepEqual(byId['structured-text'], ['.st', '.iecst', '.scl', '.udt', '.s7dcl', '.TcPOU', '.TcDUT', '.TcGVL', '.TcIO', '.TcTLEO']);
  assert.deepEqual(byId.gcode, ['.ngc', '.nc', '.tap', '.gcode', '.cnc']);
  assert.deepEqual(byId.verilog, ['.v', '.vh']);
  assert.deepEqual(byId.systemverilog, ['.sv', '.svh']);
  for (const l of manifest.contributes.languages) assert.ok(fs.existsSync(path.join(__dirname, '..', '..', l.configuration)));
  for (const g of manifest.contributes.grammars) JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', g.path), 'utf8'));
  assert.equal((documentSelector() as any[]).length, 4);
});

test('capabilities announce inline completion; merging keeps what the client filled', () => {
  const caps = clientCapabilities();
  assert.equal(caps.textDocument?.inlineCompletion?.dynamicRegistration, true);
  const filled: Record<string, any> = { textDocument: { completion: { contextSupport: false } }, general: { x: 1 } };
  mergeCapabilities(filled, caps as any);
  assert.equal(filled.textDocument.completion.contextSupport, false);
  assert.equal(filled.textDocument.inlineCompletion.dynamicRegistration, true);
  assert.equal(filled.general.x, 1);
  assert.equal(filled.experimental.gantryStatus, true);
});

test('server path: setting, then bundled binary, then PATH', () => {
  assert.equal(serverPath(' /opt/gantry ', '/ext/bin/gantry', () => true), '/opt/gantry');
  assert.equal(serverPath('', '/ext/bin/gantry', () => true), '/ext/bin/gantry');
  assert.equal(serverPath(undefined, '/ext/bin/gantry', () => false), 'gantry');
});

const base: GantryStatus = { backend: 'ollama', model: 'qwen2.5-coder:1.5b', host: 'http://localhost:11434/', reachable: true, canInsert: true, shown: 3, accepted: 1, dropped: 0 };

test('status text: model and host, embedded, unreachable, no FIM, drops', () => {
  assert.equal(shortHost('http://localhost:11434/'), 'localhost:11434');
  assert.equal(statusText(undefined), '$(loading~spin) Gantry');
  assert.equal(statusText(base), '$(check) Gantry: qwen2.5-coder:1.5b @ localhost:11434');
  assert.equal(statusText({ ...base, backend: 'embedded', model: 'embedded', host: '' }), '$(circuit-board) Gantry: embedded');
  assert.equal(
    statusText({ ...base, backend: 'embedded', model: 'embedded', reachable: false, message: 'connection refused', dropped: 2 }),
    '$(warning) Gantry: localhost:11434 unreachable, embedded · 2 dropped',
  );
  assert.equal(statusText({ ...base, canInsert: false }), '$(warning) Gantry: qwen2.5-coder:1.5b (no fill-in-the-middle)');
  assert.match(statusTooltip({ ...base, message: 'boom' }), /shown 3, accepted 1, dropped by the gate 0\nLast problem: boom/);
});

test('dropped suggestions: newest first, one line each, with reasons', () => {
  const s: GantryStatus = {
    ...base, dropped: 2,
    lastDropped: [
      { text: 'bStart := FALSE;', reason: 'rule:st/write-to-input', uri: 'file:///w/main.st' },
      { text: 'IF x THEN\n  y := 1;', reason: 'syntax', uri: 'file:///w/b.st' },
    ],
  };
  const items = droppedItems(s);
  assert.deepEqual(items[0], { label: 'syntax', description: 'b.st', detail: 'IF x THEN ⏎ y := 1;' });
  assert.equal(items[1].label, 'rule:st/write-to-input');
  assert.match(droppedReport(s), /dropped 2 suggestion\(s\)[\s\S]*rule:st\/write-to-input in file:\/\/\/w\/main.st\n    bStart := FALSE;/);
  assert.equal(droppedReport(base), 'Gantry: no suggestion was dropped.');
});

test('the esbuild bundle loads with only `vscode` external and exports activate', () => {
  // A recursive stand-in for the `vscode` module: enough for module-level code to run.
  const stub = (): any =>
    new Proxy(function () {}, {
      get: (_t, k) => (k === 'prototype' ? {} : k === Symbol.toPrimitive ? () => '' : stub()),
      apply: () => stub(),
      construct: () => stub(),
    });
  const Module = require('node:module');
  const resolve = Module._resolveFilename;
  const fake = path.join(__dirname, 'vscode-stub.js');
  require.cache[fake] = { id: fake, filename: fake, loaded: true, exports: stub() } as any;
  Module._resolveFilename = (req: string, ...rest: unknown[]) => (req === 'vscode' ? fake : resolve(req, ...rest));
  try {
    const ext = require(path.join(__dirname, '..', '..', 'dist', 'extension.js'));
    assert.equal(typeof ext.activate, 'function');
    assert.equal(typeof ext.deactivate, 'function');
  } finally {
    Module._resolveFilename = resolve;
  }
});

test('the toolpath page shows the server SVG as an image under a policy that loads nothing', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><path class="rapid" d="M0 0L10 10"/></svg>';
  const html = toolpathHtml(svg, 'Toolpath of <a>.ngc', 'bracket.ngc, XY view', 'abc123');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /img-src data:;/);
  assert.doesNotMatch(csp, /script-src|unsafe/);
  assert.doesNotMatch(html, /<script/i);
  const data = /src="data:image\/svg\+xml;base64,([^"]+)"/.exec(html)?.[1];
  assert.ok(data, 'the picture is a data: image');
  assert.equal(Buffer.from(data!, 'base64').toString('utf8'), svg);
  assert.match(html, /<title>Toolpath of &lt;a&gt;.ngc<\/title>/, 'the title is escaped');
  assert.match(html, /<style nonce="abc123">/);
});

test('gantry.plot arguments carry the view and the previewed suggestion', () => {
  assert.deepEqual(plotArgs('file:///p.ngc', 'iso'), ['file:///p.ngc', { view: 'iso' }]);
  const range = { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } };
  assert.deepEqual(plotArgs('file:///p.ngc', 'xy', { range, text: 'G0 X1' }), ['file:///p.ngc', { view: 'xy', preview: { range, text: 'G0 X1' } }]);
  assert.deepEqual([...VIEWS], ['xy', 'xz', 'yz', 'iso']);
});

test('the toolpath commands are declared and offered on G-code only', () => {
  const ids = manifest.contributes.commands.map((c: { command: string }) => c.command);
  for (const id of ['gantry.ui.showToolpath', 'gantry.ui.toolpathView', 'gantry.ui.previewSuggestionToolpath']) assert.ok(ids.includes(id), id);
  const src = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'extension.ts'), 'utf8');
  for (const id of ids) assert.ok(src.includes(`register('${id}'`), `${id} is registered by the extension`);
  const palette = manifest.contributes.menus.commandPalette.filter((m: { command: string }) => m.command.includes('Toolpath'));
  for (const m of palette) assert.equal(m.when, 'editorLangId == gcode');
});
