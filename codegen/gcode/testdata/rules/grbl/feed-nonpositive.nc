(Grbl runs whatever the sender streams after M2: the end resets the feed rate)
G21 G90 G54
G1 X10 F300
M2
G1 X20 ; want "gcode/feed-nonpositive"
