; Marlin: a bare G4 waits for the moves to finish, G4 S waits seconds
M82
G21
G90
G28
G1 X10 Y10 F3000
G4
G4 S2
M84
