// want "gcode/dialect-not-checked"
// a Syntec macro: warm the spindle up unless the probe is loaded
#20 := R_SYS_INFO[0,2];
IF #20 = @110 THEN
	ALARM(3001, "UNLOAD THE PROBE FIRST");
ELSE
	S#19 M3;
	G4 X#9;
END_IF;
M99;
