package st

import "strings"

// The TIA Portal system instructions an SCL program calls (S7-1200/1500), with their
// formal parameters as TIA names them. They are known in SCL files only: a CODESYS program
// calling MOVE_BLK still gets st/undeclared-identifier. Where TIA's block differs from the
// IEC one of the same name (CTU's reset is R, not RESET) the TIA signature wins in SCL.

// tiaCounters builds the typed counter instances: CTU_INT, CTD_DINT, CTUD_UDINT …
func tiaCounters() []*StdPOU {
	var out []*StdPOU
	for _, t := range []string{"", "_SINT", "_INT", "_DINT", "_LINT", "_USINT", "_UINT", "_UDINT", "_ULINT"} {
		cv := strings.TrimPrefix(t, "_")
		if cv == "" {
			cv = "INT"
		}
		out = append(out,
			&StdPOU{Name: "CTU" + t, FB: true, Inputs: []Param{p("CU", "Bool"), p("R", "Bool"), p("PV", cv)},
				Outputs: []Param{p("Q", "Bool"), p("CV", cv)},
				Doc:     "Up counter (IEC_COUNTER): CV counts rising edges of CU, Q is TRUE when CV >= PV, R resets CV to 0."},
			&StdPOU{Name: "CTD" + t, FB: true, Inputs: []Param{p("CD", "Bool"), p("LD", "Bool"), p("PV", cv)},
				Outputs: []Param{p("Q", "Bool"), p("CV", cv)},
				Doc:     "Down counter: LD loads PV into CV, rising edges of CD count down, Q is TRUE when CV <= 0."},
			&StdPOU{Name: "CTUD" + t, FB: true, Inputs: []Param{p("CU", "Bool"), p("CD", "Bool"), p("R", "Bool"), p("LD", "Bool"), p("PV", cv)},
				Outputs: []Param{p("QU", "Bool"), p("QD", "Bool"), p("CV", cv)},
				Doc:     "Up/down counter: QU when CV >= PV, QD when CV <= 0; R resets, LD loads PV."},
		)
	}
	return out
}

