-- G-code in headless Neovim: a feed move without a feed rate is flagged, and the fake
-- model's next block is shown as ghost text and accepted by word and by line.
local H = dofile(os.getenv('PLUGIN_DIR') .. '/test/helper.lua')

local src = 'G21 G90 G54\nG0 Z5\nG1 X20 Y10\nM3 S1000\nG1 X30 F200\n\nM30\n'

H.run(function()
  local buf, uri = H.open('part.ngc', src)
  H.check(vim.bo[buf].filetype == 'gcode', 'filetype %q', vim.bo[buf].filetype)
  H.wait('diagnostics', function()
    return H.published[uri] ~= nil and H.codes(buf)['gcode/feed-undefined'] ~= nil
  end)
  H.check(H.codes(buf)['gcode/feed-undefined'] == 2, 'gcode/feed-undefined on line %s', tostring(H.codes(buf)['gcode/feed-undefined']))
  H.accept_model_reply(buf, 5, '', os.getenv('MODEL_REPLY'))
  H.result.lines = H.lines(buf)
end)
