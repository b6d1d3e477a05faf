O3001 (the part loop jumps back to N10: its first pass runs with no F given yet)
G21 G90 G17 G54
N10 T2 M06
G00 X0. Y0. S2000 M03
G43 H02 Z5.
G01 Z-1. ; want "gcode/feed-undefined"
X20. F250.
G00 Z5. M05
#500 = #500 + 1
IF [#500 LT 4] GOTO 10
M30
