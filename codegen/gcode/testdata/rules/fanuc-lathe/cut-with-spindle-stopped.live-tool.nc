%
O2000 (CROSS SLOT WITH THE LIVE TOOL)
(clean: M13 starts the rotary tool, which cuts while the main spindle stands)
G21 G18 G40 G99
G28 U0. W0.
T0505 (6MM END MILL)
M45 (C AXIS ON)
G28 H0.
G98
G97 S2500 M13
G00 X30. Z5. C0.
G01 Z-3. F120.
X-30.
G00 Z5.
M15
M30
%
