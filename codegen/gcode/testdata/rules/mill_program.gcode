%
O0042(BRACKET)
(a mill program saved as .gcode: its O-number line makes it a Fanuc-family program)
N1 G21
N2 G0 G17 G40 G49 G80 G90 (the usual safe start: G80 is in its own group on Fanuc)
N3 T2 M6
N4 G0 G90 G54 X10. Y10. S2000 M3
N5 G43 H2 Z20. M8
N6 G1 Z-1. F150.
N7 G0 G1 X20. ; want "gcode/modal-group-conflict"
N8 G0 Z20. M9
N9 M5
N10 M30
%
