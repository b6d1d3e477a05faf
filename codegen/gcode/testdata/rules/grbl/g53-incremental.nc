(Grbl: a G53 block moves to the absolute machine position even under G91)
G21 G90 G54
G91
G53 G0 Z-2
G0 X5 Y5
G90
G53 G0 X-10 Y-10
G53 G2 X0 Y0 I5 J0 F200 ; want "gcode/g53-incremental"
M2
