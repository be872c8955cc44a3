package neardup

// classTable maps the hashes of a few hundred words to their class. Every
// word of every page is looked up in it when signing; a Go map hashed
// the hash again and probed a table built for any size, where this one
// indexes by the hash's top bits and is small enough to stay in the
// first-level cache.
type classTable struct {
	slots []classSlot
	shift uint
	zero  uint8 // the class of the hash 0, which marks an empty slot
}

type classSlot struct {
	h uint64
	c uint8
}

// newClassTable holds m in a table at most a quarter full.
func newClassTable(m map[uint64]uint8) classTable {
	bits := 4
	for 1<<bits < 4*len(m) {
		bits++
	}
	t := classTable{slots: make([]classSlot, 1<<bits), shift: uint(64 - bits)}
	mask := len(t.slots) - 1
	for h, c := range m {
		if h == 0 {
			t.zero = c
			continue
		}
		i := int(h >> t.shift)
		for t.slots[i].h != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = classSlot{h, c}
	}
	return t
}

func (t *classTable) get(h uint64) uint8 {
	if h == 0 {
		return t.zero
	}
	mask := len(t.slots) - 1
	for i := int(h >> t.shift); ; i = (i + 1) & mask {
		switch t.slots[i].h {
		case h:
			return t.slots[i].c
		case 0:
			return 0
		}
	}
}
