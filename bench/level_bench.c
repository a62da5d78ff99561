#define _POSIX_C_SOURCE 200809L /* clock_gettime */
/* skillquest-level-bench: the shipped levels through the real game (game_create,
 * game_tick: the level's Lua, the world, the game layer), headless.
 *
 * For every level the game finds under the data root (levels/QUEST/NN_*.lua, the hub,
 * the office), a fresh game is created on that level, Enter is pressed until the brief
 * and any page after it are closed, and then ticks are run back to back:
 *
 *   level_tps_ID       ticks/s standing still
 *   level_walk_tps_ID  ticks/s walking a square (90 ticks right, down, left, up), pages
 *                      that open on the way closed with Enter
 *
 * Each figure is the median of --runs fresh games (default 3); a run ticks until
 * --seconds of wall time (default 0.3) and at least 1,000 ticks have passed, or exactly
 * --ticks N (for a profiler, whose slowdown would otherwise shorten the run).
 * --frame adds the 1280x720 frame figures (level_frame.c). Figures are printed,
 * never judged. */
#include "game.h"
#include "level_bench.h"
#include "platform.h"
#include "render.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifndef SQ_SOURCE_DIR
#define SQ_SOURCE_DIR "."
#endif

#define LB_MAX_LEVELS 256
#define LB_MAX_RUNS 15

double lb_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int lb_cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double lb_median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, lb_cmp_double);
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

double lb_p99(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, lb_cmp_double);
    int rank = (99 * n + 99) / 100; /* nearest rank: ceil(0.99 n) */
    if (rank < 1) rank = 1;
    return v[rank - 1];
}

/* "levels/web/01_front_end.lua" -> "web_01_front_end" */
void lb_level_id(const char *path, char *out, size_t size)
{
    const char *rel = strstr(path, "levels/");
    rel = rel ? rel + 7 : path;
    size_t n = 0;
    for (const char *c = rel; *c && n + 1 < size; c++) {
        if (strcmp(c, ".lua") == 0 || strcmp(c, ".tmx") == 0) break;
        out[n++] = (*c == '/' || *c == '-' || *c == '.') ? '_' : *c;
    }
    out[n] = '\0';
}

game *lb_open_level(const char *root, const char *path, const ren_atlas *atlas, ren_context *ren)
{
    game_config cfg = {1, root, path, true, NULL, NULL, NULL, ren, atlas, 20000, NULL, 0, NULL, 0, false};
    game *g = game_create(&cfg);
    if (!g) return NULL;
    in_frame enter = {IN_BIT(IN_CONFIRM), IN_BIT(IN_CONFIRM), 0}, none = {0};
    /* The brief, and whatever page follows it, closes with Enter. */
    for (int i = 0; i < 400 && (game_dialogue_open(g) || game_top_screen(g)); i++)
        game_tick_actions(g, i % 2 ? &none : &enter);
    return g;
}

/* The walk: a square, 90 ticks a side; a page that opens on the way (someone
 * speaks) is closed with Enter, as a player would. */
void lb_walk_tick(game *g, uint64_t tick, uint32_t *prev)
{
    static const in_action side[4] = {IN_RIGHT, IN_DOWN, IN_LEFT, IN_UP};
    uint32_t held = IN_BIT(side[(tick / 90) % 4]);
    if (game_dialogue_open(g) || game_top_screen(g)) held = (tick & 1) ? 0 : IN_BIT(IN_CONFIRM);
    in_frame f = {held, held & ~*prev, *prev & ~held};
    *prev = held;
    game_tick_actions(g, &f);
}

