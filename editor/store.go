package editor

import (
	"errors"
	"sort"
)

// Store is string key-value storage: the browser's localStorage or
// sessionStorage, or memory when those are unavailable.
type Store interface {
	Get(key string) (value string, ok bool, err error)
	Set(key, value string) error
	Remove(key string) error
	Keys() ([]string, error)
}

// MemStore keeps values in memory: the fallback when browser storage is
// unavailable (the document still saves by download), and a test double.
type MemStore struct {
	m map[string]string
	// FailSet, when set, makes Set fail like a full storage.
	FailSet error
	// Quota, when over 0, makes Set fail with ErrQuota when the keys and
	// values stored would take more bytes than that, as a browser's
	// storage does when full.
	Quota int
	// Forgets marks the store the page falls back to when the browser
	// refuses its storage: it is gone when the tab closes (volatile.go).
	Forgets bool
}

// Used is how many bytes the keys and values take.
func (s *MemStore) Used() int {
	n := 0
	for k, v := range s.m {
		n += len(k) + len(v)
	}
	return n
}

// NewMemStore returns an empty MemStore.
func NewMemStore() *MemStore { return &MemStore{m: map[string]string{}} }

// Get implements Store.
func (s *MemStore) Get(key string) (string, bool, error) {
	v, ok := s.m[key]
	return v, ok, nil
}

// Set implements Store; it fails with FailSet when that is set.
func (s *MemStore) Set(key, value string) error {
	if s.FailSet != nil {
		return s.FailSet
	}
	if old, ok := s.m[key]; s.Quota > 0 && s.Used()-len(old)-len(key)*btoi(ok)+len(key)+len(value) > s.Quota {
		return ErrQuota
	}
	s.m[key] = value
	return nil
}

// Remove implements Store.
func (s *MemStore) Remove(key string) error {
	delete(s.m, key)
	return nil
}

// Keys implements Store, in sorted order.
func (s *MemStore) Keys() ([]string, error) {
	keys := make([]string, 0, len(s.m))
	for k := range s.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys, nil
}

// ErrQuota is what a full MemStore returns, like the browser's QuotaExceededError.
var ErrQuota = errors.New("QuotaExceededError: the quota has been exceeded")

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
