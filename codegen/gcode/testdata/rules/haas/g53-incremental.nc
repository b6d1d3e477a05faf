%
O4001 (Haas: G53 under G91 is not the absolute machine move; a G53 with no axis word moves nothing)
G20 G90 G17 G54
T1 M06
G91
G53 G00 Z0. ; want "gcode/g53-incremental"
G53
G90
G53 G00 Z0.
M30
%
