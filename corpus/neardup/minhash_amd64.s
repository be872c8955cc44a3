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

// func agreeWordAVX512(a, b *[64]uint32) uint64
//
// Bit i set when a[i] == b[i]: four compares of sixteen lanes.
TEXT ·agreeWordAVX512(SB), NOSPLIT, $0-24
	MOVQ a+0(FP), SI
	MOVQ b+8(FP), DI
	VMOVDQU32 (SI), Z0
	VMOVDQU32 64(SI), Z1
	VMOVDQU32 128(SI), Z2
	VMOVDQU32 192(SI), Z3
	VPCMPEQD (DI), Z0, K1
	VPCMPEQD 64(DI), Z1, K2
	VPCMPEQD 128(DI), Z2, K3
	VPCMPEQD 192(DI), Z3, K4
	KMOVW K1, AX
	KMOVW K2, BX
	KMOVW K3, CX
	KMOVW K4, DX
	SHLQ $16, BX
	SHLQ $32, CX
	SHLQ $48, DX
	ORQ  BX, AX
	ORQ  CX, AX
	ORQ  DX, AX
	VZEROUPPER
	MOVQ AX, ret+16(FP)
	RET

// func binsAVX512(a, b *[64]uint32) (eq, empty uint64)
//
// The bins where a and b agree (eq) and where both are empty (all ones),
// as bit masks.
TEXT ·binsAVX512(SB), NOSPLIT, $0-32
	MOVQ a+0(FP), SI
	MOVQ b+8(FP), DI
	VPTERNLOGD $0xff, Z31, Z31, Z31
	XORQ R8, R8
	XORQ R9, R9
	XORQ R10, R10

bins:
	VMOVDQU32 (SI)(R10*1), Z0
	VMOVDQU32 (DI)(R10*1), Z1
	VPCMPEQD Z1, Z0, K1
	VPANDD   Z1, Z0, Z2
	VPCMPEQD Z31, Z2, K2
	KMOVW K1, AX
	KMOVW K2, BX
	MOVQ R10, CX
	SHRQ $2, CX
	SHLQ CX, AX
	SHLQ CX, BX
	ORQ  AX, R8
	ORQ  BX, R9
	ADDQ $64, R10
	CMPQ R10, $256
	JLT  bins
	VZEROUPPER
	MOVQ R8, eq+16(FP)
	MOVQ R9, empty+24(FP)
	RET
