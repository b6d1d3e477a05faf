// IEEE 1800-2017 clause 19: functional coverage
class Sampler;
  bit [3:0] opcode;
  bit [7:0] addr;
  bit       wr;

  covergroup cg_ops @(posedge clk_event);
    option.per_instance = 1;
    option.comment = "opcode coverage";
    type_option.weight = 2;
    cp_op: coverpoint opcode {
      bins alu[] = {[0:7]};
      bins mem = {8, 9};
      bins branch[2] = {[10:13]};
      wildcard bins odd = {4'b???1};
      illegal_bins bad = {15};
      ignore_bins skip = {14};
      bins seq_a = (0 => 1 => 2);
      bins seq_b = (1, 2 => 3, 4);
      bins rep = (5 [*3]);
      bins goto = (6 => 7 [-> 2] => 8);
      bins others = default;
    }
    cp_addr: coverpoint addr iff (wr) {
      bins low = {[0:63]};
      bins high = {[192:$]};
      bins mid[4] = {[64:191]} with (item % 2 == 0);
      option.at_least = 4;
    }
    cp_wr: coverpoint wr;
    x_op_wr: cross cp_op, cp_wr {
      bins alu_wr = binsof(cp_op.alu) && binsof(cp_wr) intersect {1};
      ignore_bins no_branch = binsof(cp_op.branch);
      illegal_bins never = !binsof(cp_wr) intersect {0} && binsof(cp_op.mem);
      option.weight = 3;
    }
  endgroup

  covergroup cg_sample with function sample(bit [3:0] op, bit w);
    coverpoint op;
    coverpoint w;
    cross op, w;
  endgroup

  event clk_event;

  function new();
    cg_ops = new();
    cg_sample = new;
  endfunction

  function void observe(bit [3:0] op, bit w);
    opcode = op;
    wr = w;
    cg_sample.sample(op, w);
    -> clk_event;
  endfunction
endclass

module coverage_tb (input logic clk, input logic [1:0] mode);
  covergroup cg_mode (ref logic [1:0] m) @(posedge clk);
    coverpoint m {
      bins m0 = {0};
      bins rest[] = {[1:3]};
    }
  endgroup

  cg_mode cov = new(mode);
  Sampler s = new();

  initial begin
    s.observe(4'd3, 1'b1);
    $display("coverage %0.2f%%", cov.get_inst_coverage());
    $display("total %0.2f%%", $get_coverage());
  end
endmodule