var tiaBlocks = append([]*StdPOU{
	// Timers (IEC_TIMER instances).
	{Name: "TON_TIME", FB: true, Inputs: []Param{p("IN", "Bool"), p("PT", "Time")}, Outputs: []Param{p("Q", "Bool"), p("ET", "Time")},
		Doc: "On delay: Q becomes TRUE when IN has been TRUE for PT; ET counts up to PT."},
	{Name: "TOF_TIME", FB: true, Inputs: []Param{p("IN", "Bool"), p("PT", "Time")}, Outputs: []Param{p("Q", "Bool"), p("ET", "Time")},
		Doc: "Off delay: Q follows IN up and stays TRUE for PT after IN falls."},
	{Name: "TP_TIME", FB: true, Inputs: []Param{p("IN", "Bool"), p("PT", "Time")}, Outputs: []Param{p("Q", "Bool"), p("ET", "Time")},
		Doc: "Pulse: a rising edge of IN gives a pulse of length PT on Q."},
	{Name: "TONR_TIME", FB: true, Inputs: []Param{p("IN", "Bool"), p("R", "Bool"), p("PT", "Time")}, Outputs: []Param{p("Q", "Bool"), p("ET", "Time")},
		Doc: "Time accumulator: ET sums the time IN is TRUE until R; Q when ET >= PT."},
	{Name: "TON_LTIME", FB: true, Inputs: []Param{p("IN", "Bool"), p("PT", "LTime")}, Outputs: []Param{p("Q", "Bool"), p("ET", "LTime")},
		Doc: "On delay with LTime."},
	{Name: "TOF_LTIME", FB: true, Inputs: []Param{p("IN", "Bool"), p("PT", "LTime")}, Outputs: []Param{p("Q", "Bool"), p("ET", "LTime")},
		Doc: "Off delay with LTime."},
	{Name: "TP_LTIME", FB: true, Inputs: []Param{p("IN", "Bool"), p("PT", "LTime")}, Outputs: []Param{p("Q", "Bool"), p("ET", "LTime")},
		Doc: "Pulse with LTime."},
	{Name: "TONR_LTIME", FB: true, Inputs: []Param{p("IN", "Bool"), p("R", "Bool"), p("PT", "LTime")}, Outputs: []Param{p("Q", "Bool"), p("ET", "LTime")},
		Doc: "Time accumulator with LTime."},
	{Name: "R_TRIG", FB: true, Inputs: []Param{p("CLK", "Bool")}, Outputs: []Param{p("Q", "Bool")},
		Doc: "Rising edge: Q is TRUE for one call when CLK goes from FALSE to TRUE."},
	{Name: "F_TRIG", FB: true, Inputs: []Param{p("CLK", "Bool")}, Outputs: []Param{p("Q", "Bool")},
		Doc: "Falling edge: Q is TRUE for one call when CLK goes from TRUE to FALSE."},

	// Moving and filling memory.
	{Name: "MOVE_BLK", Inputs: []Param{p("IN", "Variant"), p("COUNT", "UDInt")}, Outputs: []Param{p("OUT", "Variant")}, Return: "Void",
		Doc: "Copies COUNT array elements starting at the element IN into the array from the element OUT on."},
	{Name: "UMOVE_BLK", Inputs: []Param{p("IN", "Variant"), p("COUNT", "UDInt")}, Outputs: []Param{p("OUT", "Variant")}, Return: "Void",
		Doc: "MOVE_BLK that interrupts cannot break up."},
	{Name: "MOVE_BLK_VARIANT", Inputs: []Param{p("SRC", "Variant"), p("COUNT", "UDInt"), p("SRC_INDEX", "DInt"), p("DEST_INDEX", "DInt")},
		Outputs: []Param{p("DEST", "Variant")}, Return: "Int",
		Doc: "Copies COUNT elements between arrays given as Variant, from SRC_INDEX to DEST_INDEX (0-based); returns an error code."},
	// STEP 7's block copies (SFC20, SFC84, SFC83), which TIA keeps for S7-300/400 code.
	{Name: "BLKMOV", Inputs: []Param{p("SRCBLK", "Variant")}, Outputs: []Param{p("DSTBLK", "Variant")}, Return: "Int",
		Doc: "Copies the memory area SRCBLK into DSTBLK (SFC20); returns an error code."},
	{Name: "WRIT_DBL", Inputs: []Param{p("REQ", "Bool"), p("SRCBLK", "Variant")}, Outputs: []Param{p("BUSY", "Bool"), p("DSTBLK", "Variant")}, Return: "Int",
		Doc: "Writes a work-memory area into a data block in load memory (SFC84, asynchronous: call until BUSY is FALSE)."},
	{Name: "READ_DBL", Inputs: []Param{p("REQ", "Bool"), p("SRCBLK", "Variant")}, Outputs: []Param{p("BUSY", "Bool"), p("DSTBLK", "Variant")}, Return: "Int",
		Doc: "Reads a data block in load memory into a work-memory area (SFC83, asynchronous: call until BUSY is FALSE)."},
	{Name: "FILL_BLK", Inputs: []Param{p("IN", "Variant"), p("COUNT", "UDInt")}, Outputs: []Param{p("OUT", "Variant")}, Return: "Void",
		Doc: "Writes the value IN into COUNT array elements from the element OUT on."},
	{Name: "UFILL_BLK", Inputs: []Param{p("IN", "Variant"), p("COUNT", "UDInt")}, Outputs: []Param{p("OUT", "Variant")}, Return: "Void",
		Doc: "FILL_BLK that interrupts cannot break up."},
	{Name: "Serialize", Inputs: []Param{p("SRC_VARIABLE", "Variant")}, InOuts: []Param{p("DEST_ARRAY", "Array[*] of Byte"), p("POS", "DInt")}, Return: "Int",
		Doc: "Writes a variable into a byte array at POS (advanced past the data); returns an error code."},
	{Name: "Deserialize", Inputs: []Param{p("SRC_ARRAY", "Array[*] of Byte")}, InOuts: []Param{p("DEST_VARIABLE", "Variant"), p("POS", "DInt")}, Return: "Int",
		Doc: "Reads a variable from a byte array at POS (advanced past the data); returns an error code."},
	{Name: "PEEK", Inputs: []Param{p("area", "Byte"), p("dbNumber", "DB_ANY"), p("byteOffset", "DInt")}, Return: "Byte",
		Doc: "Reads a byte from an area (16#81 inputs, 16#82 outputs, 16#83 bit memory, 16#84 DB) without symbols."},
	{Name: "PEEK_BOOL", Inputs: []Param{p("area", "Byte"), p("dbNumber", "DB_ANY"), p("byteOffset", "DInt"), p("bitOffset", "Int")}, Return: "Bool",
		Doc: "Reads one bit from an area without symbols."},
	{Name: "PEEK_BYTE", Inputs: []Param{p("area", "Byte"), p("dbNumber", "DB_ANY"), p("byteOffset", "DInt")}, Return: "Byte", Doc: "Reads a byte from an area."},
	{Name: "PEEK_WORD", Inputs: []Param{p("area", "Byte"), p("dbNumber", "DB_ANY"), p("byteOffset", "DInt")}, Return: "Word", Doc: "Reads a word from an area."},
	{Name: "PEEK_DWORD", Inputs: []Param{p("area", "Byte"), p("dbNumber", "DB_ANY"), p("byteOffset", "DInt")}, Return: "DWord", Doc: "Reads a double word from an area."},
	{Name: "POKE", Inputs: []Param{p("area", "Byte"), p("dbNumber", "DB_ANY"), p("byteOffset", "DInt"), p("value", "Variant")}, Return: "Void",
		Doc: "Writes a value into an area without symbols."},
	{Name: "POKE_BOOL", Inputs: []Param{p("area", "Byte"), p("dbNumber", "DB_ANY"), p("byteOffset", "DInt"), p("bitOffset", "Int"), p("value", "Bool")}, Return: "Void",
		Doc: "Writes one bit into an area without symbols."},
	{Name: "POKE_BLK", Inputs: []Param{p("area_src", "Byte"), p("dbNumber_src", "DB_ANY"), p("byteOffset_src", "DInt"),
		p("area_dest", "Byte"), p("dbNumber_dest", "DB_ANY"), p("byteOffset_dest", "DInt"), p("count", "DInt")}, Return: "Void",
		Doc: "Copies count bytes between areas without symbols."},

	// Errors, clock and time.
	{Name: "GET_ERR_ID", Return: "Word", Doc: "The ID of the first access error in this block since the last call (0: none)."},
	{Name: "GET_ERROR", Outputs: []Param{p("ERROR", "ErrorStruct")}, Return: "Void", Doc: "Details of the first access error in this block."},
	{Name: "RD_SYS_T", Outputs: []Param{p("OUT", "DTL")}, Return: "Int", Doc: "Reads the CPU clock (UTC) into OUT; returns an error code."},
	{Name: "RD_LOC_T", Outputs: []Param{p("OUT", "DTL")}, Return: "Int", Doc: "Reads the local time into OUT; returns an error code."},
	{Name: "WR_SYS_T", Inputs: []Param{p("IN", "DTL")}, Return: "Int", Doc: "Sets the CPU clock; returns an error code."},
	{Name: "TIME_TCK", Return: "Time", Doc: "The CPU's millisecond counter (wraps around)."},
	{Name: "T_DIFF", Inputs: []Param{p("IN1", "DTL"), p("IN2", "DTL")}, Return: "Time", Doc: "IN1 - IN2 for time stamps (DTL, DATE, TOD): a duration."},
	// IN1 is a time stamp (DTL, DT, TOD, …) or a duration (Time, LTime); the result has its type.
	{Name: "T_ADD", Inputs: []Param{p("IN1", "Variant"), p("IN2", "Time")}, Return: "Variant", Doc: "A time stamp or a duration plus a duration."},
	{Name: "T_SUB", Inputs: []Param{p("IN1", "Variant"), p("IN2", "Time")}, Return: "Variant", Doc: "A time stamp or a duration minus a duration."},
	{Name: "T_CONV", Inputs: []Param{p("IN", "Variant")}, Return: "Variant", Doc: "Converts between times, dates and integers."},
	{Name: "T_COMBINE", Inputs: []Param{p("IN1", "Date"), p("IN2", "Time_Of_Day")}, Return: "DTL", Doc: "A date and a time of day as one time stamp."},
	{Name: "RUNTIME", InOuts: []Param{p("MEM", "LReal")}, Return: "LReal", Doc: "Seconds since the previous call with the same MEM (measures run time)."},

	// Arrays and Variant.
	{Name: "LOWER_BOUND", Inputs: []Param{p("ARR", "Array[*]"), p("DIM", "UDInt")}, Return: "DInt", Doc: "The lower bound of dimension DIM of an Array[*] parameter."},
	{Name: "UPPER_BOUND", Inputs: []Param{p("ARR", "Array[*]"), p("DIM", "UDInt")}, Return: "DInt", Doc: "The upper bound of dimension DIM of an Array[*] parameter."},
	{Name: "CountOfElements", Inputs: []Param{p("IN", "Variant")}, Return: "UDInt", Doc: "The number of elements of the array behind a Variant."},
	{Name: "TypeOf", Inputs: []Param{p("IN", "Variant")}, Return: "Variant", Doc: "The data type behind a Variant, compared with a type name."},
	{Name: "TypeOfElements", Inputs: []Param{p("IN", "Variant")}, Return: "Variant", Doc: "The element type of the array behind a Variant."},
	{Name: "IS_ARRAY", Inputs: []Param{p("IN", "Variant")}, Return: "Bool", Doc: "TRUE when the Variant points to an array."},
	{Name: "DB_ANY_TO_VARIANT", Inputs: []Param{p("in", "DB_ANY")}, Outputs: []Param{p("err", "Int")}, Return: "Variant",
		Doc: "The data block numbered in as a Variant (an ARRAY data block, a data block of a UDT or a system type); err gives an error code."},
	{Name: "VARIANT_TO_DB_ANY", Inputs: []Param{p("in", "Variant")}, Outputs: []Param{p("err", "Int")}, Return: "DB_ANY",
		Doc: "The number of the data block the Variant in points to; err gives an error code."},
	{Name: "VariantGet", Inputs: []Param{p("SRC", "Variant")}, Outputs: []Param{p("DST", "Variant")}, Return: "Void", Doc: "Copies the value behind a Variant into DST."},
	{Name: "VariantPut", Inputs: []Param{p("SRC", "Variant")}, InOuts: []Param{p("DST", "Variant")}, Return: "Void", Doc: "Copies SRC into the variable behind a Variant."},

	// Strings.
	{Name: "LEN", Inputs: []Param{p("IN", "String")}, Return: "Int", Doc: "Current length of a string."},
	{Name: "MAX_LEN", Inputs: []Param{p("IN", "String")}, Return: "Int", Doc: "Declared length of a string."},
	{Name: "CONCAT", Inputs: []Param{p("IN1", "String"), p("IN2", "String")}, Return: "String", Doc: "IN1 followed by IN2."},
	{Name: "LEFT", Inputs: []Param{p("IN", "String"), p("L", "Int")}, Return: "String", Doc: "The first L characters."},
	{Name: "RIGHT", Inputs: []Param{p("IN", "String"), p("L", "Int")}, Return: "String", Doc: "The last L characters."},
	{Name: "MID", Inputs: []Param{p("IN", "String"), p("L", "Int"), p("P", "Int")}, Return: "String", Doc: "L characters from position P (1-based)."},
	{Name: "DELETE", Inputs: []Param{p("IN", "String"), p("L", "Int"), p("P", "Int")}, Return: "String", Doc: "IN without L characters from position P."},
	{Name: "INSERT", Inputs: []Param{p("IN1", "String"), p("IN2", "String"), p("P", "Int")}, Return: "String", Doc: "IN2 inserted into IN1 after position P."},
	{Name: "REPLACE", Inputs: []Param{p("IN1", "String"), p("IN2", "String"), p("L", "Int"), p("P", "Int")}, Return: "String",
		Doc: "IN1 with L characters from position P replaced by IN2."},
	{Name: "FIND", Inputs: []Param{p("IN1", "String"), p("IN2", "String")}, Return: "Int", Doc: "Position of IN2 in IN1 (0: not found)."},
	{Name: "S_CONV", Inputs: []Param{p("IN", "Variant")}, Outputs: []Param{p("OUT", "Variant")}, Return: "Void", Doc: "Converts a number to a string or a string to a number."},
	{Name: "STRG_VAL", Inputs: []Param{p("IN", "String"), p("FORMAT", "Word")}, InOuts: []Param{p("P", "UInt")}, Outputs: []Param{p("OUT", "Variant")}, Return: "Void",
		Doc: "Reads a number from IN at position P with a format (decimal point, exponent)."},
	{Name: "VAL_STRG", Inputs: []Param{p("IN", "Variant"), p("SIZE", "USInt"), p("PREC", "USInt"), p("FORMAT", "Word")}, InOuts: []Param{p("P", "UInt")},
		Outputs: []Param{p("OUT", "String")}, Return: "Void", Doc: "Writes a number as text into OUT at position P."},
	{Name: "Strg_TO_Chars", Inputs: []Param{p("Strg", "String"), p("pChars", "DInt")}, InOuts: []Param{p("Chars", "Variant")}, Outputs: []Param{p("Cnt", "UInt")}, Return: "Void",
		Doc: "Copies a string into an Array of Char/Byte from index pChars."},
	// ATH and HTA (S7-1200 system manual, "ATH and HTA"): byte arrays behind Variants.
	{Name: "ATH", Inputs: []Param{p("IN", "Variant"), p("N", "UInt")}, Outputs: []Param{p("OUT", "Variant")}, Return: "Word",
		Doc: "Converts N ASCII characters (0-9, A-F) of the byte array IN into packed hexadecimal digits in OUT; returns a condition code."},
	{Name: "HTA", Inputs: []Param{p("IN", "Variant"), p("N", "UInt")}, Outputs: []Param{p("OUT", "Variant")}, Return: "Word",
		Doc: "Converts N bytes of packed hexadecimal digits IN into 2N ASCII characters in the byte array OUT; returns a condition code."},
	{Name: "Chars_TO_Strg", Inputs: []Param{p("Chars", "Variant"), p("pChars", "DInt"), p("Cnt", "UInt")}, Outputs: []Param{p("Strg", "String")}, Return: "Void",
		Doc: "Builds a string from Cnt elements of an Array of Char/Byte."},

	// Numbers and bits.
	{Name: "SCALE_X", Inputs: []Param{p("MIN", "Real"), p("VALUE", "Real"), p("MAX", "Real")}, Return: "Real", Doc: "MIN + VALUE * (MAX - MIN): VALUE 0..1 scaled to MIN..MAX."},
	{Name: "NORM_X", Inputs: []Param{p("MIN", "Real"), p("VALUE", "Real"), p("MAX", "Real")}, Return: "Real", Doc: "(VALUE - MIN) / (MAX - MIN): VALUE normalised to 0..1."},
	{Name: "SCALE", Inputs: []Param{p("IN", "Int"), p("HI_LIM", "Real"), p("LO_LIM", "Real"), p("BIPOLAR", "Bool")}, Outputs: []Param{p("OUT", "Real")}, Return: "Word",
		Doc: "Classic S7 scaling of an analog value (0..27648) to LO_LIM..HI_LIM; returns an error code."},
	{Name: "UNSCALE", Inputs: []Param{p("IN", "Real"), p("HI_LIM", "Real"), p("LO_LIM", "Real"), p("BIPOLAR", "Bool")}, Outputs: []Param{p("OUT", "Int")}, Return: "Word",
		Doc: "Classic S7 inverse scaling to an analog value; returns an error code."},
	{Name: "LIMIT", Inputs: []Param{p("MN", "Variant"), p("IN", "Variant"), p("MX", "Variant")}, Return: "Variant", Doc: "IN clamped to MN..MX."},
	{Name: "MIN", Inputs: []Param{p("IN1", "Variant"), p("IN2", "Variant")}, Return: "Variant", Doc: "The smallest input (IN1, IN2, … up to IN32)."},
	{Name: "MAX", Inputs: []Param{p("IN1", "Variant"), p("IN2", "Variant")}, Return: "Variant", Doc: "The largest input (IN1, IN2, … up to IN32)."},
	{Name: "SEL", Inputs: []Param{p("G", "Bool"), p("IN0", "Variant"), p("IN1", "Variant")}, Return: "Variant", Doc: "IN1 when G, else IN0."},
	{Name: "MUX", Inputs: []Param{p("K", "UInt"), p("IN0", "Variant"), p("IN1", "Variant"), p("INELSE", "Variant")}, Return: "Variant", Doc: "The input K; INELSE when K is out of range."},
	{Name: "SHL", Inputs: []Param{p("IN", "Variant"), p("N", "UInt")}, Return: "Variant", Doc: "IN shifted left by N bits."},
	{Name: "SHR", Inputs: []Param{p("IN", "Variant"), p("N", "UInt")}, Return: "Variant", Doc: "IN shifted right by N bits."},
	{Name: "ROL", Inputs: []Param{p("IN", "Variant"), p("N", "UInt")}, Return: "Variant", Doc: "IN rotated left by N bits."},
	{Name: "ROR", Inputs: []Param{p("IN", "Variant"), p("N", "UInt")}, Return: "Variant", Doc: "IN rotated right by N bits."},
	{Name: "SWAP", Inputs: []Param{p("IN", "Variant")}, Return: "Variant", Doc: "IN with its bytes in reverse order."},
	{Name: "DECO", Inputs: []Param{p("IN", "UInt")}, Return: "Variant", Doc: "A bit pattern with bit IN set."},
	{Name: "ENCO", Inputs: []Param{p("IN", "Variant")}, Return: "Int", Doc: "The number of the lowest set bit."},
	{Name: "ROUND", Inputs: []Param{p("IN", "Real")}, Return: "DInt", Doc: "Rounds to the nearest integer."},
	{Name: "CEIL", Inputs: []Param{p("IN", "Real")}, Return: "DInt", Doc: "Rounds up."},
	{Name: "FLOOR", Inputs: []Param{p("IN", "Real")}, Return: "DInt", Doc: "Rounds down."},
	{Name: "TRUNC", Inputs: []Param{p("IN", "Real")}, Return: "DInt", Doc: "Drops the fraction."},
	{Name: "FRAC", Inputs: []Param{p("IN", "Real")}, Return: "Real", Doc: "The fraction of a floating-point number."},

	// Distributed I/O and program control.
	{Name: "DPRD_DAT", Inputs: []Param{p("LADDR", "HW_IO")}, Outputs: []Param{p("RECORD", "Variant")}, Return: "Int", Doc: "Reads consistent data of a DP/PROFINET module."},
	{Name: "DPWR_DAT", Inputs: []Param{p("LADDR", "HW_IO"), p("RECORD", "Variant")}, Return: "Int", Doc: "Writes consistent data to a DP/PROFINET module."},
	{Name: "RDREC", FB: true, Inputs: []Param{p("REQ", "Bool"), p("ID", "HW_IO"), p("INDEX", "DInt"), p("MLEN", "UInt")},
		Outputs: []Param{p("VALID", "Bool"), p("BUSY", "Bool"), p("ERROR", "Bool"), p("STATUS", "DWord"), p("LEN", "UInt")}, InOuts: []Param{p("RECORD", "Variant")},
		Doc: "Reads a data record from a device (asynchronous: call until BUSY is FALSE)."},
	{Name: "WRREC", FB: true, Inputs: []Param{p("REQ", "Bool"), p("ID", "HW_IO"), p("INDEX", "DInt"), p("LEN", "UInt")},
		Outputs: []Param{p("DONE", "Bool"), p("BUSY", "Bool"), p("ERROR", "Bool"), p("STATUS", "DWord")}, InOuts: []Param{p("RECORD", "Variant")},
		Doc: "Writes a data record to a device (asynchronous: call until BUSY is FALSE)."},
	{Name: "RE_TRIGR", Return: "Void", Doc: "Restarts the cycle time monitoring."},
	{Name: "STP", Return: "Void", Doc: "Puts the CPU into STOP."},
	{Name: "WAIT", Inputs: []Param{p("WT", "Int")}, Return: "Void", Doc: "Busy-waits WT microseconds."},
}, tiaCounters()...)

var tiaByName = func() map[string]*StdPOU {
	m := map[string]*StdPOU{}
	for _, b := range tiaBlocks {
		m[strings.ToUpper(b.Name)] = b
	}
	return m
}()

// TIALookup returns the TIA Portal system instruction with that name (case-insensitive), or
// nil.
func TIALookup(name string) *StdPOU { return tiaByName[strings.ToUpper(name)] }

// std returns the standard block or function a name calls: in SCL files TIA's instructions
// first, then the IEC library shared by all dialects.
func (s *Scope) std(name string) *StdPOU {
	if s != nil && s.SCL {
		if b := TIALookup(name); b != nil {
			return b
		}
	}
	return StdLookup(name)
}
