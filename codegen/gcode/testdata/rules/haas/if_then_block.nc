%
O01001 (clean: Haas runs a block after IF [...], with or without THEN)
G20 G90 G54 G17 G40 G49 G80
#101 = 2.
IF [#102 EQ #0] #102 = 0.5
IF [#101 GT 1.] THEN #103 = 1.
T2 M06
G00 G43 H02 Z1.
S1200 M03
IF [#101 EQ 2.] M98 P2001
IF [#101 GT 5.] THEN G00 X[#102] Y0.
#104 = 0
N20 G00 X#104 Y1.
#104 = #104 + 1.
IF [#104 LT 3.] M99 P20
G00 Z1.
M05
M30
%
O02001 (a drilled hole at the origin)
G00 X0. Y0.
G81 Z-0.2 R0.1 F5.
G80
M99
%
