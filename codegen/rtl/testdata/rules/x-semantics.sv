module xs (input logic [1:0] sel, input logic [3:0] tag, input logic a, b,
    output logic y, z, w, hit, miss, ok);
  always_comb begin
    case (sel)
      2'b1x: y = a;  // want "rtl/x-semantics"
      2'b0z: y = b;  // want "rtl/x-semantics"
      default: y = 1'b0;
    endcase
  end
  always_comb begin
    casez (sel)
      2'b1?: z = a;
      2'b0x: z = b;  // want "rtl/x-semantics"
      default: z = 1'b0;
    endcase
  end
  assign hit = (tag === 4'b1010);  // want "rtl/x-semantics"
  assign miss = (tag == 4'bxx10);  // want "rtl/x-semantics"
  // clean: case inside with wildcards, plain comparisons
  always_comb begin
    case (sel) inside
      2'b1?: w = a;
      default: w = b;
    endcase
  end
  assign ok = (tag == 4'b1010);
  // clean: assertions may use ===
  always_comb assert (!$isunknown(sel) || sel === 2'b00);
endmodule

// clean: a testbench compares with x on purpose
module xs_tb;
  logic [1:0] s;
  initial if (s === 2'bxx) $display("unknown");
endmodule
