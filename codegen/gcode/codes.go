package gcode

// G and M codes are held as their value times ten (G59.1 → 591, M6 → 60, G41.1 → 411),
// so codes with a decimal fit an int. The names below are the codes the interpreter and the
// rules test by value; the tables in this file (groups, descriptions) list the rest.
const (
	gRapid          = 0   // G0
	gLine           = 10  // G1
	gArcCW          = 20  // G2
	gArcCCW         = 30  // G3
	gDwell          = 40  // G4
	gNURBS          = 62  // G6.2
	gSetData        = 100 // G10
	gPlaneXY        = 170 // G17
	gPlaneXZ        = 180 // G18
	gPlaneYZ        = 190 // G19
	gInch           = 200 // G20
	gMM             = 210 // G21
	gHome           = 280 // G28
	gHome2          = 300 // G30
	gSpindleSync    = 330 // G33
	gRigidTap       = 331 // G33.1
	gProbeTowardErr = 382 // G38.2
	gProbeAwayNoErr = 385 // G38.5
	gSkip           = 310 // G31: Fanuc's skip function, Mach3's probe
	gCompOff        = 400 // G40
	gCompLeft       = 410 // G41
	gCompLeftDyn    = 411 // G41.1 (diameter in D)
	gCompRight      = 420 // G42
	gCompRightDyn   = 421 // G42.1
	gTLO            = 430 // G43
	gTLODyn         = 431 // G43.1
	gTLONeg         = 440 // G44 (Fanuc)
	gTLOOff         = 490 // G49
	gLocalOffset    = 520 // G52
	gMachineCoords  = 530 // G53
	gWCS1           = 540 // G54
	gBlend          = 640 // G64
	gMacroCall      = 650 // G65
	gModalMacro     = 660 // G66 (Fanuc)
	gPeckHighSpeed  = 730 // G73
	gTapLeft        = 740 // G74
	gThreadCycle    = 760 // G76
	gCycleOff       = 800 // G80
	gDrillDwell     = 820 // G82
	gPeckDrill      = 830 // G83
	gTapRight       = 840 // G84
	gBoreFeedOut    = 850 // G85
	gBoreStop       = 860 // G86
	gBoreManual     = 880 // G88
	gBoreDwell      = 890 // G89
	gAbsolute       = 900 // G90
	gArcAbsolute    = 901 // G90.1
	gIncremental    = 910 // G91
	gArcIncremental = 911 // G91.1
	gOffsetSet      = 920 // G92
	gOffsetCancel   = 921 // G92.1
	gOffsetSuspend  = 922 // G92.2
	gOffsetRestore  = 923 // G92.3
	gInverseTime    = 930 // G93
	gPerMinute      = 940 // G94
	gPerRev         = 950 // G95
	gCSS            = 960 // G96
	gRPM            = 970 // G97
	gRetractInitial = 980 // G98
	gRetractR       = 990 // G99

	mStop         = 0   // M0
	mOptionalStop = 10  // M1
	mEnd          = 20  // M2
	mSpindleCW    = 30  // M3
	mSpindleCCW   = 40  // M4
	mSpindleStop  = 50  // M5
	mToolChange   = 60  // M6
	mMist         = 70  // M7
	mFlood        = 80  // M8
	mCoolantOff   = 90  // M9
	mOrient       = 190 // M19
	mEndRewind    = 300 // M30
	mPalletStop   = 600 // M60
	mSetTool      = 610 // M61
	mSaveState    = 700 // M70
	mRestoreState = 720 // M72
	mAutoRestore  = 730 // M73
	mCallSub      = 980 // M98
	mReturn       = 990 // M99
)

