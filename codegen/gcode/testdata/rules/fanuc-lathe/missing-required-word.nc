%
O2003 (LATHE CYCLES: G74 PECKS ALONG Z, G73 REPEATS A PATTERN)
G20 G18 G40 G99
T0505
G97 S900 M3
G0 X0. Z0.2 M8
(a centre hole pecked with the face grooving cycle: no R plane, no Y)
G74 R0.02
G74 Z-0.6 Q0.1 F0.004
G0 Z1.
T0101
G96 S400 M3
G0 X2.2 Z0.1
G73 U0.1 W0.05 R3
G73 P10 Q20 U0.02 W0.005 F0.008
N10 G0 X1.
G1 Z-0.5
N20 X2.2
G70 P10 Q20
G0 X3. Z1.
(live-tool drilling on the face: G83 drills along Z in G18, and on a lathe Q may be left out)
T0606
G97 S1500 M3
G0 X0.5 Z0.2
G83 Z-0.75 R0.1 Q0.1 F0.004
G80
G0 X3. Z1. M9
G4 ; want "gcode/missing-required-word"
M30
%
