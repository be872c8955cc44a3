#include "textflag.h"

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

	VPMULUDQ (R8), Y4, Y9
	VPMULUDQ (R12), Y4, Y10
	VPMULUDQ (R8), Y5, Y11
	VPADDQ   Y11, Y10, Y10
	VPSLLQ   $32, Y10, Y10
	VPADDQ   Y10, Y9, Y9
	VPADDQ   (R9), Y9, Y9
	VPAND    Y8, Y9, Y9
	VPOR     Y6, Y9, Y9
	VPCMPGTQ Y9, Y0, Y10
	VPBLENDVB Y10, Y9, Y0, Y0

	VPMULUDQ 32(R8), Y4, Y12
	VPMULUDQ 32(R12), Y4, Y13
	VPMULUDQ 32(R8), Y5, Y14
	VPADDQ   Y14, Y13, Y13
	VPSLLQ   $32, Y13, Y13
	VPADDQ   Y13, Y12, Y12
	VPADDQ   32(R9), Y12, Y12
	VPAND    Y8, Y12, Y12
	VPOR     Y6, Y12, Y12
	VPCMPGTQ Y12, Y1, Y13
	VPBLENDVB Y13, Y12, Y1, Y1

	VPMULUDQ 64(R8), Y4, Y9
	VPMULUDQ 64(R12), Y4, Y10
	VPMULUDQ 64(R8), Y5, Y11
	VPADDQ   Y11, Y10, Y10
	VPSLLQ   $32, Y10, Y10
	VPADDQ   Y10, Y9, Y9
	VPADDQ   64(R9), Y9, Y9
	VPAND    Y8, Y9, Y9
	VPOR     Y6, Y9, Y9
	VPCMPGTQ Y9, Y2, Y10
	VPBLENDVB Y10, Y9, Y2, Y2

	VPMULUDQ 96(R8), Y4, Y12
	VPMULUDQ 96(R12), Y4, Y13
	VPMULUDQ 96(R8), Y5, Y14
	VPADDQ   Y14, Y13, Y13
	VPSLLQ   $32, Y13, Y13
	VPADDQ   Y13, Y12, Y12
	VPADDQ   96(R9), Y12, Y12
	VPAND    Y8, Y12, Y12
	VPOR     Y6, Y12, Y12
	VPCMPGTQ Y12, Y3, Y13
	VPBLENDVB Y13, Y12, Y3, Y3

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
	VMOVDQU   32(SI), Y1
	VPCMPEQD  32(DI), Y1, Y1
	VMOVMSKPS Y1, BX
	SHLQ      $8, BX
	ORQ       BX, AX
	VMOVDQU   64(SI), Y2
	VPCMPEQD  64(DI), Y2, Y2
	VMOVMSKPS Y2, DX
	SHLQ      $16, DX
	ORQ       DX, AX
	VMOVDQU   96(SI), Y3
	VPCMPEQD  96(DI), Y3, Y3
	VMOVMSKPS Y3, BX
	SHLQ      $24, BX
	ORQ       BX, AX
	VMOVDQU   128(SI), Y4
	VPCMPEQD  128(DI), Y4, Y4
	VMOVMSKPS Y4, DX
	SHLQ      $32, DX
	ORQ       DX, AX
	VMOVDQU   160(SI), Y5
	VPCMPEQD  160(DI), Y5, Y5
	VMOVMSKPS Y5, BX
	SHLQ      $40, BX
	ORQ       BX, AX
	VMOVDQU   192(SI), Y6
	VPCMPEQD  192(DI), Y6, Y6
	VMOVMSKPS Y6, DX
	SHLQ      $48, DX
	ORQ       DX, AX
	VMOVDQU   224(SI), Y7
	VPCMPEQD  224(DI), Y7, Y7
	VMOVMSKPS Y7, BX
	SHLQ      $56, BX
	ORQ       BX, AX
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
