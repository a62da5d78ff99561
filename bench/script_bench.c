#define _POSIX_C_SOURCE 200809L /* clock_gettime, mkdtemp */
/* skillquest-script-bench: the cost of a level's Lua per tick, through the
 * real script host (scr_level_*) with a stub game behind it. A generated
 * level spawns N entities of one behaviour in on_start; each tick is
 * scr_level_tick_begin + scr_level_update, timed one by one.
 *
 *   update_nN   the behaviour has a small on_update: a timer, a counter and
 *               a branch (the timer runs down each tick; when it runs out it
 *               starts again and the counter counts it): 6 Lua instructions
 *   counter_nN  the same with the counter counting every tick: 10 instructions
 *   idle_nN     the behaviour has no on_update
 *
 * Prints one "name value unit" line per figure: the median tick over
 * --ticks ticks, taken as the median of --runs fresh loads; and the same
 * per entity in ns. Figures are printed, never judged. */
#include "script.h"
#include "../tests/unit/host_stubs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#ifndef SQ_SOURCE_DIR
#define SQ_SOURCE_DIR "."
#endif

typedef struct {
    double x, y;
    int w, h;
} bench_entity;

static bench_entity *bench_entities;
static int bench_count, bench_cap;

static int b_spawn(void *user, const scr_spawn_desc *d)
{
    (void)user;
    if (bench_count == bench_cap) {
        int cap = bench_cap ? bench_cap * 2 : 1024;
        bench_entity *grown = realloc(bench_entities, sizeof *grown * (size_t)cap);
        if (!grown) return 0;
        bench_entities = grown;
        bench_cap = cap;
    }
    bench_entities[bench_count] = (bench_entity){d->x, d->y, d->w, d->h};
    return ++bench_count;
}

static scr_entity_info b_entity(void *user, int id)
{
    (void)user;
    scr_entity_info info = {0};
    if (id < 1 || id > bench_count) return info;
    bench_entity *e = &bench_entities[id - 1];
    info.exists = true;
    info.x = e->x / 16.0;
    info.y = e->y / 16.0;
    info.w = e->w;
    info.h = e->h;
    info.type = id == 1 ? "player" : "ticker";
    return info;
}

static void b_remove(void *u, int id) { (void)u, (void)id; }
static int b_player(void *u) { (void)u; return 1; }
static void b_move(void *u, int id, double x, double y) { (void)u, (void)id, (void)x, (void)y; }
static void b_velocity(void *u, int id, double x, double y) { (void)u, (void)id, (void)x, (void)y; }
static void b_sprite(void *u, int id, const char *s, int f, int r) { (void)u, (void)id, (void)s, (void)f, (void)r; }
static void b_solid(void *u, int id, bool s) { (void)u, (void)id, (void)s; }
static void b_say(void *u, const char *w, const char *const *p, int n) { (void)u, (void)w, (void)p, (void)n; }
static bool b_ask(void *u, const char *const *ids, int n, const char *t) { (void)u, (void)ids, (void)n, (void)t; return true; }
static bool b_grant(void *u, const char *s, const char *n, const char *c, char *w, size_t ws) { (void)u, (void)s, (void)n, (void)c, (void)w, (void)ws; return true; }
static void b_xp(void *u, int xp) { (void)u, (void)xp; }
static bool b_has(void *u, const char *s) { (void)u, (void)s; return false; }
static void b_goal(void *u, const char *t) { (void)u, (void)t; }
static bool b_met(void *u) { (void)u; return false; }
static void b_hurt(void *u) { (void)u; }
static void b_sound(void *u, const char *n) { (void)u, (void)n; }
static bool b_hint(void *u) { (void)u; return false; }
static void b_complete(void *u) { (void)u; }
static void b_fail(void *u, const char *w) { (void)u, (void)w; }
static void b_label(void *u, int id, const char *t, bool always) { (void)u, (void)id, (void)t, (void)always; }
static void b_quest(void *u, const char *q, int *l, int *w) { (void)u, (void)q, *l = *w = 0; }
static bool b_enter(void *u, const char *q) { (void)u, (void)q; return false; }
static int b_reports;
static void b_report(void *u, const char *m)
{
    (void)u;
    if (b_reports++ < 3) fprintf(stderr, "# level error: %s\n", m);
}
static int b_due(void *u) { (void)u; return 0; }
static int b_review(void *u, int m) { (void)u, (void)m; return 0; }

static const scr_host bench_host = {
    NULL,   b_spawn, b_remove, b_entity, b_player, b_move,  b_velocity, b_sprite, b_solid,  b_say,
    b_ask,  b_grant, b_xp,     b_has,    b_goal,   b_met,   b_hurt,     b_sound,  b_sound,  b_hint,
    b_complete, b_fail, b_label, b_quest, b_enter, b_report, b_due,     b_review, HOST_STUBS,
};

static double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int bench_cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double bench_median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, bench_cmp);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

typedef enum { BENCH_UPDATE, BENCH_COUNTER, BENCH_IDLE, BENCH_KINDS } bench_kind;
static const char *const bench_names[BENCH_KINDS] = {"update", "counter", "idle"};

