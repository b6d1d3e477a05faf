O3003 (a macro variable written with a decimal point: Z#510. is Z#510)
G21 G90 G17 G54 F150.
#510 = 25.
G00 X0. Y0. Z#510.
G01 Z#510.0
G00 Z[#510 + 5.]
M30
