%
O2010 (a pocket corner with corner rounding and a chamfer: Fanuc's comma words, no R or C word)
G21 G90 G17 G40 G49 G80 G54
T3 M06
S2400 M03
G00 X-5. Y-5.
G43 H03 Z5. M08
G01 Z-2. F150.
G01 X0. Y0. F300.
X60. ,R8.
Y40. ,C3.
X0. ,R8.
Y0.
G00 Z50. M09
M05
G91 G28 Z0.
M30
%
