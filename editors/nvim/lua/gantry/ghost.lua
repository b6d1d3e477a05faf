-- Ghost text from LSP 3.18 textDocument/inlineCompletion, which Neovim's client does not
-- speak before 0.12: request after typing pauses, draw the candidate with extmarks, accept
-- it whole, by word or by line, cycle candidates. Runs on Neovim 0.7.2 and later.
local api = vim.api
local M = {}

M.ns = api.nvim_create_namespace('gantry_ghost')
-- 'inline' virtual text (0.10+) can sit mid-line; older versions overlay at the end of line.
local has_inline = vim.fn.has('nvim-0.10') == 1
-- 0.11 moved to client:request() and encoding-first str_utfindex/str_byteindex.
local nvim011 = vim.fn.has('nvim-0.11') == 1
local method_calls = nvim011
local uv = vim.uv or vim.loop

local opts = { debounce_ms = 100, auto_trigger = true }
local state = {} -- per buffer: timer, req, items, index, row, col, remaining, tail, own_tick

local function st(buf)
  state[buf] = state[buf] or {}
  return state[buf]
end

-- LSP positions count UTF-16 code units; buffers count bytes.
function M.utf16(line, byte)
  if nvim011 then
    return vim.str_utfindex(line, 'utf-16', byte, false)
  end
  local _, u16 = vim.str_utfindex(line, math.min(byte, #line))
  return u16
end

local function byteindex(line, u16)
  local ok, b
  if nvim011 then
    ok, b = pcall(vim.str_byteindex, line, 'utf-16', u16, false)
  else
    ok, b = pcall(vim.str_byteindex, line, u16, true)
  end
  return ok and b or #line
end

-- The server answers in the position encoding it chose at initialize from what the client
-- offered: Neovim 0.10 and later offer utf-8 (then client.offset_encoding is 'utf-8' and
-- columns are bytes, as in the buffer); older ones speak LSP's default utf-16.
local function bytes(c)
  return c ~= nil and c.offset_encoding == 'utf-8'
end

--- The LSP character of byte column `byte` of `line` for client c.
function M.character(c, line, byte)
  if bytes(c) then
    return math.min(byte, #line)
  end
  return M.utf16(line, byte)
end

--- The byte column of LSP character `ch` of `line` for client c.
function M.byte(c, line, ch)
  if bytes(c) then
    return math.min(ch, #line)
  end
  return byteindex(line, ch)
end

function M.split(s)
  local out, from = {}, 1
  while true do
    local i = s:find('\n', from, true)
    if not i then
      table.insert(out, s:sub(from))
      return out
    end
    table.insert(out, s:sub(from, i - 1))
    from = i + 1
  end
end

--- The gantry client attached to buf, if any.
function M.client(buf)
  local list = (vim.lsp.get_clients or vim.lsp.get_active_clients)()
  for _, c in ipairs(list) do
    if c.name == 'gantry' and vim.lsp.buf_is_attached(buf, c.id) then
      return c
    end
  end
end

function M.request(c, method, params, handler, buf)
  if method_calls then
    return c:request(method, params, handler, buf)
  end
  return c.request(method, params, handler, buf)
end

local function cancel(c, id)
  if method_calls then
    c:cancel_request(id)
  else
    c.cancel_request(id)
  end
end

local function in_insert()
  return api.nvim_get_mode().mode:sub(1, 1) == 'i'
end

--- Removes the ghost text and forgets the candidates.
function M.clear(buf)
  buf = buf or api.nvim_get_current_buf()
  local s = st(buf)
  if api.nvim_buf_is_valid(buf) then
    api.nvim_buf_clear_namespace(buf, M.ns, 0, -1)
  end
  s.items, s.remaining = nil, nil
end

local function stop(buf)
  local s = st(buf)
  if s.timer then
    s.timer:stop()
  end
  if s.req then
    cancel(s.req.client, s.req.id)
    s.req = nil
  end
end

--- True when a suggestion is shown in buf.
function M.visible(buf)
  local s = st(buf or api.nvim_get_current_buf())
  return s.remaining ~= nil and s.remaining ~= ''
end

--- The text the ghost shows, for tests and statuslines.
function M.text(buf)
  return st(buf or api.nvim_get_current_buf()).remaining
end

local function render(buf)
  local s = st(buf)
  api.nvim_buf_clear_namespace(buf, M.ns, 0, -1)
  if not M.visible(buf) then
    return
  end
  local lines = M.split(s.remaining)
  local line = api.nvim_buf_get_lines(buf, s.row, s.row + 1, false)[1] or ''
  local mark = { hl_mode = 'combine' }
  if lines[1] ~= '' then
    mark.virt_text = { { lines[1], 'GantryGhost' } }
    if has_inline then
      mark.virt_text_pos = 'inline'
    elseif s.col >= #line then
      mark.virt_text_pos = 'overlay'
    else
      mark.virt_text_pos = 'eol' -- cannot insert mid-line before 0.10
    end
  end
  if #lines > 1 then
    mark.virt_lines = {}
    for i = 2, #lines do
      table.insert(mark.virt_lines, { { lines[i], 'GantryGhost' } })
    end
  end
  api.nvim_buf_set_extmark(buf, M.ns, s.row, math.min(s.col, #line), mark)
end

-- The part of an item still to insert at the cursor, and how many bytes after the cursor
-- its range replaces; nil when the item does not fit the cursor.
local function fit(buf, item, row, col)
  local text = item.insertText
  if type(text) == 'table' then
    text = text.value -- a StringValue snippet: inserted as plain text
  end
  if type(text) ~= 'string' or text == '' then
    return nil
  end
  local r = item.range
  if not r then
    return text, 0
  end
  if r.start.line ~= row or r['end'].line ~= row then
    return nil -- the specification keeps ranges on one line
  end
  local line = api.nvim_buf_get_lines(buf, row, row + 1, false)[1] or ''
  local c = M.client(buf)
  local scol = M.byte(c, line, r.start.character)
  local ecol = M.byte(c, line, r['end'].character)
  if scol > col or ecol < col then
    return nil
  end
  local typed = line:sub(scol + 1, col)
  if text:sub(1, #typed) ~= typed then
    return nil
  end
  return text:sub(#typed + 1), ecol - col
end

local function choose(buf, index)
  local s = st(buf)
  s.index = index
  local item = s.items[index]
  s.remaining, s.tail = fit(buf, item, s.row, s.col)
  render(buf)
end

local function cursor()
  local pos = api.nvim_win_get_cursor(0)
  return pos[1] - 1, pos[2]
end

--- Asks the server for candidates at the cursor; invoked requests may return several.
function M.trigger(buf, invoked, then_index)
  buf = buf or api.nvim_get_current_buf()
  local c = M.client(buf)
  if not c then
    return
  end
  stop(buf)
  local s = st(buf)
  local row, col = cursor()
  local line = api.nvim_buf_get_lines(buf, row, row + 1, false)[1] or ''
  local character = M.character(c, line, col)
  local tick = api.nvim_buf_get_changedtick(buf)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = row, character = character },
    context = { triggerKind = invoked and 1 or 2 },
  }
  local ok, id
  ok, id = M.request(c, 'textDocument/inlineCompletion', params, function(err, result)
    if s.req and s.req.id == id then
      s.req = nil
    end
    -- Stale answers (the user typed or moved on) are ignored, and so are answers while
    -- the completion menu is open: the ghost would be drawn under it.
    if err or not result or not in_insert() or api.nvim_get_current_buf() ~= buf or vim.fn.pumvisible() == 1 then
      return
    end
    local r2, c2 = cursor()
    if api.nvim_buf_get_changedtick(buf) ~= tick or r2 ~= row or c2 ~= col then
      return
    end
    local items = {}
    for _, item in ipairs(result.items or result) do
      if fit(buf, item, row, col) then
        table.insert(items, item)
      end
    end
    if #items == 0 then
      return M.clear(buf)
    end
    s.items, s.row, s.col, s.invoked = items, row, col, invoked
    choose(buf, math.min(then_index or 1, #items))
  end, buf)
  if ok then
    s.req = { client = c, id = id }
  end
end

local function schedule(buf)
  if not opts.auto_trigger then
    return
  end
  local s = st(buf)
  s.timer = s.timer or uv.new_timer()
  s.timer:stop()
  s.timer:start(opts.debounce_ms, 0, vim.schedule_wrap(function()
    if in_insert() and api.nvim_get_current_buf() == buf then
      M.trigger(buf, false)
    end
  end))
end

-- Runs the item's command (gantry.accepted) on the server: the acceptance signal.
local function run_command(buf, item)
  local c = M.client(buf)
  if c and item.command then
    M.request(c, 'workspace/executeCommand', { command = item.command.command, arguments = item.command.arguments }, function() end, buf)
  end
end

-- Inserts piece at the cursor (replacing `tail` bytes after it) and moves past it.
local function insert(buf, piece, tail)
  local s = st(buf)
  local lines = M.split(piece)
  api.nvim_buf_set_text(buf, s.row, s.col, s.row, s.col + (tail or 0), lines)
  local row = s.row + #lines - 1
  local col = #lines[#lines] + (#lines == 1 and s.col or 0)
  s.own_tick = api.nvim_buf_get_changedtick(buf)
  s.row, s.col = row, col
  api.nvim_win_set_cursor(0, { row + 1, col })
end

--- Accepts the whole suggestion.
function M.accept(buf)
  buf = buf or api.nvim_get_current_buf()
  local s = st(buf)
  if not M.visible(buf) then
    return false
  end
  local item = s.items[s.index]
  insert(buf, s.remaining, s.tail)
  M.clear(buf)
  run_command(buf, item)
  return true
end

-- Accepts a leading piece; what is left stays shown. The command runs once all is taken.
local function accept_piece(buf, piece)
  local s = st(buf)
  if not M.visible(buf) or piece == '' then
    return false
  end
  if piece == s.remaining then
    return M.accept(buf)
  end
  insert(buf, piece, 0)
  s.remaining = s.remaining:sub(#piece + 1)
  render(buf)
  return true
end

--- Accepts the next word (with the whitespace or line break before it).
function M.accept_word(buf)
  buf = buf or api.nvim_get_current_buf()
  local r = st(buf).remaining or ''
  local piece = r:match('^\n?[ \t]*[%w_]+') or r:match('^\n?[ \t]*[^%w_%s]+') or r:match('^\n?[ \t]*')
  return accept_piece(buf, piece)
end

--- Accepts up to the end of the current line (or the next line when at a line break).
function M.accept_line(buf)
  buf = buf or api.nvim_get_current_buf()
  local r = st(buf).remaining or ''
  local piece = r:match('^\n?[^\n]*')
  return accept_piece(buf, piece)
end

--- Shows the next (step 1) or previous (-1) candidate; asks for more when there is one.
function M.cycle(step, buf)
  buf = buf or api.nvim_get_current_buf()
  local s = st(buf)
  if not s.items then
    return M.trigger(buf, true)
  end
  if #s.items < 2 and not s.invoked then
    return M.trigger(buf, true, 2)
  end
  choose(buf, (s.index - 1 + step) % #s.items + 1)
end

--- Sets buffer-local insert-mode keys. A key without a suggestion to act on types itself.
function M.keymaps(buf, keys)
  local function map(lhs, fn)
    if not lhs or lhs == '' then
      return
    end
    vim.keymap.set('i', lhs, function()
      if not fn(buf) then
        api.nvim_feedkeys(api.nvim_replace_termcodes(lhs, true, false, true), 'n', false)
      end
    end, { buffer = buf, silent = true, desc = 'gantry' })
  end
  map(keys.accept, M.accept)
  map(keys.accept_word, M.accept_word)
  map(keys.accept_line, M.accept_line)
  map(keys.next, function(b) M.cycle(1, b) return true end)
  map(keys.prev, function(b) M.cycle(-1, b) return true end)
  map(keys.trigger, function(b) M.trigger(b, true) return true end)
  map(keys.dismiss, function(b)
    local shown = M.visible(b)
    M.clear(b)
    return shown
  end)
end

--- Starts suggesting in buf: typing pauses trigger requests, leaving insert mode clears.
function M.attach(buf, o)
  opts = vim.tbl_extend('force', opts, o or {})
  if st(buf).attached then
    return
  end
  st(buf).attached = true
  vim.cmd('highlight default link GantryGhost Comment')
  local group = api.nvim_create_augroup('gantry_ghost_' .. buf, { clear = true })
  local function au(events, fn)
    api.nvim_create_autocmd(events, { group = group, buffer = buf, callback = fn })
  end
  au('InsertEnter', function()
    schedule(buf)
  end)
  au('TextChangedI', function()
    if api.nvim_buf_get_changedtick(buf) == st(buf).own_tick then
      return -- our own insertion of an accepted piece
    end
    M.clear(buf)
    schedule(buf)
  end)
  au('CursorMovedI', function()
    local s = st(buf)
    local row, col = cursor()
    if s.remaining and (row ~= s.row or col ~= s.col) then
      M.clear(buf)
      schedule(buf)
    end
  end)
  au({ 'InsertLeave', 'BufLeave' }, function()
    stop(buf)
    M.clear(buf)
  end)
  au('BufUnload', function()
    stop(buf)
    if st(buf).timer then
      st(buf).timer:close()
    end
    state[buf] = nil
    pcall(api.nvim_del_augroup_by_id, group)
  end)
end

return M
