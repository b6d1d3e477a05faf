O2001
(the D number is modal: a later G41 compensates by the offset an earlier block selected)
G21 G90 G54 G17 G40 G80
T3 M6
G43 H3 D3 Z50.
G0 X-10 Y-10 S3000 M3
Z-2.
G41 G1 X0 Y0 F300
G1 Y40.
G40 G1 X-10
D0
(D0 selects no offset: a G41 now has nothing to compensate by)
G41 G1 X0 Y0 ; want "gcode/cutter-comp-invalid"
G40 G1 X-10
D7
G42 G1 X0 Y0
G40 G1 X-10
G0 Z50.
M5
M30
