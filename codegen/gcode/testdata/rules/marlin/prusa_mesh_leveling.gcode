; clean: Prusa's firmware levels the bed with G80 and prints the measured mesh with G81;
; on a printer these are not drilling cycles and want no R or Z
M862.3 P "MK3S" ; printer model check
M83
G90
M104 S215
M140 S60
G28 W ; home without mesh bed leveling (a bare W flag)
G80 ; mesh bed leveling
G81 ; report the mesh
M109 S215
G1 X10 Y-3 Z0.2 F3000
G1 X60 E9 F1000
M84
G28 X Y ; bare letters are flags on a printer: home X and Y
M84 E
