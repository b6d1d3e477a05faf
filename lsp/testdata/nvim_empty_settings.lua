-- Headless Neovim starting `gantry lsp` with the empty settings table that
-- require('gantry').setup{} passes: Neovim encodes {} as [] in initializationOptions.
-- Records what the server showed and the diagnostics that arrived, as JSON.
local bin, file, out = os.getenv('GANTRY_BIN'), os.getenv('ST_FILE'), os.getenv('RESULT_FILE')

local result = { messages = {}, diagnostics = {}, init_options = '' }
vim.lsp.handlers['window/showMessage'] = function(_, res)
  table.insert(result.messages, res.message)
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local init_options = {}
result.init_options = vim.json.encode(init_options)
local client_id = vim.lsp.start_client({
  name = 'gantry',
  cmd = { bin, 'lsp' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  init_options = init_options,
  settings = {},
})
vim.lsp.buf_attach_client(buf, client_id)
vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
vim.wait(300)
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(result.diagnostics, d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or d.message)
end

local f = assert(io.open(out, 'w'))
f:write(vim.fn.json_encode(result))
f:close()
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
