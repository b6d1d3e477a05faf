-- Headless check of tree-sitter highlighting: run by treesitter_test.go with
-- GANTRY_PLUGIN (the plugin folder), GANTRY_PARSERS (a scratch folder) and GANTRY_OUT.
-- For each fixture it records whether the buffer is highlighted by tree-sitter, the Vim
-- syntax left on, and the highlight captures at given positions.
vim.opt.runtimepath:append(vim.env.GANTRY_PLUGIN)
vim.cmd('syntax on')
require('gantry').setup({ bin = 'false', treesitter = { parser_dir = vim.env.GANTRY_PARSERS } })

local function captures_at(buf, lang, row, col)
  local parser = vim.treesitter.get_parser(buf, lang)
  local root = parser:parse()[1]:root()
  local query = vim.treesitter.query.get and vim.treesitter.query.get(lang, 'highlights')
    or vim.treesitter.get_query(lang, 'highlights')
  local names = {}
  for id, node in query:iter_captures(root, buf, row, row + 1) do
    local sr, sc, er, ec = node:range()
    if (sr < row or sr == row and sc <= col) and (er > row or er == row and ec > col) then
      table.insert(names, query.captures[id])
    end
  end
  return names
end

local out = {}
for _, probe in ipairs(vim.json.decode(vim.env.GANTRY_PROBES)) do
  vim.cmd('edit ' .. probe.file)
  local buf = vim.api.nvim_get_current_buf()
  local res = {
    file = probe.file,
    filetype = vim.bo[buf].filetype,
    treesitter = vim.b[buf].gantry_treesitter or '',
    syntax = vim.bo[buf].syntax,
    captures = {},
  }
  if res.treesitter ~= '' then
    for _, at in ipairs(probe.at) do
      table.insert(res.captures, captures_at(buf, res.treesitter, at[1], at[2]))
    end
  end
  table.insert(out, res)
end
local f = io.open(vim.env.GANTRY_OUT, 'w')
f:write(vim.json.encode(out))
f:close()
vim.cmd('qa!')
