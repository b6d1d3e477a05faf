%
O9020 (a tool-change macro: the caller selected the tool and set the modes)
#101=#4003
G91 G28 Z0.
M6
G#101
G1 X5. Y5.
M99
%
