(Grbl jogs: each $J= carries its own F; a program's F does not carry into a jog)
G21 G90 G54
G1 X5 F400
$J=G91 X10 F800
$J=G91 Y-10 ; want "gcode/feed-undefined"
$J = G53 Z-2 F300
$j=g91g21x1f100
$J=X0Y0 ; want "gcode/feed-undefined"
M2
