package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleArcInvalid = register(&rules.Rule{
	ID:       "gcode/arc-invalid",
	Title:    "Invalid arc",
	Severity: rules.Error,
	Category: rules.Safety,
	Anchors: []string{"NIST RS274NGC v3 §2.1.2.5 (arcs)",
		"LinuxCNC: \"Radius to end of arc differs from radius to start\", \"Arc radius too small to reach end point\", \"Mixed radius ijk format for arc\", \"R i j k words all missing for arc\", \"K word given for arc in xy plane\", \"Zero radius arc\", \"Current point same as end point of arc\"",
		"Grbl errors 33 (invalid target), 34 (arc radius), 35 (no offsets in plane)"},
	Doc: rules.Doc(
		"Checks G2/G3 in the active plane (G17 XY with I/J, G18 XZ with I/K, G19 YZ with J/K): R and centre offsets mixed or both missing, an offset word for the axis outside the plane (LinuxCNC and the Fanuc family; Grbl and Marlin ignore it), an R-format arc without an end point or ending where it starts (a full circle needs I/J/K), a radius too small to reach the end point, a zero radius (under rs274's limit: 0.00127 mm in a G21 program, 0.00001 inch in a G20 one; a CAM post's corner arc of 0.004 mm is an arc), and a centre whose distance to the end differs from its distance to the start (beyond 0.005 mm and 0.1 %, or beyond 0.5 mm, like Grbl and LinuxCNC). On Fanuc-family controllers an arc whose C word stands for the plane's second axis (polar interpolation G12.1/G112, cylindrical G7.1/G107), and the arcs after it until the plane is selected again, are not measured.",
		"The controller refuses the block mid-program, or worse, a lenient one draws a different arc than the author meant: a circle where a quarter arc was meant, or a gouge across the part. A radius mismatch usually means the wrong plane or lost precision in the post-processor.",
		"G17 G1 X0 Y0 F300\nG2 X10 Y0 I4 J0      ; the centre is 4 from the start, 6 from the end\nG1 X0 Y0\nG2 X0 Y0 R5          ; R cannot describe a full circle\nG2 X10 Y0 R2         ; 2 mm cannot reach a point 10 mm away\nG2 X10 Y0 K5         ; K is off the XY plane, I/J missing",
		"G17 G1 X0 Y0 F300\nG2 X10 Y0 I5 J0      ; half circle, centre 5 from both ends\nG2 X10 Y0 I-5 J0     ; full circle: a centre offset, the end at the start\nG2 X0 Y0 R5          ; half circle with R: the end 2R away"),
}, hookArcInvalid, nil)

func hookArcInvalid(s *Step) {
	for _, e := range s.ArcErrors {
		s.report(e.Start, e.End, "%s", e.Msg)
	}
}
