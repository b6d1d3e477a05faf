; clean: PrusaSlicer's header asks the firmware to warn when it is older than the slicer's
M115 U3.13.2 ; tell the printer the latest firmware version
M115 U6.2.6+8948
M115
M82
G21
G90
G28
G1 X10 Y10 F3000
