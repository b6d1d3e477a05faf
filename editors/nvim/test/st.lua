-- Structured Text in headless Neovim: diagnostics, a model suggestion accepted by word and
-- by line, then the embedded backend's END_IF shown, cycled and accepted with the keymaps.
local H = dofile(os.getenv('PLUGIN_DIR') .. '/test/helper.lua')
local api = vim.api

local src = table.concat({
  'PROGRAM Main',
  'VAR_INPUT',
  '    bStart : BOOL;',
  'END_VAR',
  'VAR',
  '    nCount : INT;',
  'END_VAR',
  'bStart := TRUE;',
  'IF nCount > 3 THEN',
  '    nCount := 0;',
  '    ',
  'END_PROGRAM',
  '',
}, '\n')

H.run(function()
  local buf, uri = H.open('main.st', src)
  H.check(vim.bo[buf].filetype == 'structured_text', 'filetype %q', vim.bo[buf].filetype)
  H.check(vim.bo[buf].omnifunc == 'v:lua.vim.lsp.omnifunc', 'omnifunc %q', vim.bo[buf].omnifunc)
  H.wait('diagnostics', function()
    local c = H.codes(buf)
    return c['st/write-to-input'] ~= nil and c['st/syntax'] ~= nil
  end)
  H.check(H.codes(buf)['st/write-to-input'] == 7, 'st/write-to-input on line %s', tostring(H.codes(buf)['st/write-to-input']))
  -- Columns follow the encoding the server chose: Neovim 0.10+ offers utf-8, older
  -- versions get utf-16 (what this Neovim's client holds is checked against the answer).
  local line = '(* Größe 电机 *) x'
  H.check(H.ghost.character({ offset_encoding = 'utf-8' }, line, #'(* Größe 电机') == #'(* Größe 电机', 'utf-8 character')
  H.check(H.ghost.character({ offset_encoding = 'utf-16' }, line, #'(* Größe 电机') == 11, 'utf-16 character')
  H.check(H.ghost.byte({ offset_encoding = 'utf-16' }, line, 11) == #'(* Größe 电机', 'utf-16 byte')
  H.check(H.ghost.byte({ offset_encoding = 'utf-8' }, line, 99) == #line, 'utf-8 byte clamps')
  local want = vim.fn.has('nvim-0.10') == 1 and 'utf-8' or 'utf-16'
  H.check(H.ghost.client(buf).offset_encoding == want, 'offset_encoding %s, want %s', tostring(H.ghost.client(buf).offset_encoding), want)

  -- The fake model answers MODEL_REPLY on the blank line inside the IF.
  H.accept_model_reply(buf, 10, '    ', os.getenv('MODEL_REPLY'))

  -- Now offline: the embedded backend closes the IF on a new line.
  local c = H.ghost.client(buf)
  local notify = vim.fn.has('nvim-0.11') == 1 and function(...) return c:notify(...) end or c.notify
  notify('workspace/didChangeConfiguration', { settings = { backend = 'embedded' } })
  H.sleep(100)
  H.keys('o')
  H.wait('the embedded END_IF', function()
    return (H.drawn(buf) or ''):find('END_IF') ~= nil
  end)
  local first = H.drawn(buf)
  H.log('embedded ghost: %q', first)
  H.keys('<M-]>') -- an invoked request: the server may offer more candidates
  H.wait('the next candidate', function()
    return H.ghost.visible(buf)
  end)
  local second = H.drawn(buf)
  H.log('next candidate: %q', tostring(second))
  -- Invoked, the embedded backend offers a second candidate (a new IF) after END_IF.
  H.check(second ~= first, 'next showed no other candidate: %q', tostring(second))
  H.keys('<M-[>')
  H.check(H.drawn(buf) == first, 'prev did not return to %q: %q', first, tostring(H.drawn(buf)))
  local want = H.ghost.text(buf)
  H.keys('<M-l>')
  H.check(not H.ghost.visible(buf), 'ghost left after accept')
  local text = table.concat(H.lines(buf), '\n')
  H.check(text:find(want, 1, true) ~= nil, 'buffer lacks the accepted %q:\n%s', want, text)
  H.check(text:find('\nEND_IF;?\n') ~= nil or text:find('\n%s*END_IF;?\n') ~= nil, 'no END_IF line:\n%s', text)
  H.keys('<Esc>')
  -- The accepted END_IF fixes the syntax error.
  H.wait('the syntax error to go', function()
    return H.codes(buf)['st/syntax'] == nil and H.published[uri] ~= nil
  end)
  H.result.lines = H.lines(buf)
end)
