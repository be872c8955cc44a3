package neardup

// unionFind joins pages into families; union by size with path halving
// keeps every operation near constant time. worst[root] is the rank of the
// weakest tier among the links that built the root's family.
type unionFind struct {
	parent []int32
	size   []int32
	worst  []uint8
}

func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]int32, n), size: make([]int32, n), worst: make([]uint8, n)}
	for i := range u.parent {
		u.parent[i] = int32(i)
		u.size[i] = 1
	}
	return u
}

func (u *unionFind) find(x int32) int32 {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

// union joins a's and b's families through a link of tier rank.
func (u *unionFind) union(a, b int32, rank int) {
	a, b = u.find(a), u.find(b)
	if a == b {
		return
	}
	if u.size[a] < u.size[b] {
		a, b = b, a
	}
	u.parent[b] = a
	u.size[a] += u.size[b]
	u.worst[a] = max(u.worst[a], u.worst[b], uint8(rank))
}
