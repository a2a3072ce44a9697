package main

import (
	"strings"

	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/urfave/cli/v2"
)

// The values of the choice flags several commands share.
var (
	formats = []string{"text", "json"} // --format: what to print
	papers  = []string{"a4", "letter"} // --paper: the PDF's paper size
)

// choiceWords names what each choice flag chooses, for its message.
var choiceWords = map[string]string{"format": "a format", "paper": "a paper size"}

// choice returns the value of the flag name of c, which must be one of
// allowed, or the usage error that says so: "--paper: "a5" is not a paper
// size: use a4 or letter".
func choice(c *cli.Context, name string, allowed ...string) (string, error) {
	v := c.String(name)
	for _, a := range allowed {
		if v == a {
			return v, nil
		}
	}
	what := choiceWords[name]
	if what == "" {
		what = "a value of --" + name
	}
	return "", usageErrorf("--%s: %s is not %s: use %s", name, document.Quote(v), what, orWords(allowed))
}

// orWords lists words as "a, b or c".
func orWords(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " or " + xs[len(xs)-1]
}
