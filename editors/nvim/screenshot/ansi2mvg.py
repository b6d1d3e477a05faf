#!/usr/bin/env python3
"""Turns `tmux capture-pane -e -p` output (SGR colours) into ImageMagick draw commands
(MVG): a background rectangle per run of equally styled cells and one glyph per cell, so
the monospace grid stays exact. Render with: convert screen.mvg screen.png"""
import re
import sys

CW, CH, PAD = 9, 18, 10  # cell size and margin in pixels (DejaVu Sans Mono 15px)
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono%s.ttf'
BASE = ['#1d1f21', '#cc6666', '#b5bd68', '#f0c674', '#81a2be', '#b294bb', '#8abeb7', '#c5c8c6',
        '#666666', '#d54e53', '#b9ca4a', '#e7c547', '#7aa6da', '#c397d8', '#70c0b1', '#eaeaea']
FG, BG = '#c5c8c6', '#1d1f21'


def xterm(n):
    if n < 16:
        return BASE[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return '#%02x%02x%02x' % (steps[n // 36], steps[n // 6 % 6], steps[n % 6])
    v = 8 + 10 * (n - 232)
    return '#%02x%02x%02x' % (v, v, v)


def sgr(params, st):
    ps = [int(p) if p else 0 for p in params.split(';')] if params else [0]
    i = 0
    while i < len(ps):
        p = ps[i]
        if p == 0:
            st.update(fg=None, bg=None, bold=False, italic=False, rev=False)
        elif p == 1:
            st['bold'] = True
        elif p == 3:
            st['italic'] = True
        elif p == 7:
            st['rev'] = True
        elif p in (22, 23, 27):
            st[{22: 'bold', 23: 'italic', 27: 'rev'}[p]] = False
        elif 30 <= p <= 37 or 90 <= p <= 97:
            st['fg'] = BASE[p - 30 if p < 90 else p - 82]
        elif 40 <= p <= 47 or 100 <= p <= 107:
            st['bg'] = BASE[p - 40 if p < 100 else p - 92]
        elif p in (39, 49):
            st['fg' if p == 39 else 'bg'] = None
        elif p in (38, 48) and i + 1 < len(ps):
            key = 'fg' if p == 38 else 'bg'
            if ps[i + 1] == 5:
                st[key], i = xterm(ps[i + 2]), i + 2
            elif ps[i + 1] == 2:
                st[key], i = '#%02x%02x%02x' % tuple(ps[i + 2:i + 5]), i + 4
        i += 1


def main(src, dst):
    rows = []
    for line in open(src, encoding='utf-8').read().rstrip('\n').split('\n'):
        st, cells = dict(fg=None, bg=None, bold=False, italic=False, rev=False), []
        for tok in re.split(r'(\x1b\[[0-9;]*m)', line):
            if tok.startswith('\x1b['):
                sgr(tok[2:-1], st)
            else:
                cells += [(ch, dict(st)) for ch in tok]
        rows.append(cells)
    width = max(len(r) for r in rows)
    w, h = width * CW + 2 * PAD, len(rows) * CH + 2 * PAD
    out = [f'viewbox 0 0 {w} {h}', f"fill '{BG}' rectangle 0,0 {w},{h}", 'font-size 15']
    for y, cells in enumerate(rows):
        x = 0
        while x < len(cells):
            s = cells[x][1]
            run = x
            while run < len(cells) and cells[run][1] == s:
                run += 1
            fg, bg = s['fg'] or FG, s['bg']
            if s['rev']:
                fg, bg = bg or BG, fg
            px, py = PAD + x * CW, PAD + y * CH
            if bg:
                out.append(f"fill '{bg}' rectangle {px},{py} {px + (run - x) * CW - 1},{py + CH - 1}")
            style = ('-Bold' if s['bold'] else '') + ('Oblique' if s['italic'] else '')
            out.append(f"font '{FONT % ('-' + style.lstrip('-') if style else '')}' fill '{fg}'")
            for k, (ch, _) in enumerate(cells[x:run]):
                if ch != ' ':
                    esc = ch.replace('\\', '\\\\').replace("'", "\\'")
                    out.append(f"text {px + k * CW},{py + CH - 5} '{esc}'")
            x = run
    open(dst, 'w', encoding='utf-8').write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
