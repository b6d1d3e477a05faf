(clean: Grbl_ESP32 and FluidNC named commands, with a slash and a file path)
$Sta/SSID=shop
G21 G90 G54
G0 X0 Y0
G1 X10 F300
$SD/Run=/jobs/next.nc
M2
