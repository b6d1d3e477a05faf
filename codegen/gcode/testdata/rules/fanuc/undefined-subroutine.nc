(clean: Fanuc subprograms live in the control's memory)
O3000
G21 G90 G54
M98 P9001
G65 P9010 A1 B2
M30
