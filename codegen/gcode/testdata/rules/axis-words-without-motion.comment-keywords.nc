(MSG, flange holes)
(a LinuxCNC program: its notes name Fanuc keywords, which are no code)
( GOTO the first hole, WHILE [the spindle] runs; M98 is not used here )
G21 G90 G54 G17
M3 S1000
; goto the safe height after the cycle
G0 X0 Y0 Z5
G81 X10 Y10 Z-5 R2 F100
G80
X20 Y10 ; want "gcode/axis-words-without-motion"
G0 Z5
M5
M30
