//go:build !unix

package main

import "os"

// pollable leaves f as it is where the Unix poller reasoning does not apply (Windows).
func pollable(f *os.File) *os.File { return f }
