O1000 (MACRO B LOOPS)
G21 G90 G54
#1 = 0
WHILE [#1 LT 3] DO1
  #1 = #1 + 1
END2 ; want "gcode/unbalanced-control-flow"
WHILE [#2 LT 3] DO2
  #2 = #2 + 1
  WHILE [#3 LT 2] DO3
    #3 = #3 + 1
  END3
END2
END1 ; want "gcode/unbalanced-control-flow"
(WH is the two-letter abbreviation of WHILE)
WH [#4 LT 2] DO1
  #4 = #4 + 1
END1
IF [#1 GT 2] GOTO 100
IF [#1 LT 0] GOTO 910 ; want "gcode/unbalanced-control-flow: GOTO 910"
GOTO 0100
N100 G0 X0
GOTO #1
M30
