/*
 * bench_sha256_floor.c - how close gilkit's SHA-256 is to what the CPU allows, the evidence
 * behind issue 6's "SHA-256 >= 1.2x Java's MessageDigest" goal.
 *
 * One SHA-256 stream is a single dependency chain: with SHA-NI, each 64-byte block is 32
 * SHA256RNDS2 instructions, each needing the state its predecessor wrote. So no implementation
 * of one stream can beat 32 x (the instruction's latency) per block. This program measures that
 * latency with a dependent chain of SHA256RNDS2 (the same alternation of the two state halves as
 * the real rounds), prints the floor it implies in MB/s, and gilkit's own throughput over 64 MiB
 * (policy NEVER: no lock, no release) as a fraction of the floor. HotSpot's MessageDigest also
 * runs SHA-NI (its SHA2.implCompress0 intrinsic; -XX:-UseSHA256Intrinsics makes it ~11x
 * slower), so gilkit / MessageDigest can be at most floor / MessageDigest.
 * Thread CPU time, best of 5. Prints "no SHA-NI" and exits 0 on CPUs without it.
 * Not a ctest (timing); run by hand: target/cmake/bench_sha256_floor
 */
#include <cpuid.h>
#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "gilkit/sha256.h"

#define CHAIN 20000000L   /* SHA256RNDS2 pairs in the latency chain */
#define BYTES (64L << 20) /* gilkit's input */
#define RUNS 5

static double now_s(void) {
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int has_sha_ni(void) {
    unsigned a, b, c, d;
    return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & (1u << 29));
}

/* Two state halves, each round pair reading the other's latest value: a chain of 2*n. */
__attribute__((target("sha,sse4.1"))) static int chain(long n) {
    __m128i x = _mm_set1_epi32(1), y = _mm_set1_epi32(2);
    for (long i = 0; i < n; i++) {
        x = _mm_sha256rnds2_epu32(x, y, x);
        y = _mm_sha256rnds2_epu32(y, x, y);
    }
    return _mm_cvtsi128_si32(_mm_xor_si128(x, y));
}

int main(void) {
    if (!has_sha_ni()) {
        printf("no SHA-NI on this CPU: nothing to compare\n");
        return 0;
    }
    volatile int sink = 0;
    double lat = 1e9, hash = 1e9;
    unsigned char *data = malloc(BYTES), out[32];
    for (long i = 0; i < BYTES; i++) data[i] = (unsigned char)(i * 31 + 7);
    for (int r = 0; r < RUNS; r++) {
        double t = now_s();
        sink += chain(CHAIN);
        t = now_s() - t;
        if (t / (2.0 * CHAIN) < lat) lat = t / (2.0 * CHAIN);
        t = now_s();
        gilkit_sha256(data, BYTES, out, GILKIT_RELEASE_NEVER);
        t = now_s() - t;
        if (t < hash) hash = t;
    }
    double floor_block = 32 * lat, block = hash / (BYTES / 64);
    printf("SHA256RNDS2 latency         %6.2f ns\n", lat * 1e9);
    printf("floor, one stream           %6.1f ns per 64-byte block = %6.0f MB/s\n", floor_block * 1e9, 64 / floor_block / 1e6);
    printf("gilkit sha256 over 64 MiB   %6.1f ns per block          = %6.0f MB/s (%.1f%% of the floor)\n", block * 1e9,
           BYTES / hash / 1e6, 100 * floor_block / block);
    free(data);
    (void)sink;
    return 0;
}
