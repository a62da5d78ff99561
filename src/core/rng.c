/* rng: PCG-XSH-RR 32 (O'Neill 2014), chosen for a tiny state and good statistics. */
#include "rng.h"

void rng_seed(rng_state *rng, uint64_t seed)
{
    rng->state = 0;
    rng->inc = (seed << 1u) | 1u;
    rng_next(rng);
    rng->state += 0x853c49e6748fea9bULL ^ seed;
    rng_next(rng);
}

uint32_t rng_next(rng_state *rng)
{
    uint64_t old = rng->state;
    rng->state = old * 6364136223846793005ULL + rng->inc;
    uint32_t xorshifted = (uint32_t)(((old >> 18u) ^ old) >> 27u);
    uint32_t rot = (uint32_t)(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((-rot) & 31u));
}

uint32_t rng_below(rng_state *rng, uint32_t bound)
{
    if (bound == 0) return 0;
    uint32_t threshold = (uint32_t)(-bound) % bound;
    for (;;) {
        uint32_t r = rng_next(rng);
        if (r >= threshold) return r % bound;
    }
}

int32_t rng_range(rng_state *rng, int32_t lo, int32_t hi)
{
    if (hi <= lo) return lo;
    uint32_t span = (uint32_t)((int64_t)hi - (int64_t)lo + 1);
    return (int32_t)((int64_t)lo + rng_below(rng, span));
}
