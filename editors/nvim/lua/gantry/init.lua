-- Gantry for Neovim: filetypes for Structured Text, G-code and Verilog, the `gantry lsp`
-- client (diagnostics, completion) and ghost-text suggestions (see ghost.lua).
-- require('gantry').setup{ settings = { model = 'qwen2.5-coder:1.5b' } }
local api = vim.api
local ghost = require('gantry.ghost')
local M = {}

M.defaults = {
  cmd = nil, -- default { bin, 'lsp' }
  bin = 'gantry',
  -- Sent as initializationOptions; the same keys as gantry.toml, which they override.
  settings = {},
  root_markers = { 'gantry.toml', '.git' },
  omnifunc = true, -- <C-x><C-o> falls back to the server's textDocument/completion
  ghost = { enabled = true, auto_trigger = true, debounce_ms = 100 },
  keymaps = {
    accept = '<M-l>',
    accept_word = '<M-w>',
    accept_line = '<M-j>',
    next = '<M-]>',
    prev = '<M-[>',
    trigger = '<M-\\>',
    dismiss = '<C-]>',
  },
  -- :GantryPlot writes the toolpath SVG to plot_file (default: a temporary file) and opens
  -- it with plot_open: a function(path), false to only report the path, or nil for
  -- vim.ui.open (Neovim 0.10+), else xdg-open / open.
  plot_file = nil,
  plot_open = nil,
  -- Highlighting from Gantry's tree-sitter grammars (grammars/<lang>, compiled with the C
  -- compiler into parser_dir); the Vim syntax files remain the fallback.
  treesitter = { enabled = true, grammars_dir = nil, parser_dir = nil },
  on_attach = nil, -- function(client, bufnr)
  capabilities = nil, -- merged in, e.g. require('cmp_nvim_lsp').default_capabilities()
}

-- Filetype → file extensions. `st` is Smalltalk in Vim's runtime, hence structured_text.
M.filetypes = {
  structured_text = { 'st', 'iecst', 'scl', 'udt', 's7dcl', 'TcPOU', 'TcDUT', 'TcGVL', 'TcIO', 'TcTLEO' },
  gcode = { 'ngc', 'nc', 'tap', 'gcode', 'cnc' },
  verilog = { 'v', 'vh' },
  systemverilog = { 'sv', 'svh' },
}

M.config = vim.deepcopy(M.defaults)
M.status = nil -- the last gantry/status notification
local clients = {} -- root dir → client id, for Neovim 0.7 without vim.lsp.start

local function root_dir(path)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  for _, marker in ipairs(M.config.root_markers) do
    local found = vim.fn.findfile(marker, dir .. ';')
    if found == '' then
      found = vim.fn.finddir(marker, dir .. ';')
    end
    if found ~= '' then
      return (vim.fn.fnamemodify(found, ':p:h'):gsub('/%.git/?$', ''))
    end
  end
  return dir
end

local function capabilities()
  local caps = vim.lsp.protocol.make_client_capabilities()
  caps.textDocument.inlineCompletion = { dynamicRegistration = false }
  caps.experimental = { gantryStatus = true }
  return vim.tbl_deep_extend('force', caps, M.config.capabilities or {})
end

local function on_attach(client, buf)
  if M.config.omnifunc then
    vim.bo[buf].omnifunc = 'v:lua.vim.lsp.omnifunc'
  end
  if M.config.ghost.enabled then
    ghost.attach(buf, M.config.ghost)
    ghost.keymaps(buf, M.config.keymaps)
  end
  -- The server notifies on changes only; ask once for the initial state.
  ghost.request(client, 'workspace/executeCommand', { command = 'gantry.status', arguments = {} }, function(err, result)
    if not err and result and not M.status then
      M.status = result
    end
  end, buf)
  if M.config.on_attach then
    M.config.on_attach(client, buf)
  end
end

--- The client configuration, also usable with vim.lsp.start or lspconfig by hand.
function M.client_config(root)
  return {
    name = 'gantry',
    cmd = M.config.cmd or { M.config.bin, 'lsp' },
    root_dir = root,
    init_options = M.config.settings,
    capabilities = capabilities(),
    handlers = {
      ['gantry/status'] = function(_, result)
        M.status = result
      end,
    },
    on_attach = on_attach,
  }
end

