%
O01000 (clean: a Haas conditional M99 branches back to N10 while the condition holds)
G21 G90 G54 G17 G40 G49 G80
T1 M06
G00 G43 H01 Z10.
S1000 M03
#100 = 0
N10 G00 X#100 Y0.
#100 = #100 + 5.
[#100 LT 20.] M99 P10
G00 Z10.
M05
G28 G91 Z0.
M30
%
