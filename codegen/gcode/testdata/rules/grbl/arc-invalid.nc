(Grbl ignores the offset word off the plane: K0 on a G17 arc is what CAM posts write)
G21 G90 G54 G17
G0 X0 Y0
G1 Z-1 F300
G2 X10 Y0 I5 J0 K0 F300
G2 X20 Y0 I3 J0 ; want "gcode/arc-invalid"
G0 Z5
M2
