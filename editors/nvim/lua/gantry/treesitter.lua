-- Highlighting from Gantry's own tree-sitter grammars and queries (grammars/<lang>), the
-- same source the server parses with: one source of truth instead of the Vim syntax files,
-- which stay only as the fallback when no parser can be built (no C compiler, no grammars).
--
-- Neovim 0.9+ registers the language with vim.treesitter.language.add and starts it with
-- vim.treesitter.start; Neovim 0.7/0.8 load it with vim.treesitter.require_language and
-- attach vim.treesitter.highlighter. Parsers are compiled once into
-- stdpath('data')/gantry/parser (or opts.parser_dir) and rebuilt when parser.c changes.
local api = vim.api
local M = {}

-- Filetype → grammar folder (and tree-sitter language name).
M.languages = {
  structured_text = 'st',
  gcode = 'gcode',
  verilog = 'rtl',
  systemverilog = 'rtl',
}

local function exists(path)
  return vim.loop.fs_stat(path) ~= nil
end

local function mtime(path)
  local st = vim.loop.fs_stat(path)
  return st and st.mtime.sec or 0
end

-- The repository's grammars folder, from this file's place in editors/nvim/lua/gantry.
function M.default_grammars_dir()
  local here = debug.getinfo(1, 'S').source:sub(2)
  return vim.fn.fnamemodify(here, ':p:h:h:h:h:h') .. '/grammars'
end

function M.default_parser_dir()
  return vim.fn.stdpath('data') .. '/gantry/parser'
end

-- build compiles grammars/<lang>/src into parser_dir/<lang>.so unless it is up to date.
-- It returns the library's path, or nil and the reason.
function M.build(lang, grammars_dir, parser_dir)
  local src = grammars_dir .. '/' .. lang .. '/src'
  if not exists(src .. '/parser.c') then
    return nil, 'no ' .. src .. '/parser.c'
  end
  vim.fn.mkdir(parser_dir, 'p')
  local so = parser_dir .. '/' .. lang .. '.so'
  local sources = { src .. '/parser.c' }
  if exists(src .. '/scanner.c') then
    table.insert(sources, src .. '/scanner.c')
  end
  local newest = 0
  for _, s in ipairs(sources) do
    newest = math.max(newest, mtime(s))
  end
  if exists(so) and mtime(so) >= newest then
    return so
  end
  local cc = vim.env.CC or 'cc'
  if vim.fn.executable(cc) ~= 1 then
    return nil, 'no C compiler (' .. cc .. ')'
  end
  local cmd = { cc, '-shared', '-fPIC', '-O2', '-std=c11', '-I', src, '-o', so }
  vim.list_extend(cmd, sources)
  local out = vim.fn.system(cmd)
  if vim.v.shell_error ~= 0 then
    return nil, 'compiling ' .. lang .. ': ' .. out
  end
  return so
end

local function read(path)
  local f = io.open(path, 'r')
  if not f then
    return nil
  end
  local text = f:read('*a')
  f:close()
  return text
end

local loaded = {} -- lang → true once the parser and its highlights query are registered

-- load registers lang's parser and highlights query with Neovim.
function M.load(lang, opts)
  if loaded[lang] then
    return true
  end
  local so, err = M.build(lang, opts.grammars_dir, opts.parser_dir)
  if not so then
    return false, err
  end
  local ok, lerr = pcall(function()
    if vim.treesitter.language.add then -- 0.10
      vim.treesitter.language.add(lang, { path = so })
    elseif vim.treesitter.language.require_language then -- 0.8, 0.9
      vim.treesitter.language.require_language(lang, so)
    else -- 0.7
      vim.treesitter.require_language(lang, so)
    end
  end)
  if not ok then
    return false, lerr
  end
  local query = read(opts.grammars_dir .. '/' .. lang .. '/queries/highlights.scm')
  if not query then
    return false, 'no highlights query for ' .. lang
  end
  ok, lerr = pcall(function()
    if vim.treesitter.query.set then -- 0.9
      vim.treesitter.query.set(lang, 'highlights', query)
    else
      vim.treesitter.query.set_query(lang, 'highlights', query)
    end
  end)
  if not ok then
    return false, lerr
  end
  loaded[lang] = true
  return true
end

-- start highlights buf with the tree-sitter parser of its filetype and turns the Vim syntax
-- off for it; false (and the reason) leaves the Vim syntax in place.
function M.start(buf, opts)
  local lang = M.languages[vim.bo[buf].filetype]
  if not lang then
    return false, 'no grammar for filetype ' .. vim.bo[buf].filetype
  end
  local ok, err = M.load(lang, opts)
  if not ok then
    return false, err
  end
  ok, err = pcall(function()
    if vim.treesitter.start then -- 0.9
      vim.treesitter.start(buf, lang)
    else
      vim.treesitter.highlighter.new(vim.treesitter.get_parser(buf, lang))
      vim.bo[buf].syntax = ''
    end
  end)
  if not ok then
    return false, err
  end
  vim.b[buf].gantry_treesitter = lang
  return true
end

-- setup starts tree-sitter highlighting for Gantry's filetypes; a failure is said once.
function M.setup(opts)
  opts = opts or {}
  opts.grammars_dir = opts.grammars_dir or M.default_grammars_dir()
  opts.parser_dir = opts.parser_dir or M.default_parser_dir()
  local warned = false
  api.nvim_create_autocmd('FileType', {
    group = api.nvim_create_augroup('gantry_treesitter', { clear = true }),
    pattern = vim.tbl_keys(M.languages),
    callback = function(a)
      local ok, err = M.start(a.buf, opts)
      if not ok and not warned then
        warned = true
        vim.notify('gantry: tree-sitter highlighting off, Vim syntax in use: ' .. tostring(err), vim.log.levels.INFO)
      end
    end,
  })
  for _, buf in ipairs(api.nvim_list_bufs()) do
    if api.nvim_buf_is_loaded(buf) and M.languages[vim.bo[buf].filetype] then
      M.start(buf, opts)
    end
  end
end

return M
