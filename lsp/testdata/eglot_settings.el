;;; eglot_settings.el --- Emacs eglot as a real client of `gantry lsp'  -*- lexical-binding: t -*-
;; Batch Emacs starts eglot on an ST buffer with the model in :initializationOptions, as
;; editors/README.md's Emacs setup does. eglot sends workspace/didChangeConfiguration with
;; empty settings right after initialize; the model must still answer the inline
;; completion asked for here. What the server answered goes to RESULT_FILE as JSON.
(require 'eglot)
(require 'json)

(define-derived-mode iec-st-mode prog-mode "ST" "IEC 61131-3 Structured Text.")

(let ((bin (getenv "GANTRY_BIN")) (file (getenv "ST_FILE"))
      (host (getenv "FAKE_HOST")) (out (getenv "RESULT_FILE")))
  (condition-case err
      (progn
        (add-to-list 'eglot-server-programs
                     `(iec-st-mode . (,bin "lsp" :initializationOptions
                                           (:model "fim" :host ,host))))
        (find-file file)
        (iec-st-mode)
        (apply #'eglot (eglot--guess-contact))
        (let ((deadline (+ (float-time) 30)))
          (while (and (not (eglot-current-server)) (< (float-time) deadline))
            (accept-process-output nil 0.1)))
        (let* ((server (or (eglot-current-server) (error "eglot did not connect")))
               (res (jsonrpc-request
                     server :textDocument/inlineCompletion
                     (list :textDocument (eglot--TextDocumentIdentifier)
                           :position (list :line 9 :character 4)
                           :context (list :triggerKind 1))
                     :timeout 30)))
          (with-temp-file out
            (insert (json-encode (list :result res)))))
        (kill-emacs 0))
    (error
     (with-temp-file out (insert (json-encode (list :error (format "%S" err)))))
     (kill-emacs 1))))
