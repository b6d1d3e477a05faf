(written for bCNC: each operation starts a block of its own)
G17 G90
G21
(Block-name: Facing)
(Block-expand: 0)
(Block-enable: 1)
G54
M3 S12000
G0 Z5.000
G0 X20.000 Y0.000
G1 Z-0.500 F150.000
(the controller bCNC sends to drops the K of a G17 arc, unlike LinuxCNC)
G3 X0.000 Y20.000 Z-0.500 I-20.000 J0.000 K0.000 F300.000
G0 Z5.000
(Block-name: post_amble)
(Block-expand: 0)
(Block-enable: 1)
M5
M2
