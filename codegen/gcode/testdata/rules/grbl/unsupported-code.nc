G21 G90 G54
M3 S1000
G0 X0 Y0 Z5
G81 X10 Y10 Z-5 R2 F100 ; want "gcode/unsupported-code"
G80
G41 D1 ; want "gcode/unsupported-code"
G40
G43 H1 ; want "gcode/unsupported-code"
G43.1 Z5
T1 M6 ; want "gcode/unsupported-code"
#1 = 5 ; want "gcode/unsupported-code"
G1 X10 F100
M3 S1000
M5
M30