static double lb_run(const char *root, const char *path, const ren_atlas *atlas, bool walk,
                     double seconds, long fixed_ticks, bool *closed, bool *in_play)
{
    game *g = lb_open_level(root, path, atlas, NULL);
    if (!g) return 0.0;
    *closed = !game_dialogue_open(g) && !game_top_screen(g);
    char id0[200];
    snprintf(id0, sizeof id0, "%s", game_level_id(g) ? game_level_id(g) : "");
    in_frame none = {0};
    uint32_t prev = 0;
    uint64_t ticks = 0;
    double t0 = lb_now(), elapsed = 0.0;
    for (;;) {
        for (int i = 0; i < 100; i++, ticks++) {
            if (walk)
                lb_walk_tick(g, ticks, &prev);
            else
                game_tick_actions(g, &none);
        }
        elapsed = lb_now() - t0;
        if (fixed_ticks > 0 ? ticks >= (uint64_t)fixed_ticks : elapsed >= seconds && ticks >= 1000)
            break;
    }
    /* A walk can end in a page, a portal or the summary: then it timed a paused level. */
    *in_play = !game_dialogue_open(g) && !game_top_screen(g) && game_level_result(g) == 0 &&
               strcmp(game_level_id(g) ? game_level_id(g) : "", id0) == 0;
    game_destroy(g);
    return (double)ticks / elapsed;
}

static void lb_usage(void)
{
    fprintf(stderr, "usage: skillquest-level-bench [--runs N] [--seconds S | --ticks N] [--only SUBSTRING]\n"
                    "                              [--frame] [--frame-ticks N] [--data-root DIR]\n");
}

int main(int argc, char **argv)
{
    int runs = 3, frame_ticks = 600;
    long fixed_ticks = 0;
    double seconds = 0.3;
    const char *only = NULL, *root = SQ_SOURCE_DIR;
    bool frame = false;
    for (int i = 1; i < argc; i++) {
        bool has_value = i + 1 < argc;
        if (strcmp(argv[i], "--runs") == 0 && has_value)
            runs = atoi(argv[++i]);
        else if (strcmp(argv[i], "--seconds") == 0 && has_value)
            seconds = atof(argv[++i]);
        else if (strcmp(argv[i], "--ticks") == 0 && has_value)
            fixed_ticks = atol(argv[++i]);
        else if (strcmp(argv[i], "--only") == 0 && has_value)
            only = argv[++i];
        else if (strcmp(argv[i], "--data-root") == 0 && has_value)
            root = argv[++i];
        else if (strcmp(argv[i], "--frame-ticks") == 0 && has_value)
            frame_ticks = atoi(argv[++i]);
        else if (strcmp(argv[i], "--frame") == 0)
            frame = true;
        else {
            lb_usage();
            return 2;
        }
    }
    if (runs < 1 || runs > LB_MAX_RUNS || seconds <= 0.0 || frame_ticks < 10) {
        lb_usage();
        return 2;
    }
    char *paths[LB_MAX_LEVELS];
    int count = game_find_levels(root, NULL, paths, LB_MAX_LEVELS);
    if (count <= 0) {
        fprintf(stderr, "skillquest-level-bench: no levels under %s/levels\n", root);
        return 1;
    }
    if (!plat_tools_begin()) return 1;
    ren_context *ren = ren_create_headless();
    char png[4200], index[4200];
    snprintf(png, sizeof png, "%s/assets/gen/atlas.png", root);
    snprintf(index, sizeof index, "%s/assets/gen/atlas.txt", root);
    if (!ren || !ren_load_atlas(ren, png, index)) {
        fprintf(stderr, "skillquest-level-bench: cannot load the atlas under %s\n", root);
        return 1;
    }
    const ren_atlas *atlas = ren_get_atlas(ren);
    int status = 0;
    for (int l = 0; l < count; l++) {
        char id[200];
        lb_level_id(paths[l], id, sizeof id);
        if (only && !strstr(id, only)) continue;
        for (int walk = 0; walk < 2; walk++) {
            double v[LB_MAX_RUNS];
            bool closed = false, in_play = false;
            for (int r = 0; r < runs; r++)
                v[r] = lb_run(root, paths[l], atlas, walk, seconds, fixed_ticks, &closed, &in_play);
            if (!closed) fprintf(stderr, "# %s: the brief did not close\n", id);
            if (closed && !in_play)
                fprintf(stderr, "# %s%s: the level was no longer in plain play at the end\n",
                        walk ? "walk " : "", id);
            printf("level_%stps_%s %.1f ticks/s\n", walk ? "walk_" : "", id, lb_median(v, runs));
            fflush(stdout);
        }
    }
    ren_destroy(ren);
    plat_tools_end();
    if (frame && !lb_frames(root, paths, count, only, frame_ticks)) status = 1;
    for (int l = 0; l < count; l++) free(paths[l]);
    return status;
}
