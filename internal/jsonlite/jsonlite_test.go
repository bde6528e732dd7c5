package jsonlite

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// record is a struct of the shape the package serves, encoded by
// encoding/json in the tests to compare.
type record struct {
	N     int64  `json:"n"`
	S     string `json:"s"`
	Inner inner  `json:"inner"`
	Opt   string `json:"opt,omitempty"`
}

type inner struct {
	A int64  `json:"a"`
	B string `json:"b"`
}

func write(r record) string {
	var in, w Writer
	in.Int("a", r.Inner.A)
	in.String("b", r.Inner.B)
	w.Int("n", r.N)
	w.String("s", r.S)
	w.Object("inner", &in)
	if r.Opt != "" {
		w.String("opt", r.Opt)
	}
	return string(w.Bytes())
}

func read(data string) (record, error) {
	var r record
	err := Members(data, []string{"n", "s", "inner", "opt"}, func(k string, v Value) error {
		if v.IsNull() {
			return nil
		}
		var err error
		switch k {
		case "n":
			r.N, err = v.Int()
		case "s":
			r.S, err = v.String()
		case "opt":
			r.Opt, err = v.String()
		case "inner":
			err = v.Members([]string{"a", "b"}, func(k string, v Value) error {
				if v.IsNull() {
					return nil
				}
				var err error
				switch k {
				case "a":
					r.Inner.A, err = v.Int()
				case "b":
					r.Inner.B, err = v.String()
				}
				return err
			})
		}
		return err
	})
	return r, err
}

// strs are awkward strings: every escape encoding/json writes, invalid
// UTF-8, surrogates' neighbours, HTML characters.
var strs = []string{"", "plain", "\ufeff# T\r\n", "\"q\" \\ /", "<b>&amp;</b>", "\x00\x01\x1f\x7f", "\b\f\n\r\t", "\u2028\u2029\u2027",
	"é😀", "\xff\xfe", "a\xc3", "\u00a0", strings.Repeat("x", 300)}

func randomRecord(r *rand.Rand) record {
	pick := func() string {
		s := strs[r.IntN(len(strs))]
		if r.IntN(3) == 0 {
			s += strs[r.IntN(len(strs))]
		}
		return s
	}
	ints := []int64{0, 1, -1, 1700000000000, 1<<63 - 1, -1 << 63, 42}
	return record{N: ints[r.IntN(len(ints))], S: pick(), Inner: inner{A: ints[r.IntN(len(ints))], B: pick()}, Opt: []string{"", pick()}[r.IntN(2)]}
}

func TestWriterIsEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 5000; i++ {
		rec := randomRecord(r)
		want, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		if got := write(rec); got != string(want) {
			t.Fatalf("wrote %s\nencoding/json writes %s", got, want)
		}
	}
	var w Writer
	if got := string(w.Bytes()); got != "{}" {
		t.Errorf("empty object = %s", got)
	}
}

// agree fails unless read and json.Unmarshal agree on data: both fail, or
// both give the same record.
func agree(t *testing.T, data string) {
	t.Helper()
	got, err := read(data)
	var want record
	werr := json.Unmarshal([]byte(data), &want)
	switch {
	case (err == nil) != (werr == nil):
		t.Fatalf("%q: jsonlite error %v, encoding/json error %v", data, err, werr)
	case err == nil && !reflect.DeepEqual(got, want):
		t.Fatalf("%q: jsonlite reads %+v, encoding/json %+v", data, got, want)
	}
}

func TestMembersIsEncodingJSON(t *testing.T) {
	tests := []string{
		`{"n":1,"s":"x","inner":{"a":2,"b":"y"}}`, ` { "n" : 1 } `, `{}`, `null`, `{"n":null,"s":null,"inner":null}`,
		`{"n":1.5}`, `{"n":1e3}`, `{"n":-0}`, `{"n":01}`, `{"n":"1"}`, `{"s":1}`, `{"inner":"x"}`, `{"inner":[1]}`, `[]`, `"x"`, `1`, `true`,
		`{"n":1}x`, `{"n":1,}`, `{"n" 1}`, `{n:1}`, `{"s":"\u00e9\ud83d\ude00\ud800\u0041\/\b"}`, `{"s":"\x"}`, `{"s":"a` + "\n" + `"}`,
		`{"s":"\u12"}`, `{"x":[1,{"y":[true,false,null]},"z"],"n":3}`, `{"n":1,"n":2}`, `{"n":9223372036854775808}`, `{"n":-}`, `{"n":1.}`,
		`{"n":.5}`, `{"n":1e}`, `{"n":+1}`, `{"unknown":{"deep":[[[]]]}}`, "{\"s\":\"\xff\"}", `{"s":"\uDC00x"}`, ``, ` `, `{`, `{"s"`, `{"s":`,
		`{"s":"x"`, `{"inner":{"a":1,"b":2}}`, `{"opt":""}`, `{"n":tru}`, `{"n":nul}`, "{\"n\":1}\t\r\n ",
		`{"N":1,"S":"x","INNER":{"A":2}}`, `{"n":1,"N":2}`, `{"N":2,"n":1}`, "{\"\u017f\":\"x\"}", `{"Opt":"o"}`,
	}
	for _, data := range tests {
		agree(t, data)
	}
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 3000; i++ {
		data := write(randomRecord(r))
		agree(t, data)
		// Mutate a byte: most mutations break the text somewhere.
		b := []byte(data)
		const mutations = "{}[]\",:0a\\ \n-.eEnulN"
		b[r.IntN(len(b))] = mutations[r.IntN(len(mutations))]
		agree(t, string(b))
	}
}

func FuzzMembers(f *testing.F) {
	f.Add(`{"n":1,"s":"x","inner":{"a":2,"b":"y"}}`)
	f.Add(`{"s":"\ud83d\ude00","x":[1,{}]}`)
	f.Fuzz(func(t *testing.T, data string) { agree(t, data) })
}

func ExampleWriter() {
	var cursor, w Writer
	cursor.Int("start", 3)
	w.String("id", "lx2-9")
	w.String("source", "# <Minutes>\n")
	w.Object("cursor", &cursor)
	fmt.Println(string(w.Bytes()))
	// Output: {"id":"lx2-9","source":"# \u003cMinutes\u003e\n","cursor":{"start":3}}
}
