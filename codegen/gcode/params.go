package gcode

import (
	"maps"
	"math"
)

// params holds parameter values: numbered (#1…#5999, Fanuc #100…), named locals of the
// current scope (#<depth>) and named globals (#<_safe>). A key present with a NaN value is
// defined but not constant.
type params struct {
	num    map[int]float64
	local  map[string]float64
	global map[string]float64
}

func newParams() params {
	return params{num: map[int]float64{}, local: map[string]float64{}, global: map[string]float64{}}
}

func (p params) clone() params {
	return params{num: maps.Clone(p.num), local: maps.Clone(p.local), global: maps.Clone(p.global)}
}

// identical reports whether p and q hold the same values bit for bit.
func (p params) identical(q params) bool {
	return maps.EqualFunc(p.num, q.num, sameBits) && maps.EqualFunc(p.local, q.local, sameBits) &&
		maps.EqualFunc(p.global, q.global, sameBits)
}

func sameBits(v, w float64) bool { return math.Float64bits(v) == math.Float64bits(w) }

func (p params) equal(q params) bool {
	return maps.EqualFunc(p.num, q.num, same) && maps.EqualFunc(p.local, q.local, same) &&
		maps.EqualFunc(p.global, q.global, same)
}

func mergeMap[K comparable](a, b map[K]float64) map[K]float64 {
	out := make(map[K]float64, len(a))
	for k, v := range a {
		if w, ok := b[k]; ok {
			out[k] = mergeF(v, w)
		} else {
			out[k] = unknown // defined on one path only: defined, value unknown
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			out[k] = unknown
		}
	}
	return out
}

func mergeParams(a, b params) params {
	return params{num: mergeMap(a.num, b.num), local: mergeMap(a.local, b.local), global: mergeMap(a.global, b.global)}
}

// forget makes every assigned value unknown, keeping what is defined.
func (p params) forget() params {
	q := p.clone()
	for k := range q.num {
		q.num[k] = unknown
	}
	for k := range q.local {
		q.local[k] = unknown
	}
	for k := range q.global {
		q.global[k] = unknown
	}
	return q
}

// predefined LinuxCNC read-only named parameters (LinuxCNC manual, "Predefined Named
// Parameters"); #<_ini[…]> and #<_hal[…]> are matched by prefix.
var predefined = map[string]bool{
	"_vmajor": true, "_vminor": true, "_line": true, "_motion_mode": true, "_plane": true,
	"_ccomp": true, "_metric": true, "_imperial": true, "_absolute": true, "_incremental": true,
	"_inverse_time": true, "_units_per_minute": true, "_units_per_rev": true, "_coord_system": true,
	"_tool_offset": true, "_retract_r_plane": true, "_retract_old_z": true, "_spindle_rpm_mode": true,
	"_spindle_css_mode": true, "_ijk_absolute_mode": true, "_lathe_diameter_mode": true,
	"_lathe_radius_mode": true, "_spindle_on": true, "_spindle_cw": true, "_mist": true, "_flood": true,
	"_speed_override": true, "_feed_override": true, "_adaptive_feed": true, "_feed_hold": true,
	"_feed": true, "_rpm": true, "_x": true, "_y": true, "_z": true, "_a": true, "_b": true, "_c": true,
	"_u": true, "_v": true, "_w": true, "_abs_x": true, "_abs_y": true, "_abs_z": true, "_abs_a": true,
	"_abs_b": true, "_abs_c": true, "_abs_u": true, "_abs_v": true, "_abs_w": true,
	"_current_tool": true, "_current_pocket": true, "_selected_tool": true, "_selected_pocket": true,
	"_value": true, "_value_returned": true, "_task": true, "_call_level": true, "_remap_level": true,
}
