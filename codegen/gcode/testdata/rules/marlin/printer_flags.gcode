; clean: a printer firmware's text-argument command (M1002) and O as an ordinary parameter
M82
G21
G90
G28
M1002 judge_flag nozzle_check_flag
M1002 set_material:ABS
G1 X10 Y10 Z1 F3000
G17
G3 Z1.4 I1.5 J0 P1 F3000 ; a spiral lift: the modal motion is now G3
; an M command's letters are its own parameters, not a G3 with no centre
M400 P10 O2
M960.1 Q0 O1 A3 C4
M92 X80 Y80 Z400
G1 X20 Y10 F3000
