// Command serve serves a built copy of the editor page for local use and
// testing: `./build.sh serve` runs it on http://localhost:8080.
package main

import (
	"flag"
	"log"
	"net/http"

	"github.com/cpansec/minutes/web"
)

func main() {
	dir := flag.String("dir", "build/site", "directory holding the built site")
	addr := flag.String("addr", "localhost:8080", "address to listen on")
	flag.Parse()
	log.Printf("serving %s on http://%s/", *dir, *addr)
	log.Fatal(http.ListenAndServe(*addr, web.Handler(*dir)))
}
