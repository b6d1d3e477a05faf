%
O4003 (probing the part top with G31 before the spindle starts: a probe move, not a cut)
G21 G90 G17 G40 G49 G80 G54
T20 M06 (touch probe)
G00 X25. Y25.
G43 H20 Z30.
G01 Z10. F1000.
G31 Z-40. F150.
G00 Z30.
#100 = #5063
T1 M06
S2000 M03
G00 X0. Y0.
G43 H01 Z5.
G01 Z-1. F200.
X50.
G00 Z30. M05
G01 Z-1. F200. ; want "gcode/cut-with-spindle-stopped"
G00 Z30.
G91 G28 Z0.
M30
%
