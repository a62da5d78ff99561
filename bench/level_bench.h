/* level_bench: helpers shared by skillquest-level-bench's parts (level_bench.c: the
 * headless ticks; level_frame.c: the 1280x720 frame). */
#ifndef SQ_LEVEL_BENCH_H
#define SQ_LEVEL_BENCH_H

#include "game.h"
#include "input.h"
#include "render.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

double lb_now(void);
/* Both sort v. */
double lb_median(double *v, int n);
double lb_p99(double *v, int n);
void lb_level_id(const char *path, char *out, size_t size);
/* A game on the level with its brief closed (Enter pressed until no page is open). */
game *lb_open_level(const char *root, const char *path, const ren_atlas *atlas, ren_context *ren);
/* One tick of the walk (a square, 90 ticks a side; Enter closes a page that opens);
 * prev keeps what was held. */
void lb_walk_tick(game *g, uint64_t tick, uint32_t *prev);
/* The --frame figures: false when no window could be opened. */
bool lb_frames(const char *root, char **paths, int count, const char *only, int ticks);

#endif
