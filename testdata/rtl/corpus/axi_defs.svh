// Shared AXI4 encodings, included by the AXI-Lite register bank.
`ifndef AXI_DEFS_SVH
`define AXI_DEFS_SVH

// xRESP: response of a transfer
`define AXI_RESP_OKAY   2'b00
`define AXI_RESP_EXOKAY 2'b01
`define AXI_RESP_SLVERR 2'b10
`define AXI_RESP_DECERR 2'b11

// xPROT bits
`define AXI_PROT_PRIVILEGED  0
`define AXI_PROT_NONSECURE   1
`define AXI_PROT_INSTRUCTION 2

`endif // AXI_DEFS_SVH
