%
O4002 (a part loop: N10 is reached again by the GOTO at the end; its first pass runs with M05 in effect)
G21 G90 G17 G40 G49 G80 G54
N10 T1 M06
G00 X-40. Y0. S1800 M05
G43 H01 Z50. M08
Z2.
G01 Z0. F300.
X140. ; want "gcode/cut-with-spindle-stopped"
G00 Z50. M09
N20 T2 M06
G00 X0. Y0. S2500 M03
G43 H02 Z5.
G01 Z-2. F120.
X20.
G00 Z50. M05
N30 T3 M06 (tap: G84 starts the spindle itself)
G00 X10. Y10. S500
G43 H03 Z5.
G84 Z-12. R2. F625.
G80 G00 Z50.
#510 = #510 + 1
IF [#510 LT #511] GOTO 10
G91 G28 Z0.
M30
%
