// Package learn infers a group's profile (package profile) from a folder
// of its minutes: how the files are named and where the date sits in the
// name, when the group meets and how often, who the minutes name (and the
// misspellings of their handles and names), how each role is labelled,
// the sections most minutes have, in order, which become the group's own
// template, the front matter keys, the list style and whether agendas
// carry task boxes, and what can be told of the site (folder, index line,
// renderer).
//
// Learning is by majority: a setting is what most files agree on, the
// latest file deciding ties, and a setting no file shows is left out (or,
// for settings a profile must have, given its default and said in the
// notes). Facts are read with package core, as every other command reads
// them, so a shape core learns to read is learned here too.
//
// The output is an ordinary profile file: `minutes profile DIR` prints
// it, and every command reads it back with --profile or as .minutes.yaml.
package learn
