package source

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// MaxFileSize is the largest file ReadFile reads (a generated netlist or CAM program is a
// few hundred MB at most); a bigger one is refused rather than exhausting memory.
const MaxFileSize = 1 << 30

// ErrNotRegular marks paths that are not regular files: FIFOs, devices, sockets and
// symlinks to them, which could block or never end.
var ErrNotRegular = errors.New("not a regular file")

// ReadFile reads a regular file. A FIFO, device or socket (or a symlink to one) is refused
// without being opened for a blocking read: opening a FIFO waits for a writer, and
// /dev/zero never ends. The file is opened non-blocking and checked again on the open
// descriptor, so a file swapped for a FIFO between the two checks is refused too.
func ReadFile(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, notRegular(path, st.Mode())
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, notRegular(path, st.Mode())
	}
	if st.Size() > MaxFileSize {
		return nil, fmt.Errorf("%s: %d bytes, larger than the %d MB Gantry reads", path, st.Size(), MaxFileSize>>20)
	}
	b, err := readAll(f, st.Size())
	if err != nil {
		return nil, err
	}
	if len(b) > MaxFileSize {
		return nil, fmt.Errorf("%s: larger than the %d MB Gantry reads", path, MaxFileSize>>20)
	}
	return b, nil
}

func notRegular(path string, m fs.FileMode) error {
	kind := "special file"
	switch {
	case m&fs.ModeNamedPipe != 0:
		kind = "FIFO"
	case m&fs.ModeCharDevice != 0:
		kind = "character device"
	case m&fs.ModeDevice != 0:
		kind = "device"
	case m&fs.ModeSocket != 0:
		kind = "socket"
	case m.IsDir():
		kind = "directory"
	}
	return fmt.Errorf("%s: %w (%s), skipped", path, ErrNotRegular, kind)
}

// readAll reads r to its end, at most MaxFileSize+1 bytes, into a buffer of the size the
// file had when it was opened: a project's texts stay in memory for its whole check, and
// io.ReadAll's buffer, grown as it reads, ends with spare room. A file that grew meanwhile
// is read on all the same.
func readAll(r io.Reader, size int64) ([]byte, error) {
	b := make([]byte, 0, min(size, MaxFileSize)+1) // +1: the read that sees the end
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) > MaxFileSize {
			return b, nil
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // grew since the stat
		}
	}
}
