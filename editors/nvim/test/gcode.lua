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
  -- :GantryPlot writes the toolpath picture and hands it to the configured opener.
  local gantry = require('gantry')
  local opened
  gantry.config.plot_file = vim.fn.tempname() .. '.svg'
  gantry.config.plot_open = function(file)
    opened = file
  end
  vim.cmd('GantryPlot iso')
  H.wait('the toolpath picture', function()
    return opened ~= nil
  end)
  local f = io.open(opened, 'r')
  local svg = f and f:read('*a') or ''
  if f then
    f:close()
  end
  H.check(opened == gantry.config.plot_file, 'opened %s', tostring(opened))
  H.check(svg:find('^<svg') ~= nil and svg:find('data%-view="iso"') ~= nil and svg:find('class="feed"') ~= nil, 'the SVG: %s', svg:sub(1, 200))
  H.accept_model_reply(buf, 5, '', os.getenv('MODEL_REPLY'))
  H.result.lines = H.lines(buf)
end)
