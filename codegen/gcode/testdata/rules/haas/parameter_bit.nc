%
O01002 (clean: Haas reads a parameter number with a fraction as one bit of the parameter)
G20 G90 G54 G17 G40 G49 G80
#3001 = 0
WH [#1 LT 3.] DO1
#1 = #1 + 1.
END1
IF [#30057.21 EQ 1.] GOTO10
#101 = #30003.078
N10 G00 X0. Y0.
M30
%
