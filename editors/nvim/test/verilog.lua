-- Verilog in headless Neovim: a blocking assignment in a clocked block is flagged, and the
-- fake model's statement is shown as ghost text and accepted by word and by line.
local H = dofile(os.getenv('PLUGIN_DIR') .. '/test/helper.lua')

local src = table.concat({
  'module counter(input clk, input rst, output reg [3:0] q);',
  '  always @(posedge clk) begin',
  '    q = q + 1;',
  '    ',
  '  end',
  'endmodule',
  '',
}, '\n')

H.run(function()
  local buf, uri = H.open('counter.v', src)
  H.check(vim.bo[buf].filetype == 'verilog', 'filetype %q', vim.bo[buf].filetype)
  H.wait('diagnostics', function()
    return H.published[uri] ~= nil and H.codes(buf)['rtl/blocking-in-sequential'] ~= nil
  end)
  H.check(H.codes(buf)['rtl/blocking-in-sequential'] == 2, 'rtl/blocking-in-sequential on line %s', tostring(H.codes(buf)['rtl/blocking-in-sequential']))
  H.accept_model_reply(buf, 3, '    ', os.getenv('MODEL_REPLY'))
  H.result.lines = H.lines(buf)
end)
