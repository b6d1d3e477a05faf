
{REDUND_OK} FUNCTION_BLOCK FB_Valve2 (*opens a valve at a limited flow*)
	VAR_INPUT
		open : BOOL;
		flow : REAL;
	END_VAR
	VAR_OUTPUT
		isOpen : BOOL;
		actual : REAL;
	END_VAR
	VAR
		ramp : REAL;
	END_VAR
END_FUNCTION_BLOCK

FUNCTION F_Clamp : REAL (*limits a value to 0..limit*)
	VAR_INPUT
		value : REAL;
		limit : REAL;
	END_VAR
END_FUNCTION

FUNCTION_BLOCK FB_Dosing (*doses through one valve*)
	VAR_INPUT
		start : BOOL;
	END_VAR
	VAR_OUTPUT
		dosing : BOOL;
	END_VAR
	VAR
		valve : FB_Valve2;
	END_VAR
END_FUNCTION_BLOCK
