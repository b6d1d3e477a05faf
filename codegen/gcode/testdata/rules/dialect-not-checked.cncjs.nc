; want "gcode/dialect-not-checked"
; a CNCjs probing macro: the sender evaluates the % lines and fills in the [ ] values
%clearZ = 5
%depth = -3
%feed = 100
G21 G90
G0 Z[clearZ]
G91
G38.2 Z[depth - 10] F[feed]
%touchZ = posz
G0 Z[clearZ]
G90
