// IEEE 1800-2017 clauses 9 and 15: processes and interprocess synchronization
module sync_tb;
  event done, go;
  semaphore sem;
  mailbox #(int) mbox;
  mailbox untyped_box;
  process jobs[$];
  int results[$];

  task automatic worker(int id);
    sem.get(1);
    #(id * 2);
    mbox.put(id * 10);
    sem.put(1);
  endtask

  task automatic collect(int n);
    int v;
    repeat (n) begin
      mbox.get(v);
      results.push_back(v);
    end
    -> done;
  endtask

  initial begin
    sem = new(2);
    mbox = new(4);
    untyped_box = new();
    fork
      worker(1);
      worker(2);
      worker(3);
    join_none
    fork
      collect(3);
      begin : timeout_blk
        #1000 $error("timeout");
      end
    join_any
    disable fork;
    wait (done.triggered);
    @(done);
    ->> go;
    fork : guarded
      begin
        process p = process::self();
        jobs.push_back(p);
        @(go) $display("go");
      end
    join_none
    wait fork;
    disable guarded;
    if (mbox.try_get(results[0]) == 0) $display("empty");
    if (sem.try_get(1)) sem.put(1);
    wait_order (done, go) else $display("out of order");
    foreach (jobs[i]) jobs[i].kill();
    $display("%p", results);
  end

  final $display("finished at %t", $time);
endmodule
