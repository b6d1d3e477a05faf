(written for Grbl by a CAM post: its header comment names it)
(Post Processor: grbl_post)
G17 G90
G21
G54
G0 Z5.000
G0 X10.000 Y0.000
G1 Z-1.000 F100.000
(Grbl reads the K of a G17 arc and drops it, unlike LinuxCNC)
G2 X0.000 Y10.000 Z-1.000 I-10.000 J0.000 K0.000 F200.000
G0 Z5.000