--- Starts (or reuses) the server for buf's workspace and attaches it.
function M.attach(buf)
  buf = buf or api.nvim_get_current_buf()
  local path = api.nvim_buf_get_name(buf)
  if path == '' or vim.bo[buf].buftype ~= '' then
    return
  end
  local root = root_dir(path)
  if vim.lsp.start then -- 0.8+: reuses a client with the same name and root
    return vim.lsp.start(M.client_config(root), { bufnr = buf })
  end
  local id = clients[root]
  local c = id and vim.lsp.get_client_by_id(id)
  if not c or c.is_stopped() then
    id = vim.lsp.start_client(M.client_config(root))
    clients[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(buf, id)
  end
  return id
end

-- Runs a server command for the current buffer and hands the result to fn.
local function execute(command, arguments, fn)
  local buf = api.nvim_get_current_buf()
  local c = ghost.client(buf)
  if not c then
    return vim.notify('gantry: no server attached to this buffer', vim.log.levels.WARN)
  end
  ghost.request(c, 'workspace/executeCommand', { command = command, arguments = arguments }, function(err, result)
    if err then
      return vim.notify('gantry: ' .. command .. ': ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
    end
    fn(result)
  end, buf)
end

local function scratch(lines)
  vim.cmd('new')
  vim.bo.buftype, vim.bo.bufhidden, vim.bo.swapfile = 'nofile', 'wipe', false
  api.nvim_buf_set_lines(0, 0, -1, false, lines)
end

--- A short text for statuslines: backend, model, and the number of dropped suggestions.
function M.statusline()
  local s = M.status
  if not s then
    return ''
  end
  local text = s.backend == 'embedded' and 'gantry: embedded' or ('gantry: ' .. s.model)
  if not s.reachable then
    text = text .. ' (host unreachable)'
  end
  if (s.dropped or 0) > 0 then
    text = text .. ' · ' .. s.dropped .. ' dropped'
  end
  return text
end

-- Opens a picture the way the user configured, or with the system's viewer.
local function open_picture(file)
  local how = M.config.plot_open
  if type(how) == 'function' then
    return how(file)
  end
  if how == false then
    return vim.notify('gantry: toolpath written to ' .. file)
  end
  if vim.ui.open then
    return vim.ui.open(file)
  end
  for _, opener in ipairs({ 'xdg-open', 'open' }) do
    if vim.fn.executable(opener) == 1 then
      vim.fn.jobstart({ opener, file }, { detach = true })
      return
    end
  end
  vim.notify('gantry: toolpath written to ' .. file .. ' (no viewer found: set plot_open)')
end

M.plot_views = { 'xy', 'xz', 'yz', 'iso' }

--- Draws the current G-code buffer's toolpath (gantry.plot) as SVG and opens it.
function M.plot(view)
  view = (view and view ~= '') and view or 'xy'
  if not vim.tbl_contains(M.plot_views, view) then
    return vim.notify('gantry: unknown view ' .. view .. ' (xy, xz, yz or iso)', vim.log.levels.ERROR)
  end
  execute('gantry.plot', { vim.uri_from_bufnr(0), { view = view } }, function(r)
    local file = M.config.plot_file or (vim.fn.tempname() .. '.svg')
    local f, err = io.open(file, 'w')
    if not f then
      return vim.notify('gantry: cannot write ' .. file .. ': ' .. tostring(err), vim.log.levels.ERROR)
    end
    f:write(r.svg)
    f:close()
    M.last_plot = file
    open_picture(file)
  end)
end

local function commands()
  local cmd = api.nvim_create_user_command
  cmd('GantryPlot', function(a)
    M.plot(a.args)
  end, {
    nargs = '?',
    complete = function()
      return M.plot_views
    end,
    desc = 'Gantry: draw the toolpath of this G-code buffer (xy, xz, yz or iso) and open the SVG',
  })
  cmd('GantryStatus', function()
    execute('gantry.status', {}, function(s)
      M.status = s
      local lines = { M.statusline(), ('shown %d, accepted %d, dropped %d'):format(s.shown, s.accepted, s.dropped) }
      if s.message and s.message ~= '' then
        table.insert(lines, 'last problem: ' .. s.message)
      end
      for _, d in ipairs(s.lastDropped or {}) do
        table.insert(lines, ('dropped (%s): %s'):format(d.reason, d.text:gsub('\n', '⏎')))
      end
      vim.notify(table.concat(lines, '\n'))
    end)
  end, { desc = 'Gantry: backend state and dropped suggestions' })
  cmd('GantryPrompt', function()
    local pos = api.nvim_win_get_cursor(0)
    local line = api.nvim_get_current_line()
    local character = ghost.character(ghost.client(0), line, pos[2])
    execute('gantry.showPrompt', { vim.uri_from_bufnr(0), { line = pos[1] - 1, character = character } }, function(p)
      scratch(ghost.split(p.text))
    end)
  end, { desc = 'Gantry: show what would be sent to the model at the cursor' })
  cmd('GantryCheck', function()
    execute('gantry.checkWorkspace', {}, function(r)
      vim.notify(('gantry: %d files, %d errors, %d warnings'):format(r.files, r.errors, r.warnings))
    end)
  end, { desc = 'Gantry: check every workspace file' })
end

function M.setup(opts)
  M.config = vim.tbl_deep_extend('force', vim.deepcopy(M.defaults), opts or {})
  local group = api.nvim_create_augroup('gantry', { clear = true })
  -- Autocommands rather than vim.filetype.add, which Neovim 0.7 only honours with
  -- g:do_filetype_lua; defined after the runtime's, so they win (.st is Smalltalk there).
  for ft, exts in pairs(M.filetypes) do
    local patterns = {}
    for _, e in ipairs(exts) do
      table.insert(patterns, '*.' .. e)
    end
    api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
      group = group,
      pattern = patterns,
      callback = function(a)
        if vim.bo[a.buf].filetype ~= ft then
          vim.bo[a.buf].filetype = ft
        end
      end,
    })
  end
  api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = vim.tbl_keys(M.filetypes),
    callback = function(a)
      M.attach(a.buf)
    end,
  })
  commands()
  if M.config.treesitter and M.config.treesitter.enabled then
    require('gantry.treesitter').setup({
      grammars_dir = M.config.treesitter.grammars_dir,
      parser_dir = M.config.treesitter.parser_dir,
    })
  end
  -- Buffers opened before setup() ran.
  for _, buf in ipairs(api.nvim_list_bufs()) do
    if api.nvim_buf_is_loaded(buf) then
      local ext = vim.fn.fnamemodify(api.nvim_buf_get_name(buf), ':e')
      for ft, exts in pairs(M.filetypes) do
        if vim.tbl_contains(exts, ext) and vim.bo[buf].filetype ~= ft then
          vim.bo[buf].filetype = ft
        elseif vim.tbl_contains(exts, ext) then
          M.attach(buf)
        end
      end
    end
  end
end

return M
