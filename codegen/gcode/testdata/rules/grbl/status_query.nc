(clean: a sender's file with Grbl real-time commands on lines of their own)
$G
?
G21 G90 G54
G0 X0 Y0
G1 X10 F300
? ; status after the cut
M2
