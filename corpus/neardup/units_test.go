package neardup

import (
	"reflect"
	"testing"
)

// A run keeps every page's units to the end; a field that widens Unit's
// alignment pads each of them.
func TestUnitSize(t *testing.T) {
	if n := reflect.TypeOf(Unit{}).Size(); n != 20 {
		t.Errorf("Unit is %d bytes, want 20", n)
	}
}
