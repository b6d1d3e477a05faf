%
O2001(CYCLES WITHOUT R)
G20 G17 G40 G49 G80 G90 G98
T3 M6
G0 G54 X1. Y1. S1500 M3
G43 H3 Z.1
(no R: G80 left R at the initial level, so the feed starts at Z.1)
G82 Z-.12 F10.
X2.
G80
G83 Z-.3 Q.1 F8.
G80
(G83 still needs its peck depth Q, and a cycle its depth)
G83 Z-.3 F8. ; want "gcode/missing-required-word"
G80
G81 X3. F8. ; want "gcode/missing-required-word"
G80
G0 Z1. M5
#1 = 2.
(an IF with nothing after its condition: the branch was left out)
IF [#1 GT 1.] ; want "gcode/missing-required-word"
IF [#1 GT 1.] GOTO 90
N90 M30
%
