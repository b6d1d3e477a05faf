-- Shared driver for the headless per-language tests (st.lua, gcode.lua, verilog.lua).
-- Steps run in a coroutine resumed by timers, so the editor's main loop keeps running
-- between them: insert mode, typeahead, LSP messages. Results (and failures) go to
-- RESULT_FILE as JSON for nvim_test.go. Works on Neovim 0.7.
local api = vim.api
local H = { result = { errors = {}, log = {} }, published = {} }
local dir, out = os.getenv('TEST_DIR'), os.getenv('RESULT_FILE')
vim.opt.runtimepath:prepend(os.getenv('PLUGIN_DIR'))
local gantry = require('gantry')
H.ghost = require('gantry.ghost')

-- Count publishDiagnostics per URI, so an empty list is still seen as published.
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  H.published[result.uri] = (H.published[result.uri] or 0) + 1
  return publish(err, result, ctx, config)
end

function H.log(fmt, ...)
  table.insert(H.result.log, fmt:format(...))
end

function H.check(cond, fmt, ...)
  if not cond then
    table.insert(H.result.errors, fmt:format(...))
  end
  return cond
end

local done = false
function H.finish()
  if done then
    return
  end
  done = true
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(H.result))
  f:close()
  vim.cmd('qa!')
end

local co
local function resume()
  local ok, err = coroutine.resume(co)
  if not ok then
    table.insert(H.result.errors, tostring(err))
    H.finish()
  end
end

function H.sleep(ms)
  vim.defer_fn(resume, ms)
  coroutine.yield()
end

function H.wait(what, cond, ms)
  local deadline = vim.loop.now() + (ms or 15000)
  while not cond() do
    if vim.loop.now() > deadline then
      error('timed out waiting for ' .. what, 0)
    end
    H.sleep(20)
  end
end

-- Types keys as a user would (mappings apply) and lets the editor process them.
function H.keys(k)
  api.nvim_feedkeys(api.nvim_replace_termcodes(k, true, false, true), 'm', false)
  H.sleep(50)
end

function H.run(fn)
  co = coroutine.create(function()
    fn()
    H.finish()
  end)
  vim.defer_fn(resume, 0)
  vim.defer_fn(function()
    table.insert(H.result.errors, 'the test script timed out')
    H.finish()
  end, 50000)
end

-- Writes the file, sets the plugin up with SETTINGS (JSON) and opens it.
function H.open(name, text)
  local path = dir .. '/' .. name
  local f = assert(io.open(path, 'w'))
  f:write(text)
  f:close()
  gantry.setup({ bin = os.getenv('GANTRY_BIN'), settings = vim.fn.json_decode(os.getenv('SETTINGS') or '{}') })
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local buf = api.nvim_get_current_buf()
  H.wait('the gantry client', function()
    return H.ghost.client(buf) ~= nil
  end)
  return buf, vim.uri_from_bufnr(buf)
end

-- Diagnostic codes → first 0-based line.
function H.codes(buf)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if code and out[code] == nil then
      out[code] = d.lnum
    end
  end
  return out
end

function H.lines(buf)
  return api.nvim_buf_get_lines(buf, 0, -1, false)
end

-- The ghost text as drawn: the extmark's virt_text, then its virt_lines.
function H.drawn(buf)
  local parts = {}
  for _, m in ipairs(api.nvim_buf_get_extmarks(buf, H.ghost.ns, 0, -1, { details = true })) do
    local d = m[4]
    local first = ''
    for _, chunk in ipairs(d.virt_text or {}) do
      first = first .. chunk[1]
    end
    table.insert(parts, first)
    for _, vl in ipairs(d.virt_lines or {}) do
      local l = ''
      for _, chunk in ipairs(vl) do
        l = l .. chunk[1]
      end
      table.insert(parts, l)
    end
  end
  return #parts > 0 and table.concat(parts, '\n') or nil
end

-- Runs a server command synchronously (outside insert mode).
function H.execute(buf, command, args)
  local res = vim.lsp.buf_request_sync(buf, 'workspace/executeCommand', { command = command, arguments = args or {} }, 10000)
  for _, r in pairs(res or {}) do
    if r.result then
      return r.result
    end
  end
end

-- The model-backed scenario every language shares: the cursor at the end of line `row`
-- (0-based) in insert mode, the fake model's `reply` shown as ghost text, accepted by word,
-- then by line; the buffer then holds `indent .. reply` and the server counted it.
function H.accept_model_reply(buf, row, indent, reply)
  api.nvim_win_set_cursor(0, { row + 1, 0 })
  vim.cmd('startinsert!')
  H.wait('ghost text from the model', function()
    return H.ghost.visible(buf)
  end)
  H.check(H.drawn(buf) == reply, 'drawn ghost %q, want %q', tostring(H.drawn(buf)), reply)
  local word = reply:match('^[%w_]+') or reply:match('^[^%w_%s]+')
  H.keys('<M-w>')
  H.check(H.lines(buf)[row + 1] == indent .. word, 'after accept-word: %q', H.lines(buf)[row + 1])
  H.check(H.ghost.text(buf) == reply:sub(#word + 1), 'ghost after accept-word: %q', tostring(H.ghost.text(buf)))
  H.keys('<M-j>')
  H.check(H.lines(buf)[row + 1] == indent .. reply, 'after accept-line: %q', H.lines(buf)[row + 1])
  H.check(not H.ghost.visible(buf) and H.drawn(buf) == nil, 'ghost left after accepting everything')
  H.keys('<Esc>')
  H.wait('normal mode', function()
    return api.nvim_get_mode().mode == 'n'
  end)
  local st = H.execute(buf, 'gantry.status') or {}
  H.check(st.accepted == 1, 'gantry.accepted not counted: %s', vim.inspect(st))
end

return H
