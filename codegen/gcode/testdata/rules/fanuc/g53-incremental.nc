%
O2200 (Fanuc: a bare G53 moves nothing, whatever the distance mode)
G21 G90 G17 G54
G91 G28 Z0.
G53
G90 G53 Z0.
G91
G53 Z0. ; want "gcode/g53-incremental"
G90
M30
%
