; clean: Bambu Studio marks each object that can be skipped: M624 with the object's id in
; base64 before its moves, M625 after them
M82
G21
G90
G28
G1 Z0.2 F3000
M624 AQAAAAAAAAA=
G1 X10 Y10 E0.5 F1800
G1 X20 Y10 E1.0
M625
M624 AgAAAAAAAAA=
G1 X30 Y10 E1.5
M625
