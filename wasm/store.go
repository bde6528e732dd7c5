//go:build js && wasm

package main

import (
	"errors"
	"fmt"
	"sort"

	"github.com/hack-pad/safejs"
)

// Store is string key-value storage: the browser's localStorage or
// sessionStorage, or memory when those are unavailable.
type Store interface {
	Get(key string) (value string, ok bool, err error)
	Set(key, value string) error
	Remove(key string) error
	Keys() ([]string, error)
}

// webStorage is a Storage object of the browser. Every call can throw
// (storage disabled, quota exceeded); safejs turns that into an error.
type webStorage struct{ v safejs.Value }

// openWebStorage returns window[name] ("localStorage" or "sessionStorage").
// Reading the property itself throws when the user blocked site data.
func openWebStorage(name string) (Store, error) {
	v, err := safejs.Global().Get(name)
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

// memStore keeps values in memory: the fallback when browser storage is
// unavailable (the document still saves by download), and a test double.
type memStore struct {
	m map[string]string
	// failSet, when set, makes Set fail like a full storage.
	failSet error
}

func newMemStore() *memStore { return &memStore{m: map[string]string{}} }

func (s *memStore) Get(key string) (string, bool, error) {
	v, ok := s.m[key]
	return v, ok, nil
}

func (s *memStore) Set(key, value string) error {
	if s.failSet != nil {
		return s.failSet
	}
	s.m[key] = value
	return nil
}

func (s *memStore) Remove(key string) error {
	delete(s.m, key)
	return nil
}

func (s *memStore) Keys() ([]string, error) {
	keys := make([]string, 0, len(s.m))
	for k := range s.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys, nil
}

// errQuota is what a full memStore returns, like the browser's QuotaExceededError.
var errQuota = errors.New("QuotaExceededError: the quota has been exceeded")
