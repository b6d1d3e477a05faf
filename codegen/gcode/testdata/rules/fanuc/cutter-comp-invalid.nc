O2000
G21 G90 G54
G0 X-10 Y-10 Z5
G41 G1 X0 Y0 F200 ; want "gcode/cutter-comp-invalid"
G40 G1 X-10
G41 D11 G1 X0 Y0
G40 G1 X-10
G41 D11 G2 X0 Y0 I5 J5 ; want "gcode/cutter-comp-invalid"
G40 G1 X-10
(clean: G41 again in offset mode, a finishing pass with another D register)
G41 D12 G1 X2 Y2
G1 X30
G41 D13 G1 X2 Y4
G42 G1 X30
G40 G1 X-10
M30