// Modal groups of RS274NGC (NIST RS274NGC v3 table 4, LinuxCNC "Modal Groups").
const (
	grpNone     = -1
	grpNonModal = 0 // G4, G10, G28, G30, G52, G53, G92…
	grpMotion   = 1
	grpPlane    = 2
	grpDistance = 3
	grpArcDist  = 4
	grpFeedMode = 5
	grpUnits    = 6
	grpComp     = 7
	grpToolLen  = 8
	grpRetract  = 10
	grpWCS      = 12
	grpPath     = 13
	grpSpinMode = 14
	grpLathe    = 15
	grpPolar    = 16 // Fanuc G15/G16
	grpRotation = 17 // Fanuc G68/G69
	grpScaling  = 18 // Fanuc G50/G51
	grpMacro    = 19 // Fanuc G66/G67

	mgrpStop     = 104
	mgrpToolChg  = 106
	mgrpSpindle  = 107
	mgrpCoolant  = 108
	mgrpOverride = 109
	mgrpIO       = 105
	mgrpUser     = 110
)

var groupNames = map[int]string{
	grpNonModal: "non-modal (group 0)", grpMotion: "motion (group 1)", grpPlane: "plane (group 2)",
	grpDistance: "distance mode (group 3)", grpArcDist: "arc distance mode (group 4)",
	grpFeedMode: "feed rate mode (group 5)", grpUnits: "units (group 6)",
	grpComp: "cutter compensation (group 7)", grpToolLen: "tool length offset (group 8)",
	grpRetract: "canned cycle return mode (group 10)", grpWCS: "coordinate system (group 12)",
	grpPath: "path control (group 13)", grpSpinMode: "spindle speed mode (group 14)",
	grpLathe: "lathe diameter mode (group 15)", grpPolar: "polar coordinates", grpRotation: "coordinate rotation",
	grpScaling: "scaling", grpMacro: "modal macro call",
	mgrpStop: "stopping (M group 4)", mgrpToolChg: "tool change (M group 6)",
	mgrpSpindle: "spindle (M group 7)", mgrpCoolant: "coolant (M group 8)",
	mgrpOverride: "override switches (M group 9)", mgrpIO: "I/O (M group 5)", mgrpUser: "user M codes (M group 10)",
}

// gGroup returns the modal group of a G code (× 10), grpNone when unknown.
func gGroup(code int) int {
	switch code {
	case 0, 10, 20, 30, 50, 51, 52, 53, 62, 330, 331, 382, 383, 384, 385, 700, 710, 711, 712, 720, 721, 722, 730, 740, 760, 800, 810, 820, 830, 840, 850, 860, 870, 880, 890:
		return grpMotion
	case 40, 90, 100, 280, 281, 290, 300, 301, 310, 520, 530, 650, 920, 921, 922, 923, 110, 120, 130:
		return grpNonModal
	case 170, 180, 190, 171, 181, 191:
		return grpPlane
	case 900, 910:
		return grpDistance
	case 901, 911:
		return grpArcDist
	case 930, 940, 950:
		return grpFeedMode
	case 200, 210:
		return grpUnits
	case 400, 410, 411, 420, 421:
		return grpComp
	case 430, 431, 432, 440, 490:
		return grpToolLen
	case 980, 990:
		return grpRetract
	case 540, 550, 560, 570, 580, 590, 591, 592, 593, 541:
		return grpWCS
	case 610, 611, 620, 630, 640:
		return grpPath
	case 960, 970:
		return grpSpinMode
	case 70, 80:
		return grpLathe
	case 150, 160:
		return grpPolar
	case 680, 690:
		return grpRotation
	case 500, 510:
		return grpScaling
	case 660, 670:
		return grpMacro
	}
	return grpNone
}

// mGroup returns the modal group of an M code (× 10).
func mGroup(code int) int {
	switch code {
	case 0, 10, 20, 300, 600:
		return mgrpStop
	case 60, 610:
		return mgrpToolChg
	case 30, 40, 50, 190:
		return mgrpSpindle
	case 70, 80, 90:
		return mgrpCoolant
	case 480, 490, 500, 510, 520, 530:
		return mgrpOverride
	case 620, 630, 640, 650, 660, 670, 680:
		return mgrpIO
	}
	if code >= 1000 && code <= 1990 {
		return mgrpUser
	}
	return grpNone
}

