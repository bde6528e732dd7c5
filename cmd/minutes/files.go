package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/cpansec/minutes/core"
)

// readDoc reads and parses a file ("-" is standard input). Errors are
// returned in the FILE:LINE: message form.
func readDoc(e *env, name string) (*core.Document, error) {
	src, err := readFile(e, name)
	if err != nil {
		return nil, err
	}
	return core.Parse(src, core.WithName(name))
}

// readFile reads a named file or standard input for "-", refusing inputs
// larger than the model reads.
func readFile(e *env, name string) ([]byte, error) {
	var r io.Reader = e.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("%s: no such file", name)
			}
			return nil, fmt.Errorf("%s: %v", name, unwrapPath(err))
		}
		defer f.Close()
		r = f
	}
	src, err := io.ReadAll(io.LimitReader(r, core.MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, unwrapPath(err))
	}
	return src, nil
}

// unwrapPath drops the path that *fs.PathError repeats.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// writeFile replaces a file's content, keeping its permissions.
func writeFile(name string, data []byte) error {
	mode := fs.FileMode(0o644)
	if st, err := os.Stat(name); err == nil {
		mode = st.Mode().Perm()
	}
	tmp := name + ".minutes-tmp"
	if err := os.WriteFile(tmp, data, mode); err != nil {
		return fmt.Errorf("%s: %v", name, unwrapPath(err))
	}
	if err := os.Rename(tmp, name); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("%s: %v", name, unwrapPath(err))
	}
	return nil
}

// fileArgs returns the file arguments, or "-" (standard input) when none.
func fileArgs(args []string) []string {
	if len(args) == 0 {
		return []string{"-"}
	}
	return args
}
