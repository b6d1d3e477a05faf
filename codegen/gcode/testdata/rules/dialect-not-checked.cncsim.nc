; want "gcode/dialect-not-checked"
($SetPartSize(120, 80, 20, 1))
($Message("Load the mill's machine settings first.") )
O0010
N10 G21 G90 G54
N20 T1 M06
N30 S1200 M03
N40 G00 X10 Y10 Z5
N50 G01 Z-2 F100
N60 X110
N70 G00 Z5
N80 M30
