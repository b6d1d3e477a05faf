package gcode

import (
	"github.com/gantry-dev/gantry/codegen/source"
	"io/fs"
	"path/filepath"
	"strings"
)

func filepathWalk(dir string, fn func(string)) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			switch strings.ToLower(filepath.Ext(p)) {
			case ".ngc", ".nc", ".tap", ".gcode", ".cnc":
				fn(p)
			}
		}
		return nil
	})
}

func linesOf(text []byte) *source.Lines { return source.NewLines(text) }
