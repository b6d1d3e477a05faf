// Formatting of the gantry/status notification for the status bar; pure, unit-tested.

export interface DroppedSuggestion { text: string; reason: string; uri: string }

/** The payload of the server's gantry/status notification and gantry.status command. */
export interface GantryStatus {
  backend: string;
  model: string;
  host?: string;
  reachable: boolean;
  canInsert: boolean;
  message?: string;
  shown: number;
  accepted: number;
  dropped: number;
  lastDropped?: DroppedSuggestion[];
}

/** "http://localhost:11434/" → "localhost:11434": the scheme is noise in a status bar. */
export function shortHost(host: string | undefined): string {
  return (host ?? '').replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
}

/** The status bar text, with a codicon: model and host, or embedded, and the drop count. */
export function statusText(s: GantryStatus | undefined): string {
  if (!s) return '$(loading~spin) Gantry';
  let text: string;
  if (s.backend === 'embedded' && s.reachable) {
    text = '$(circuit-board) Gantry: embedded';
  } else if (!s.reachable) {
    // The model host is down: the embedded backend answers meanwhile.
    const where = shortHost(s.host) || 'model host';
    text = `$(warning) Gantry: ${where} unreachable, embedded`;
  } else if (!s.canInsert) {
    text = `$(warning) Gantry: ${s.model} (no fill-in-the-middle)`;
  } else {
    const host = shortHost(s.host);
    text = `$(check) Gantry: ${s.model}${host ? ' @ ' + host : ''}`;
  }
  if (s.dropped > 0) text += ` · ${s.dropped} dropped`;
  return text;
}

/** The hover text: the counters and the last problem, as plain lines. */
export function statusTooltip(s: GantryStatus | undefined): string {
  if (!s) return 'Gantry: starting the language server…';
  const lines = [
    `Backend: ${s.backend}${s.model && s.model !== s.backend ? ' (' + s.model + ')' : ''}`,
    `Host: ${shortHost(s.host) || '—'} ${s.reachable ? '(reachable)' : '(unreachable)'}`,
    `Suggestions shown ${s.shown}, accepted ${s.accepted}, dropped by the gate ${s.dropped}`,
  ];
  if (s.message) lines.push(`Last problem: ${s.message}`);
  lines.push('Click to list the dropped suggestions.');
  return lines.join('\n');
}

/** Quick pick entries for the dropped suggestions, newest first. */
export function droppedItems(s: GantryStatus | undefined): { label: string; description: string; detail: string }[] {
  const list = [...(s?.lastDropped ?? [])].reverse();
  return list.map((d) => ({
    label: d.reason,
    description: d.uri.replace(/^.*\//, ''),
    detail: oneLine(d.text),
  }));
}

/** The same list as text for the output channel. */
export function droppedReport(s: GantryStatus | undefined): string {
  const list = s?.lastDropped ?? [];
  if (list.length === 0) return 'Gantry: no suggestion was dropped.';
  const out = [`Gantry dropped ${s!.dropped} suggestion(s); the last ${list.length}:`];
  for (const d of list) out.push(`- ${d.reason} in ${d.uri}\n    ${d.text.split('\n').join('\n    ')}`);
  return out.join('\n');
}

function oneLine(text: string): string {
  const t = text.replace(/\s*\n\s*/g, ' ⏎ ').trim();
  return t.length > 100 ? t.slice(0, 99) + '…' : t;
}
