//go:build js && wasm

package main

import (
	"fmt"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/editor"
)

// webStorage is a Storage object of the browser. Every call can throw
// (storage disabled, quota exceeded); safejs turns that into an error.
type webStorage struct{ v safejs.Value }

// openWebStorage returns window[name] ("localStorage" or "sessionStorage").
// Reading the property itself throws when the user blocked site data. Go's
// property read (wasm_exec.js valueGet) does not catch a throwing getter:
// the exception would stop the program. A call does catch it (valueCall
// turns it into a panic that safejs returns as an error), so the property
// is read with Reflect.get.
func openWebStorage(name string) (editor.Store, error) {
	reflect, err := safejs.Global().Get("Reflect")
	if err != nil {
		return nil, fmt.Errorf("%s is not available: %w", name, err)
	}
	v, err := reflect.Call("get", safejs.Global(), name)
	if err != nil {
		return nil, fmt.Errorf("%s is not available: %w", name, err)
	}
	if v.IsUndefined() || v.IsNull() {
		return nil, fmt.Errorf("%s is not available", name)
	}
	return webStorage{v}, nil
}

func (s webStorage) Get(key string) (string, bool, error) {
	v, err := s.v.Call("getItem", key)
	if err != nil {
		return "", false, err
	}
	if v.IsNull() {
		return "", false, nil
	}
	str, err := v.String()
	return str, err == nil, err
}

func (s webStorage) Set(key, value string) error {
	_, err := s.v.Call("setItem", key, value)
	return err
}

func (s webStorage) Remove(key string) error {
	_, err := s.v.Call("removeItem", key)
	return err
}

func (s webStorage) Keys() ([]string, error) {
	lv, err := s.v.Get("length")
	if err != nil {
		return nil, err
	}
	n, err := lv.Int()
	if err != nil {
		return nil, err
	}
	keys := make([]string, 0, n)
	for i := 0; i < n; i++ {
		k, err := s.v.Call("key", i)
		if err != nil {
			return nil, err
		}
		if k.IsNull() {
			continue
		}
		str, err := k.String()
		if err != nil {
			return nil, err
		}
		keys = append(keys, str)
	}
	return keys, nil
}
