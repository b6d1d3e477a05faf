; clean: object cancellation (M486) as slicers label a plate of two parts: T the number of
; objects, S the object now printed (S-1: no object), and A its name, written bare to the
; end of the line or quoted
M82
G21
G90
G28
M486 T2
G1 Z0.2 F3000
M486 S0
M486 Abracket-left.stl
G1 X10 Y10 E0.5 F1800
G1 X20 Y10 E1.0
M486 S1 A"spacer copy 2"
G1 X30 Y10 E1.5
M486 S-1
G1 X40 Y10 F3000
