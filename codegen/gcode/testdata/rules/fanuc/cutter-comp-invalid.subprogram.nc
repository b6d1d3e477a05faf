O9001
(a subprogram: it compensates by the D offset its caller selected)
G0 X-10. Y-10.
G41 G1 X0 Y0 F300
G1 Y40.
G40 G1 X-10.
M99
