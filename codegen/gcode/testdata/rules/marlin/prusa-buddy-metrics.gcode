; start of a print for a Prusa MK4 (Buddy firmware): the slicer turns on the metrics the
; printer logs, each named as free text after M331
M17
M862.1 P0.4 ; nozzle diameter check
M330 SYSLOG
M331 temp_noz
M331 temp_bed
M331 pos_z
M334 ; no handler address: the printer keeps its own
M104 S215
M140 S60
G28
G90
M83
G1 Z0.2 F720
G1 X60 E9 F1000
M104 S0
M140 S0
M84
