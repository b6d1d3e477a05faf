; Marlin: a bare G4 waits for the moves to finish, G4 S waits seconds
M82
G21
G90
G28
G1 X10 Y10 F3000
G4
G4 S2
M84
; Klipper's extended commands, as slicers write them for Klipper printers
EXCLUDE_OBJECT_DEFINE NAME=part_1 CENTER=100,100 POLYGON=[[90,90],[110,90],[110,110]]
SET_VELOCITY_LIMIT VELOCITY=300 ACCEL=3000
EXCLUDE_OBJECT_START NAME=part_1
G1 X20 Y20 E1.5 F1800
EXCLUDE_OBJECT_END NAME=part_1
; a macro meant to be called by other macros starts with an underscore
_PARK_HEAD Z=10
