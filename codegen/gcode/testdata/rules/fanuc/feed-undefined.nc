O3000 (a GOTO jumps past the M30 that ends one branch: the blocks below it run)
G21 G90 G17 G54
IF[#1EQ1]GOTO10
M30
N10 G1 X10. ; want "gcode/feed-undefined"
M30
