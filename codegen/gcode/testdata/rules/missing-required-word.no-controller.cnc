; a program that names no controller: Centroid sets a tool length offset with
; G10 H and R and a parameter with G10 P and R, where LinuxCNC needs an L word
G20 G90 G54 G17
G10 H3 R-2.125
G10 P81 R-1
M3 S2500
G0 X1 Y1 Z0.1
G1 Z-0.1 F10
G4 ; want "gcode/missing-required-word"
G0 Z1
M5
M30
