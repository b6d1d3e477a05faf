package source

import (
	"io/fs"
	"os"
	"path/filepath"
)

// WalkDir is filepath.WalkDir, except that a root which is a symbolic link to a folder is
// walked: a project opened through a link (a checkout linked into the home folder, a
// terminal whose working folder is a link) would otherwise be one entry, not a tree. Paths
// handed to fn start with root as given, so they name files the way the user reaches them;
// links inside the tree are still not followed.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	if fi, err := os.Lstat(root); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		if target, err := filepath.EvalSymlinks(root); err == nil {
			if st, err := os.Stat(target); err == nil && st.IsDir() {
				return filepath.WalkDir(target, func(p string, d fs.DirEntry, err error) error {
					rel, rerr := filepath.Rel(target, p)
					if rerr != nil {
						return fn(p, d, err)
					}
					return fn(filepath.Join(root, rel), d, err)
				})
			}
		}
	}
	return filepath.WalkDir(root, fn)
}
