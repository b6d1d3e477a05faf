-- Minimal config for the screenshot: the plugin from this checkout, offline backend.
local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
vim.opt.runtimepath:prepend(vim.fn.fnamemodify(here, ':h'))
vim.o.number, vim.o.termguicolors, vim.o.laststatus = true, true, 2
vim.cmd('highlight SignColumn guibg=NONE | highlight GantryGhost guifg=#8a8f98 gui=italic')
vim.o.statusline = " %f %= %{v:lua.require'gantry'.statusline()} "
require('gantry').setup({ bin = os.getenv('GANTRY_BIN') or 'gantry', settings = { backend = 'embedded' } })
