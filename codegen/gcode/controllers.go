package gcode

// Codes each controller family implements (× 10). Sources: the LinuxCNC G-code and M-code
// references, the Grbl v1.1 "Supported G-codes" table, the Fanuc 0i/Haas mill manuals'
// G-code lists, the Marlin G-code index (with Prusa's firmware, which the printer family
// covers: G80 levels the bed, G81 reports the mesh). Machine builders add M codes freely, so
// M codes are only judged for LinuxCNC and Grbl, whose M sets are closed.
var controllerG = map[Dialect][]int{
	DialectLinuxCNC: {0, 10, 20, 30, 40, 50, 51, 52, 53, 70, 80, 100, 170, 171, 180, 181, 190, 191, 200, 210,
		280, 281, 300, 301, 330, 331, 382, 383, 384, 385, 400, 410, 411, 420, 421, 430, 431, 432, 490, 520, 530,
		540, 550, 560, 570, 580, 590, 591, 592, 593, 610, 611, 640, 700, 710, 720, 730, 740, 760, 800, 810, 820,
		830, 840, 850, 860, 870, 880, 890, 900, 901, 910, 911, 920, 921, 922, 923, 930, 940, 950, 960, 970, 980, 990},
	DialectFanuc: {0, 10, 20, 30, 40, 50, 51, 90, 100, 110, 150, 160, 170, 180, 190, 200, 210, 220, 230, 270, 280, 290, 300, 310,
		330, 370, 390, 400, 410, 420, 430, 440, 490, 500, 510, 520, 530, 540, 541, 550, 560, 570, 580, 590, 600, 610, 620, 630, 640,
		650, 660, 670, 680, 690, 730, 740, 760, 800, 810, 820, 830, 840, 850, 860, 870, 880, 890, 900, 910,
		920, 940, 950, 960, 970, 980, 990},
	DialectGrbl: {0, 10, 20, 30, 40, 100, 170, 180, 190, 200, 210, 280, 281, 300, 301, 382, 383, 384, 385,
		400, 431, 490, 530, 540, 550, 560, 570, 580, 590, 610, 800, 900, 910, 911, 920, 921, 930, 940},
	DialectMarlin: {0, 10, 20, 30, 40, 50, 60, 100, 110, 120, 170, 180, 190, 200, 210, 260, 270, 280, 290, 300, 310, 320,
		330, 340, 350, 380, 382, 383, 384, 385, 420, 530, 540, 550, 560, 570, 580, 590, 591, 592, 593, 600, 610,
		760, 800, 810, 900, 910, 920, 4250},
}

// fanucLatheG: the G codes a Fanuc-family lathe adds to the mill's list (G-code system A of
// the Fanuc 0i-T/TF manuals, and the Haas lathe's list): threading G32/G34, spindle limit and
// coordinate setting G50, the multiple repetitive cycles G70-G76, the single cycles G90/G92/G94,
// polar and cylindrical interpolation G12.1/G13.1/G7.1 and G112/G113, feed per minute and per
// revolution G98/G99, and Haas's live-tool and sub-spindle codes.
var fanucLatheG = []int{71, 121, 131, 140, 150, 320, 340, 500, 503, 700, 710, 720, 730, 740, 750, 760,
	900, 920, 940, 960, 970, 980, 990, 1120, 1130, 1840, 1860, 1950, 1960, 2410, 2420, 2430, 2440, 2450, 2460}

var fanucLatheSet = map[int]bool{}

// latheHas: a Fanuc-family lathe has the G code, unless the profile says otherwise.
func latheHas(p *Profile, code int) bool {
	if p != nil && p.Unsupported[codeName('G', code)] {
		return false
	}
	return fanucLatheSet[code]
}

var controllerM = map[Dialect][]int{
	DialectLinuxCNC: {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 190, 300, 480, 490, 500, 510, 520, 530, 600, 610,
		620, 630, 640, 650, 660, 670, 680, 700, 710, 720, 730, 980, 990},
	DialectGrbl: {0, 10, 20, 30, 40, 50, 70, 80, 90, 300, 560},
}

func init() {
	controllerG[DialectHaas] = append(append([]int(nil), controllerG[DialectFanuc]...), 120, 130, 1030, 1070, 1100, 1870)
	for _, c := range fanucLatheG {
		fanucLatheSet[c] = true
	}
	for k := 1000; k <= 1990; k += 10 {
		controllerM[DialectLinuxCNC] = append(controllerM[DialectLinuxCNC], k)
	}
}

var controllerSets = map[Dialect]map[int]bool{}
var controllerMSets = map[Dialect]map[int]bool{}

func init() {
	for d, l := range controllerG {
		m := map[int]bool{}
		for _, c := range l {
			m[c] = true
		}
		controllerSets[d] = m
	}
	for d, l := range controllerM {
		m := map[int]bool{}
		for _, c := range l {
			m[c] = true
		}
		controllerMSets[d] = m
	}
}

// supports reports whether the controller has the code; known is false when we cannot say.
func supports(d Dialect, p *Profile, letter byte, code int) (ok, known bool) {
	if p != nil && (len(p.Unsupported) > 0 || len(p.Supported) > 0) {
		name := codeName(letter, code)
		if p.Unsupported[name] {
			return false, true
		}
		if p.Supported[name] {
			return true, true
		}
	}
	var set map[int]bool
	if letter == 'G' {
		set = controllerSets[d]
	} else {
		set = controllerMSets[d]
	}
	if set == nil {
		return true, false
	}
	return set[code], true
}
