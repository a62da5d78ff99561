/* rng: a small seeded generator (PCG32) so that runs are reproducible
 * bit for bit from a seed; the simulation never touches rand() or time. */
#ifndef SQ_RNG_H
#define SQ_RNG_H

#include <stdint.h>

typedef struct {
    uint64_t state;
    uint64_t inc;
} rng_state;

void rng_seed(rng_state *rng, uint64_t seed);
uint32_t rng_next(rng_state *rng);
/* Uniform in [0, bound) without modulo bias; bound 0 returns 0. */
uint32_t rng_below(rng_state *rng, uint32_t bound);
/* Uniform in [lo, hi] inclusive. */
int32_t rng_range(rng_state *rng, int32_t lo, int32_t hi);

#endif
