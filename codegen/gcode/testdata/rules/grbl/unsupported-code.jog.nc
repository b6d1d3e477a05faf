(a Grbl jog is a G1 of its own: it takes G20/G21, G90/G91, G53, axis words and F only)
$J=G91 G21 X10 F500
$J=G53 Z-1 F300
$J=G0 X10 F500 ; want "gcode/unsupported-code"
$J=G91 X5 F500 M3 ; want "gcode/unsupported-code"
$J=G91 G1 Y5 F500 ; want "gcode/unsupported-code"
