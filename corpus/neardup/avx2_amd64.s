#include "textflag.h"

// MINLANES keeps in best the least of best and the shingle's values under
// the four hash functions at byte offset off of the tables: with the
// shingle in Y4 (its high half in Y5), its index in Y6 and the high-half
// mask in Y8, v = (lo(s)·lo(m) + (lo(s)·hi(m) + hi(s)·lo(m))<<32 +
// addFlipped) &^ 0xffffffff | index, and best = v where best > v signed.
// t0–t2 are scratch; two sets take turns, so that one block's multiplies
// need not wait on the last one's compare.
#define MINLANES(off, best, t0, t1, t2) \
	VPMULUDQ  off(R8), Y4, t0; \
	VPMULUDQ  off(R12), Y4, t1; \
	VPMULUDQ  off(R8), Y5, t2; \
	VPADDQ    t2, t1, t1; \
	VPSLLQ    $32, t1, t1; \
	VPADDQ    t1, t0, t0; \
	VPADDQ    off(R9), t0, t0; \
	VPAND     Y8, t0, t0; \
	VPOR      Y6, t0, t0; \
	VPCMPGTQ  t0, best, t1; \
	VPBLENDVB t1, t0, best, best

// func minsAVX2(best, shingles, mul, mulHi, addFlipped *uint64, blocks, n int)
//
// minsAVX512 for CPUs without AVX-512, sixteen hash functions a block in
// four vectors of four. AVX2 has neither a 64-bit multiply nor an
// unsigned 64-bit minimum: the low half of the product is put together
// from three 32-bit multiplies, and the lanes are compared signed with
// their top bit flipped, which adding addFlipped (add+2⁶³) does for free;
// the flip is undone when the minimums are stored.
TEXT ·minsAVX2(SB), NOSPLIT, $0-56
	MOVQ best+0(FP), DI
	MOVQ shingles+8(FP), SI
	MOVQ mul+16(FP), R8
	MOVQ mulHi+24(FP), R12
	MOVQ addFlipped+32(FP), R9
	MOVQ blocks+40(FP), R10
	MOVQ n+48(FP), R11
	VPCMPEQD Y8, Y8, Y8
	VPSLLQ   $32, Y8, Y8 // the high halves
	VPCMPEQD Y7, Y7, Y7
	VPSRLQ   $63, Y7, Y7 // one in each lane

block:
	TESTQ R10, R10
	JZ    done
	VPCMPEQD Y0, Y0, Y0
	VPSRLQ   $1, Y0, Y0 // the greatest value, flipped
	VMOVDQA  Y0, Y1
	VMOVDQA  Y0, Y2
	VMOVDQA  Y0, Y3
	VPXOR    Y6, Y6, Y6 // the shingle's index in each lane
	XORQ     CX, CX

shingle:
	CMPQ CX, R11
	JGE  store
	VPBROADCASTQ (SI)(CX*8), Y4
	VPSRLQ       $32, Y4, Y5

	MINLANES(0, Y0, Y9, Y10, Y11)
	MINLANES(32, Y1, Y12, Y13, Y14)
	MINLANES(64, Y2, Y9, Y10, Y11)
	MINLANES(96, Y3, Y12, Y13, Y14)

	VPADDQ Y7, Y6, Y6
	INCQ   CX
	JMP    shingle

store:
	VPSLLQ  $63, Y7, Y9 // the top bit, to flip back
	VPXOR   Y9, Y0, Y0
	VPXOR   Y9, Y1, Y1
	VPXOR   Y9, Y2, Y2
	VPXOR   Y9, Y3, Y3
	VMOVDQU Y0, (DI)
	VMOVDQU Y1, 32(DI)
	VMOVDQU Y2, 64(DI)
	VMOVDQU Y3, 96(DI)
	ADDQ    $128, R8
	ADDQ    $128, R12
	ADDQ    $128, R9
	ADDQ    $128, DI
	DECQ    R10
	JMP     block

done:
	VZEROUPPER
	RET

// AGREEBYTE ors into AX, shifted to bit at, the mask of the eight lanes
// at byte offset off where a (SI) and b (DI) agree.
#define AGREEBYTE(off, y, at) \
	VMOVDQU   off(SI), y; \
	VPCMPEQD  off(DI), y, y; \
	VMOVMSKPS y, DX; \
	SHLQ      $at, DX; \
	ORQ       DX, AX

// func agreeWordAVX2(a, b *[64]uint32) uint64
//
// Bit i set when a[i] == b[i]: eight compares of eight lanes, each
// giving a byte of the mask.
TEXT ·agreeWordAVX2(SB), NOSPLIT, $0-24
	MOVQ      a+0(FP), SI
	MOVQ      b+8(FP), DI
	VMOVDQU   (SI), Y0
	VPCMPEQD  (DI), Y0, Y0
	VMOVMSKPS Y0, AX
	AGREEBYTE(32, Y1, 8)
	AGREEBYTE(64, Y2, 16)
	AGREEBYTE(96, Y3, 24)
	AGREEBYTE(128, Y4, 32)
	AGREEBYTE(160, Y5, 40)
	AGREEBYTE(192, Y6, 48)
	AGREEBYTE(224, Y7, 56)
	VZEROUPPER
	MOVQ AX, ret+16(FP)
	RET

// func binsAVX2(a, b *[64]uint32) (eq, empty uint64)
//
// binsAVX512 for CPUs without AVX-512.
TEXT ·binsAVX2(SB), NOSPLIT, $0-32
	MOVQ     a+0(FP), SI
	MOVQ     b+8(FP), DI
	VPCMPEQD Y15, Y15, Y15
	XORQ     R8, R8
	XORQ     R9, R9
	XORQ     R10, R10

bins:
	VMOVDQU   (SI)(R10*1), Y0
	VMOVDQU   (DI)(R10*1), Y1
	VPCMPEQD  Y1, Y0, Y2
	VPAND     Y1, Y0, Y3
	VPCMPEQD  Y15, Y3, Y3
	VMOVMSKPS Y2, AX
	VMOVMSKPS Y3, BX
	MOVQ      R10, CX
	SHRQ      $2, CX
	SHLQ      CX, AX
	SHLQ      CX, BX
	ORQ       AX, R8
	ORQ       BX, R9
	ADDQ      $32, R10
	CMPQ      R10, $256
	JLT       bins
	VZEROUPPER
	MOVQ R8, eq+16(FP)
	MOVQ R9, empty+24(FP)
	RET
