// Package yamlite reads the small subset of YAML that Jekyll front matter
// and the minutes profiles use, into a node tree like gopkg.in/yaml.v3's,
// with scalars tagged as Jekyll's YAML reader (Ruby's Psych, YAML 1.1)
// would read them.
//
// Why not gopkg.in/yaml.v3: measured on 2026-12-03 (brotli -q 11 of the
// wasm as build.sh builds it, 1,574,959 bytes), reading front matter with
// yaml.v3 instead of this package's parser adds 68,336 bytes (+4.3%; raw
// +448 KB): yaml.v3 adds 80,307 and this parser's own code is 22,564 of
// the wasm. Resolve would stay either way: yaml.v3 tags some scalars
// otherwise than Jekyll's YAML 1.1 reader does ("yes", "1:30"). The
// page is above its 1.0 MB download target, so the parser stays, for
// headers of a few lines. yaml.v3 is the reference in the tests, which
// compare the two on every real front matter, the profiles and generated
// documents.
//
// Supported:
//   - block mappings and sequences, nested by indentation, including a
//     sequence at the indentation of its mapping key ("key:\n- a") and
//     compact entries ("- key: value");
//   - flow sequences and mappings ("[a, b]", "{a: 1}", nested, on several
//     lines), so JSON reads too;
//   - plain, single-quoted and double-quoted scalars (with every yaml.v3
//     escape), folded over several lines as YAML does;
//   - literal and folded block scalars ("|", ">", with chomping "-"/"+" and
//     an indentation digit);
//   - comments, a "---" line before the document and a "..." line after it.
//
// Not supported, and reported as an error rather than read differently:
// anchors and aliases, tags, directives, complex ("?") and collection keys,
// merge keys ("<<"), key: value pairs inside "[ ]", several documents, and
// plain scalars starting with ":" (Ruby symbols, which Jekyll refuses).
// yamlite is also stricter than YAML in a few corners where readers
// disagree (a lone CR line break, ":" or "?" inside a plain scalar in a
// flow collection, a flow collection continued at or left of its parent's
// indentation). Duplicate keys in one mapping are errors.
//
// Tags: a plain scalar gets the tag Psych's ScalarScanner gives it: !!null
// ("", "~", null in any case), !!bool (true/false, yes/no, on/off in any
// case), !!int (decimal, 0b, 0 octal, 0x, "_" and "," separators, base 60
// as in 1:30), !!float (with a ".", .inf, .nan, base 60), !!timestamp (a
// valid date, or a date and time with seconds) or !!str. Quoted and block
// scalars are !!str. See Resolve.
//
// Errors are *Error values with the 1-based line of the problem and a
// message worded like yaml.v3's where yaml.v3 has one.
//
// Bounds: Parse runs in time linear in the size of its input (each
// character is scanned a bounded number of times) and refuses nesting
// deeper than MaxDepth.
package yamlite
