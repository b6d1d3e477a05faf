%
O0310 (face the top: the speed is set, but an M00 stands where the M03 belongs)
G00 G20 G90 G17 G40 G49 G80 G54
T4 M06
S3200 M00
G43 H04 Z1. M08
G00 X-1.25 Y-0.25
G01 Z0. F10.
X4.5 F25. ; want "gcode/cut-with-spindle-stopped: feed move along the stock top"
G00 Z1. M09
G91 G28 Z0.
M30
%
