// Pure helpers shared by the extension and its headless tests: no `vscode` import here, so
// Node can load this module without VS Code.
import type { ClientCapabilities, DocumentSelector } from 'vscode-languageserver-protocol';

// VS Code setting (under "gantry.") → server key (as in gantry.toml). Only these reach the
// server; gantry.path and gantry.trace.server are the client's own.
export const SETTING_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['backend', 'backend'],
  ['model', 'model'],
  ['host', 'host'],
  ['baseUrl', 'base_url'],
  ['apiKeyEnv', 'api_key_env'],
  ['completion.maxTokens', 'completion.max_tokens'],
  ['completion.temperature', 'completion.temperature'],
  ['completion.contextTokens', 'completion.context_tokens'],
  ['completion.numCtx', 'completion.num_ctx'],
  ['completion.debounceMs', 'completion.debounce_ms'],
  ['completion.timeoutMs', 'completion.timeout_ms'],
  ['completion.keepAlive', 'completion.keep_alive'],
  ['completion.disabledLanguages', 'completion.disabled_languages'],
  ['rules', 'rules'],
  ['st.dialect', 'st.dialect'],
  ['st.protected', 'st.protected'],
  ['gcode.dialect', 'gcode.dialect'],
  ['gcode.machine', 'gcode.machine'],
  ['rtl.target', 'rtl.target'],
  ['provenance.ledger', 'provenance.ledger'],
];

/**
 * Builds the server settings from the values the user set explicitly. `get` returns
 * undefined for a setting left at its default, so a workspace gantry.toml (which the
 * client's settings override) is not masked by VS Code's defaults.
 */
export function initializationOptions(get: (key: string) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [vsKey, serverKey] of SETTING_KEYS) {
    const v = get(vsKey);
    if (v === undefined || v === null || v === '') continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0) continue;
    const path = serverKey.split('.');
    let node = out;
    for (const p of path.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]] = v;
  }
  return out;
}

/** The language ids the extension contributes, and the server serves. */
export const LANGUAGES = ['structured-text', 'gcode', 'verilog', 'systemverilog'] as const;

/** Files on disk only: the server picks the language pack by file extension. */
export function documentSelector(): DocumentSelector {
  return LANGUAGES.map((language) => ({ scheme: 'file', language }));
}

/**
 * What the extension announces to the server beyond vscode-languageclient's defaults
 * (merged in by a static feature), and what the headless tests send in its place: the LSP
 * 3.18 inline completion, pull diagnostics and the gantry/status notification.
 */
export function clientCapabilities(): ClientCapabilities {
  return {
    workspace: {
      executeCommand: { dynamicRegistration: true },
      didChangeConfiguration: { dynamicRegistration: true },
    },
    textDocument: {
      synchronization: { dynamicRegistration: true, didSave: true, willSave: false },
      completion: { dynamicRegistration: true, contextSupport: true, completionItem: { snippetSupport: false } },
      inlineCompletion: { dynamicRegistration: true },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
      diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
    },
    window: { showMessage: {}, workDoneProgress: true },
    experimental: { gantryStatus: true },
  };
}

/** Deep-merges `extra` into `target` (objects only; values in `extra` win). */
export function mergeCapabilities(target: Record<string, any>, extra: Record<string, any>): void {
  for (const [k, v] of Object.entries(extra)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      if (!target[k] || typeof target[k] !== 'object') target[k] = {};
      mergeCapabilities(target[k], v);
    } else if (target[k] === undefined) {
      target[k] = v; // what vscode-languageclient filled in itself stays
    }
  }
}

/**
 * Picks the server binary: the gantry.path setting, else the binary bundled in the
 * platform package, else `gantry` from PATH.
 */
export function serverPath(setting: string | undefined, bundled: string, exists: (p: string) => boolean): string {
  if (setting && setting.trim() !== '') return setting.trim();
  if (exists(bundled)) return bundled;
  return 'gantry';
}
