-- Headless Neovim as a real client: attach `gantry lsp` to an ST buffer, wait for
-- diagnostics, ask for a completion, write what arrived as JSON, quit.
-- Works on Neovim 0.7 (Debian bookworm) and later: uses start_client/buf_attach_client.
local bin, file, out = os.getenv('GANTRY_BIN'), os.getenv('ST_FILE'), os.getenv('RESULT_FILE')
local line, col = tonumber(os.getenv('CURSOR_LINE')), tonumber(os.getenv('CURSOR_COL'))

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'gantry',
  cmd = { bin, 'lsp' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  init_options = { backend = 'embedded', completion = { debounce_ms = 20 } },
})
vim.lsp.buf_attach_client(buf, client_id)

local result = { diagnostics = {}, completion = {}, errors = {} }
vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), message = d.message })
end

local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = col } }
local responses, err = vim.lsp.buf_request_sync(buf, 'textDocument/completion', params, 15000)
if err then table.insert(result.errors, tostring(err)) end
for _, resp in pairs(responses or {}) do
  if resp.err then table.insert(result.errors, vim.inspect(resp.err)) end
  local items = resp.result and (resp.result.items or resp.result) or {}
  for _, item in ipairs(items) do
    table.insert(result.completion, { label = item.label, text = item.insertText or (item.textEdit and item.textEdit.newText) })
  end
end

local f = assert(io.open(out, 'w'))
f:write(vim.fn.json_encode(result))
f:close()
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
