package document

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
	_, fs := Read(os.Getenv("SCHEMA"), f, data)
	t.Logf("%d findings", len(fs))
}
