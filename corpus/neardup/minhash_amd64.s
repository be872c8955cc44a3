#include "textflag.h"

// func minsAVX512(best, shingles, mul, add *uint64, blocks, n int)
//
// For each block of 32 hash functions, four vectors of eight: every
// shingle is broadcast, multiplied and added in each lane, its high half
// kept and its index put in the low half, and the lane keeps the least.
TEXT ·minsAVX512(SB), NOSPLIT, $0-48
	MOVQ best+0(FP), DI
	MOVQ shingles+8(FP), SI
	MOVQ mul+16(FP), R8
	MOVQ add+24(FP), R9
	MOVQ blocks+32(FP), R10
	MOVQ n+40(FP), R11
	MOVQ $0xFFFFFFFF00000000, AX
	VPBROADCASTQ AX, Z31

block:
	TESTQ R10, R10
	JZ    done
	VMOVDQU64 (R8), Z0
	VMOVDQU64 64(R8), Z1
	VMOVDQU64 128(R8), Z2
	VMOVDQU64 192(R8), Z3
	VMOVDQU64 (R9), Z4
	VMOVDQU64 64(R9), Z5
	VMOVDQU64 128(R9), Z6
	VMOVDQU64 192(R9), Z7
	VPTERNLOGQ $0xff, Z8, Z8, Z8
	VMOVDQA64 Z8, Z9
	VMOVDQA64 Z8, Z10
	VMOVDQA64 Z8, Z11
	XORQ CX, CX

shingle:
	CMPQ CX, R11
	JGE  store
	VPBROADCASTQ (SI)(CX*8), Z12
	VPBROADCASTQ CX, Z13
	VPMULLQ Z0, Z12, Z14
	VPMULLQ Z1, Z12, Z15
	VPMULLQ Z2, Z12, Z16
	VPMULLQ Z3, Z12, Z17
	VPADDQ  Z4, Z14, Z14
	VPADDQ  Z5, Z15, Z15
	VPADDQ  Z6, Z16, Z16
	VPADDQ  Z7, Z17, Z17
	VPANDQ  Z31, Z14, Z14
	VPANDQ  Z31, Z15, Z15
	VPANDQ  Z31, Z16, Z16
	VPANDQ  Z31, Z17, Z17
	VPORQ   Z13, Z14, Z14
	VPORQ   Z13, Z15, Z15
	VPORQ   Z13, Z16, Z16
	VPORQ   Z13, Z17, Z17
	VPMINUQ Z14, Z8, Z8
	VPMINUQ Z15, Z9, Z9
	VPMINUQ Z16, Z10, Z10
	VPMINUQ Z17, Z11, Z11
	INCQ CX
	JMP  shingle

store:
	VMOVDQU64 Z8, (DI)
	VMOVDQU64 Z9, 64(DI)
	VMOVDQU64 Z10, 128(DI)
	VMOVDQU64 Z11, 192(DI)
	ADDQ $256, R8
	ADDQ $256, R9
	ADDQ $256, DI
	DECQ R10
	JMP  block

done:
	VZEROUPPER
	RET
