package catalog

import (
	"os"
	"testing"
)

func TestProfBig(t *testing.T) {
	f := os.Getenv("BIGFILE")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	_, fs := Validate(f, data, Default())
	t.Logf("%d findings", len(fs))
}
