%
O2100 (Fanuc: a G65 call may repeat I J K, argument specification II)
G21 G90 G17 G54
#20=2.5
G65 P9100 A1. B2. C3. I10. J20. K30. I11. J21. K#20 I[#20*2] J0 K0
G66 P9101 A5. I1. J2. K3. I4. J5. K6.
G67
G65 P9100 A1. A2. I1. ; want "gcode/duplicate-word"
G0 X10. X20. ; want "gcode/duplicate-word"
G1 X1. I1. I2. F100. ; want "gcode/duplicate-word"
M30
%
