; want "gcode/dialect-not-checked"
; an LNC (Syntec-style) probing call: @ variables set on their own lines and passed on
M10719
G17 G40 G49 G80 G90
@880 = 32.0
@820 = 10
G54
G43 H20 Z@820
M10802 D@880 F2000
@500 = @139
M30
