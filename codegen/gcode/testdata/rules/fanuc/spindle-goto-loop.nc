O3002 (a loop back to N10 after the spindle start: nothing to report)
G21 G90 G17 G54 F200.
N10 S1500 M03
G00 X0. Y0. Z5.
G01 Z-1.
X20.
G00 Z5.
#501 = #501 + 1
IF [#501 LT 4] GOTO 10
M05
M30
