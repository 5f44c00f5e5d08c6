// Package minhash sketches sets of 64-bit hashes so that two sets can be
// compared by their sketches alone: the share of equal minima estimates
// their Jaccard similarity. brief uses it to find one brief imported twice,
// compare to find passages worded nearly alike.
package minhash

import "math"

// MaxSize is the largest sketch New makes.
const MaxSize = 64

// Sketch holds, for each of its hash functions h_j, the least h_j(x) over
// the values x added. Sketches of one size use the same functions, in every
// run.
type Sketch []uint64

// New returns an empty sketch of size k (at most MaxSize) hash functions.
func New(k int) Sketch {
	s := make(Sketch, min(k, MaxSize))
	s.Reset()
	return s
}

// Reset empties s.
func (s Sketch) Reset() {
	for j := range s {
		s[j] = math.MaxUint64
	}
}

// Add adds the value x (a hash) to the set s sketches.
func (s Sketch) Add(x uint64) {
	for j := range s {
		if v := Mix(mul[j]*x + add[j]); v < s[j] {
			s[j] = v
		}
	}
}

// Same counts the hash functions on which s and t have the same minimum;
// divided by the size, it estimates the Jaccard similarity of the sets.
func (s Sketch) Same(t Sketch) int {
	n := 0
	for j := range min(len(s), len(t)) {
		if s[j] == t[j] {
			n++
		}
	}
	return n
}

// Hash is the 64-bit FNV-1a hash of s.
func Hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// Mix is SplitMix64's finaliser, a bijection of the 64-bit values. Without
// it the hash functions would be linear in x, and the minima of linear
// functions over one set are strongly correlated.
func Mix(z uint64) uint64 {
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// mul and add make the hash functions from a value x: h_j(x) =
// Mix(mul[j]*x + add[j] mod 2^64), each a different permutation of the
// 64-bit values (the multipliers are odd and Mix is a bijection). They come
// from a fixed linear congruential sequence (Knuth's MMIX), so sketches are
// the same in every run.
var mul, add = func() (m, a [MaxSize]uint64) {
	x := uint64(0x9e3779b97f4a7c15)
	next := func() uint64 {
		x = x*6364136223846793005 + 1442695040888963407
		return x
	}
	for i := range m {
		m[i] = next() | 1
		a[i] = next()
	}
	return m, a
}()