// isCycle reports a canned cycle motion code.
func isCycle(code int) bool {
	return code == 730 || code == 740 || (code >= 810 && code <= 890)
}

// usesAxisWords reports group-0 codes that consume the block's axis words.
func usesAxisWords(code int) bool {
	switch code {
	case 100, 280, 300, 520, 920, 650:
		return true
	}
	return false
}

// gDesc describes G codes; controller-specific notes live in codeNotes.
var gDesc = map[int]string{
	0: "rapid positioning at the machine's rapid rate (no cutting)", 10: "linear feed move at the F rate",
	20: "clockwise arc (helix) at the F rate", 30: "counter-clockwise arc (helix) at the F rate",
	40: "dwell for P seconds", 50: "cubic spline", 51: "quadratic B-spline", 52: "NURBS block start", 53: "NURBS block end",
	70: "lathe diameter mode", 80: "lathe radius mode",
	90: "exact stop for this block", 100: "set offsets or tool table data (L selects what)",
	170: "select the XY plane (arcs, cutter compensation, drilling along Z)", 180: "select the XZ plane", 190: "select the YZ plane",
	200: "program units are inches", 210: "program units are millimetres",
	280: "return to the G28 home position, through the optional intermediate point", 281: "store the current position as the G28 home",
	300: "return to the G30 position, through the optional intermediate point", 301: "store the current position as the G30 position",
	330: "spindle-synchronised motion (threading)", 331: "rigid tapping",
	382: "straight probe toward the workpiece, error if no contact", 383: "straight probe toward the workpiece, no error",
	384: "straight probe away from the workpiece, error if no loss of contact", 385: "straight probe away from the workpiece, no error",
	400: "cutter radius compensation off", 410: "cutter radius compensation left of the path", 420: "cutter radius compensation right of the path",
	411: "dynamic cutter compensation left", 421: "dynamic cutter compensation right",
	430: "tool length offset from the tool table (H or the current tool)", 431: "dynamic tool length offset", 432: "apply an additional tool length offset",
	440: "negative tool length offset (Fanuc)", 490: "cancel the tool length offset",
	520: "local coordinate system offset", 530: "move in machine coordinates (this block only)",
	540: "work coordinate system 1", 550: "work coordinate system 2", 560: "work coordinate system 3",
	570: "work coordinate system 4", 580: "work coordinate system 5", 590: "work coordinate system 6",
	591: "work coordinate system 7", 592: "work coordinate system 8", 593: "work coordinate system 9",
	610: "exact path mode", 611: "exact stop mode", 640: "path blending with optional tolerance P",
	650: "macro call (Fanuc custom macro B)", 660: "modal macro call", 670: "cancel modal macro call",
	730: "high-speed peck drilling cycle (chip break)", 740: "left-hand tapping cycle", 760: "threading cycle (lathe)",
	800: "cancel the canned cycle / motion mode", 810: "drilling cycle", 820: "drilling cycle with dwell (P)",
	830: "peck drilling cycle (full retract, Q peck)", 840: "right-hand tapping cycle", 850: "boring cycle, feed out",
	860: "boring cycle, spindle stop, rapid out", 870: "back boring cycle", 880: "boring cycle, spindle stop, manual out",
	890: "boring cycle with dwell, feed out", 900: "absolute distance mode", 910: "incremental distance mode",
	901: "absolute arc centres (I J K)", 911: "incremental arc centres (I J K, the default)",
	920: "set the coordinate offset so the current position reads the given values", 921: "cancel G92 offsets and zero them",
	922: "suspend G92 offsets", 923: "restore G92 offsets", 930: "inverse-time feed mode (F every block)",
	940: "units-per-minute feed mode", 950: "units-per-revolution feed mode",
	960: "constant surface speed (S is surface speed, D the maximum rpm)", 970: "spindle speed in rpm",
	980: "canned cycle returns to the initial Z", 990: "canned cycle returns to the R plane",
	150: "polar coordinates off", 160: "polar coordinates on", 680: "coordinate rotation", 690: "cancel coordinate rotation",
	500: "scaling off", 510: "scaling on", 310: "skip function (probe)", 290: "return from the reference position",
	120: "circular pocket milling clockwise (Haas)", 130: "circular pocket milling counter-clockwise (Haas)",
}

