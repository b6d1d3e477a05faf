O3004 (a WHILE loop runs its blocks again: N120 after N140 is the loop, not the page)
N100 G21 G90 G17 G54 F200.
N110 #1 = 0
N115 WHILE [#1 LT 3] DO1
N120 G00 X[#1 * 10.] Y0.
N130 G01 Y5.
N140 #1 = #1 + 1
N150 END1
N145 G00 Y0. ; want "gcode/line-number-order"
N160 M30
