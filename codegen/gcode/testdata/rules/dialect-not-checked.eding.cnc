; want "gcode/dialect-not-checked"
; an Eding CNC macro file: subroutines the control runs from its buttons and for M6
sub park_spindle
    if [#5397 == 0]
        msg "moving to the park position"
        G53 G0 Z0
        G53 G0 X10 Y10
    endif
endsub

sub user_1
    gosub park_spindle
    dlgmsg "set the stock height" "height" 1000
endsub
