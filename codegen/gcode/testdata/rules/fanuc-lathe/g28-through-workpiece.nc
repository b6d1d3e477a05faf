%
O2004 (LATHE: U AND W ARE INCREMENTS OF X AND Z)
G20 G18 G40 G99
G28 U0. W0. (home through where the turret is)
T0101
G97 S1000 M3
G0 X2. Z0.1
G1 Z-1. F0.01
G0 X2.5
G28 U0.
G28 W0.
G28 X0. Z0. ; want "gcode/g28-through-workpiece"
M30
%