static bool bench_write_level(const char *path, long n, bench_kind kind)
{
    FILE *f = fopen(path, "w");
    if (!f) return false;
    fprintf(f,
            "return {\n"
            "  format = 1, id = \"bench.script\", quest = \"bench\", title = \"Script bench\",\n"
            "  map = { rows = { \"#####\", \"#@..#\", \"#####\" } },\n"
            "  behaviours = {\n"
            "    ticker = {\n"
            "      sprite = \"orb\",\n"
            "      on_spawn = function(self) self.count = 0; self.timer = (self.id %% 60) / 60 end,\n");
    if (kind == BENCH_UPDATE)
        fprintf(f, "      on_update = function(self, dt)\n"
                   "        local t = self.timer - dt\n"
                   "        if t <= 0 then t = t + 1; self.count = self.count + 1 end\n"
                   "        self.timer = t\n"
                   "      end,\n");
    else if (kind == BENCH_COUNTER)
        fprintf(f, "      on_update = function(self, dt)\n"
                   "        self.count = self.count + 1\n"
                   "        self.timer = self.timer - dt\n"
                   "        if self.timer <= 0 then self.timer = self.timer + 1 end\n"
                   "      end,\n");
    fprintf(f,
            "    },\n"
            "  },\n"
            "  on_start = function()\n"
            "    for i = 1, %ld do sq.spawn{ type = \"ticker\", x = 2, y = 1 } end\n"
            "  end,\n"
            "}\n",
            n);
    return fclose(f) == 0;
}

/* One fresh load: the median tick in ms, or a negative number on failure. */
static double bench_run(const char *path, const char *root, int ticks, double *load_ms)
{
    bench_count = 0;
    b_reports = 0;
    lvl_def def;
    char err[1024];
    scr_env env = {root, scr_default_limits(), &bench_host, 1, NULL, 0};
    b_spawn(NULL, &(scr_spawn_desc){0}); /* the player is entity 1 */
    double t0 = bench_now();
    scr_level *lv = scr_level_load(path, &env, &def, err, sizeof err);
    if (!lv) {
        fprintf(stderr, "skillquest-script-bench: %s\n", err);
        return -1.0;
    }
    scr_level_start(lv);
    *load_ms = (bench_now() - t0) * 1e3;
    double *times = malloc(sizeof *times * (size_t)ticks);
    if (!times) return -1.0;
    for (int i = 0; i < ticks; i++) {
        double s = bench_now();
        scr_level_tick_begin(lv);
        scr_level_update(lv, 1.0 / 60.0);
        times[i] = (bench_now() - s) * 1e3;
    }
    double median = bench_median(times, ticks);
    free(times);
    scr_level_destroy(lv);
    lvl_free(&def);
    return b_reports ? -1.0 : median;
}

int main(int argc, char **argv)
{
    const char *root = SQ_SOURCE_DIR;
    int ticks = 300, runs = 3;
    long sizes[8] = {1000, 10000};
    int size_count = 2, given = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--data-root") == 0 && i + 1 < argc) {
            root = argv[++i];
        } else if (strcmp(argv[i], "--ticks") == 0 && i + 1 < argc) {
            ticks = atoi(argv[++i]);
        } else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
            runs = atoi(argv[++i]);
        } else if (strcmp(argv[i], "--entities") == 0 && i + 1 < argc && given < 8) {
            sizes[given++] = atol(argv[++i]);
            size_count = given;
        } else {
            fprintf(stderr, "usage: skillquest-script-bench [--entities N]... [--ticks T] "
                            "[--runs R] [--data-root DIR]\n");
            return 2;
        }
    }
    if (ticks < 1 || runs < 1 || runs > 99) {
        fprintf(stderr, "skillquest-script-bench: --ticks and --runs (1..99) must be positive\n");
        return 2;
    }
    char dir[] = "/tmp/skillquest-script-bench-XXXXXX";
    if (!mkdtemp(dir)) return 1;
    char path[64];
    snprintf(path, sizeof path, "%s/level.lua", dir);
    int status = 0;
    for (int s = 0; s < size_count && !status; s++) {
        for (int kind = 0; kind < BENCH_KINDS && !status; kind++) {
            if (sizes[s] < 1 || !bench_write_level(path, sizes[s], (bench_kind)kind)) {
                status = 1;
                break;
            }
            double medians[99], loads[99];
            for (int r = 0; r < runs && !status; r++) {
                medians[r] = bench_run(path, root, ticks, &loads[r]);
                if (medians[r] < 0) status = 1;
            }
            if (status) break;
            double tick = bench_median(medians, runs), load = bench_median(loads, runs);
            const char *name = bench_names[kind];
            printf("script_%s_n%ld %.4f ms\n", name, sizes[s], tick);
            printf("script_%s_per_entity_n%ld %.1f ns\n", name, sizes[s], tick * 1e6 / (double)sizes[s]);
            printf("script_%s_load_n%ld %.2f ms\n", name, sizes[s], load);
            fflush(stdout);
        }
    }
    unlink(path);
    rmdir(dir);
    return status;
}
