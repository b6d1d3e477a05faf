%
O3100 (Fanuc takes only GOTO n or THEN #x = ... after IF [...])
G21 G90 G54 G17
#101 = 2.
IF [#101 EQ 2.] GOTO 10
IF [#101 GT 1.] THEN #103 = 1.
IF [#101 EQ 2.] M98 P3101 ; want "gcode/unsupported-code"
IF [#102 EQ #0] #102 = 0.5 ; want "gcode/unsupported-code"
IF [#101 EQ 3.] M99 P10 ; want "gcode/unsupported-code"
N10 M30
%