var mDesc = map[int]string{
	0: "program stop (cycle start resumes)", 10: "optional stop (when the optional-stop switch is on)",
	20: "end of program", 300: "end of program, rewind (pallet shuttle on some machines)",
	30: "spindle on clockwise at S", 40: "spindle on counter-clockwise at S", 50: "spindle stop",
	60: "tool change to the selected T", 70: "mist coolant on", 80: "flood coolant on", 90: "all coolant off",
	190: "spindle orientation", 480: "enable speed and feed overrides", 490: "disable speed and feed overrides",
	500: "feed override control", 510: "spindle speed override control", 520: "adaptive feed control", 530: "feed stop control",
	600: "pallet change pause", 610: "set the current tool number without a change",
	620: "digital output on, synchronised with motion", 630: "digital output off, synchronised with motion",
	640: "digital output on, immediately", 650: "digital output off, immediately", 660: "wait on input", 670: "analog output, synchronised", 680: "analog output, immediately",
	980: "call a subprogram (P program, L repeats)", 990: "return from a subprogram",
	700: "save the modal state", 710: "invalidate the saved modal state", 720: "restore the modal state", 730: "save and auto-restore the modal state",
}

// marlinM describes the Marlin / RepRap M codes printers and lasers use.
var marlinM = map[int]string{
	820: "absolute extrusion mode", 830: "relative extrusion mode", 840: "disable steppers",
	1040: "set hotend temperature", 1050: "report temperatures", 1060: "fan on (S speed)", 1070: "fan off",
	1090: "wait for hotend temperature", 1100: "set the current line number", 1140: "report position",
	1170: "display a message", 1180: "serial print", 1400: "set bed temperature", 1900: "wait for bed temperature",
	2000: "set filament diameter", 2010: "set max acceleration", 2030: "set max feed rate", 2040: "set acceleration",
	2200: "set feed rate percentage", 2210: "set flow percentage", 5000: "save settings to EEPROM",
	30: "laser/spindle on (constant power)", 40: "laser/spindle on (dynamic power) or counter-clockwise", 50: "laser/spindle off",
}

var marlinG = map[int]string{
	280: "auto home (homes the axes given, all when none)", 290: "bed leveling probe", 920: "set the current position",
	100: "retract filament (firmware retraction)", 110: "recover filament", 40: "dwell (P ms, S seconds)",
}

// describe returns the description of a code for a dialect.
func describe(letter byte, code int, d Dialect) string {
	switch letter {
	case 'G':
		if d == DialectMarlin {
			if s, ok := marlinG[code]; ok {
				return s
			}
		}
		return gDesc[code]
	case 'M':
		if d == DialectMarlin {
			if s, ok := marlinM[code]; ok {
				return s
			}
		}
		if code >= 1000 && code <= 1990 && d == DialectLinuxCNC {
			return "user-defined M code (an executable M1xx file in the user M-code path)"
		}
		return mDesc[code]
	}
	return ""
}

var letterDesc = map[byte]string{
	'A': "A axis (rotary about X)", 'B': "B axis (rotary about Y)", 'C': "C axis (rotary about Z)",
	'D': "cutter compensation tool number or diameter register", 'E': "extruder position (Marlin) / thread taper",
	'F': "feed rate", 'H': "tool length offset register", 'I': "arc centre X offset / cycle parameter",
	'J': "arc centre Y offset", 'K': "arc centre Z offset / thread pitch", 'L': "repeat count or G10 selector",
	'N': "line (sequence) number", 'P': "dwell time, parameter number or program number",
	'Q': "peck increment (G73/G83)", 'R': "arc radius or canned-cycle retract plane",
	'S': "spindle speed", 'T': "tool selection", 'U': "U axis", 'V': "V axis", 'W': "W axis",
	'X': "X axis", 'Y': "Y axis", 'Z': "Z axis",
}
