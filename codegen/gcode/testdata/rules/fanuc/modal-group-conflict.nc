%
O1000 (Fanuc: G80 has its own group, so cancelling and retracting in one block is fine)
G21 G90 G17 G54
T1 M6
S1000 M3
G0 X0 Y0 Z50.
G81 G99 X10. Y10. Z-5. R2. F100.
G80 G00 Z50.
G0 G1 X5. ; want "gcode/modal-group-conflict"
M30
%
