; want "gcode/dialect-not-checked"
(name,Clamp down)
; a PlanetCNC script: its functions and indexed parameters are not LinuxCNC's
o<arg> if[NOTEXISTS[#<qvalue>]]
  #<qvalue> = [#<_hw_output_num|#<clamp_pin>> EQ 0]
o<arg> endif
o<set> if [[#<qvalue> EQ 1] AND [#<_hw_output_num|#<clamp_pin>> NE 1]]
  #<_output_num|#<clamp_pin>> = 1
  G04 P0.5
o<set> endif
