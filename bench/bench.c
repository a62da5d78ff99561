#define _POSIX_C_SOURCE 200809L /* clock_gettime */
/* skillquest-bench: N moving sprites with tile and entity collision, through
 * the engine's own world, render and platform modules. Prints one
 * "name value unit" line per figure; bench/README.md defines the scene and
 * bench/compare.sh runs the same scene in LOVE beside it. */
#include "log.h"
#include "platform.h"
#include "render.h"
#include "world.h"

#include <SDL.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BENCH_RENDER_FRAMES_DEFAULT 300

typedef struct {
    long entities;
    int frames;
    bool headless;
} bench_options;

static uint32_t bench_rng_state = 1;

/* xorshift32, as in the LOVE version, so both draw the same statistics. */
static double bench_rnd(void)
{
    uint32_t x = bench_rng_state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    bench_rng_state = x;
    return x / 4294967296.0;
}

static int32_t bench_velocity(void)
{
    double v;
    do v = bench_rnd() * 3.0 - 1.5;
    while (fabs(v) < 0.25);
    return (int32_t)lround(v * WLD_SUBPX);
}

static double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double bench_realtime_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static double bench_peak_rss_mb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f) return 0.0;
    char line[256];
    double kb = 0.0;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "VmHWM: %lf kB", &kb) == 1) break;
    fclose(f);
    return kb / 1024.0;
}

static int bench_cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static bool bench_parse(int argc, char **argv, bench_options *o)
{
    o->entities = 1000;
    o->frames = BENCH_RENDER_FRAMES_DEFAULT;
    o->headless = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--entities") == 0 && i + 1 < argc) {
            o->entities = strtol(argv[++i], NULL, 10);
        } else if (strcmp(argv[i], "--frames") == 0 && i + 1 < argc) {
            o->frames = (int)strtol(argv[++i], NULL, 10);
        } else if (strcmp(argv[i], "--headless") == 0) {
            o->headless = true;
        } else {
            fprintf(stderr, "usage: skillquest-bench [--entities N] [--frames F] [--headless]\n");
            return false;
        }
    }
    if (o->entities < 1 || o->entities > (long)WLD_MAX_ENTITIES - 1 || o->frames < 1) {
        fprintf(stderr, "skillquest-bench: --entities must be 1..%u and --frames positive\n",
                WLD_MAX_ENTITIES - 1);
        return false;
    }
    return true;
}

typedef struct {
    world *world;
    uint16_t floor, wall, sprite;
    int map_w, map_h;
} bench_scene;

static bool bench_build(bench_scene *s, const ren_atlas *atlas, long n)
{
    int h = (int)ceil(sqrt((double)n * 9.0 / 16.0)) + 2;
    int w = (int)ceil(h * 16.0 / 9.0);
    s->map_w = w;
    s->map_h = h;
    s->floor = ren_atlas_find(atlas, "floor_0");
    s->wall = ren_atlas_find(atlas, "wall_top");
    s->sprite = ren_atlas_find(atlas, "bug_0");
    s->world = wld_create((uint32_t)n);
    if (!s->world || !wld_map_reset(s->world, w, h)) return false;
    int walls = 0;
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            bool border = x == 0 || y == 0 || x == w - 1 || y == h - 1;
            bool solid = border || bench_rnd() < 1.0 / 12.0;
            walls += solid;
            wld_map_set(s->world, x, y, 0, solid ? s->wall : s->floor);
            wld_map_set_solid(s->world, x, y, solid);
        }
    for (long i = 0; i < n; i++) {
        int tx, ty;
        do {
            long t = (long)(bench_rnd() * w * h);
            tx = (int)(t % w);
            ty = (int)(t / w);
        } while (wld_map_solid(s->world, tx, ty));
        wld_entity_desc d = {1, WLD_F_MOVES | WLD_F_BOUNCE | WLD_F_SENSOR,
                             tx * WLD_TILE + 2, ty * WLD_TILE + 2, 12, 12, s->sprite, 4, 8,
                             -2, -2, (int32_t)i};
        wld_handle e = wld_spawn(s->world, &d);
        int32_t vx = bench_velocity(), vy = bench_velocity();
        wld_set_velocity(s->world, e, vx, vy);
    }
    fprintf(stderr, "# skillquest n=%ld map %dx%d walls %d\n", n, w, h, walls);
    return true;
}

static void bench_draw(bench_scene *s, ren_context *ren, wld_draw_item *items, int max_items)
{
    int map_px_w = s->map_w * WLD_TILE, map_px_h = s->map_h * WLD_TILE;
    int cam_x = map_px_w / 2 - REN_LOGICAL_W / 2, cam_y = map_px_h / 2 - REN_LOGICAL_H / 2;
    if (cam_x > map_px_w - REN_LOGICAL_W) cam_x = map_px_w - REN_LOGICAL_W;
    if (cam_y > map_px_h - REN_LOGICAL_H) cam_y = map_px_h - REN_LOGICAL_H;
    if (cam_x < 0) cam_x = 0;
    if (cam_y < 0) cam_y = 0;
    ren_begin(ren, (ren_color){0, 0, 0, 255});
    for (int ty = cam_y / WLD_TILE; ty <= (cam_y + REN_LOGICAL_H) / WLD_TILE; ty++)
        for (int tx = cam_x / WLD_TILE; tx <= (cam_x + REN_LOGICAL_W) / WLD_TILE; tx++) {
            uint16_t g = (uint16_t)wld_map_tile(s->world, tx, ty, 0);
            if (g) ren_draw_sprite(ren, g, tx * WLD_TILE - cam_x, ty * WLD_TILE - cam_y);
        }
    int n = wld_collect_visible(s->world, (float)cam_x, (float)cam_y, REN_LOGICAL_W,
                                REN_LOGICAL_H, 1.0f, items, max_items);
    for (int i = 0; i < n; i++) {
        int x = (int)items[i].x - cam_x, y = (int)items[i].y - cam_y;
        if (items[i].tint)
            ren_draw_sprite_mod(ren, items[i].sprite, x, y, (ren_color){255, 115, 89, 255});
        else
            ren_draw_sprite(ren, items[i].sprite, x, y);
    }
    ren_end(ren);
}

int main(int argc, char **argv)
{
    double started = bench_now();
    const char *t0_env = getenv("SQ_BENCH_T0_NS");
    double t0_ms = t0_env ? strtod(t0_env, NULL) / 1e6 : 0.0;
    bench_options o;
    if (!bench_parse(argc, argv, &o)) return 2;
    char root[4096];
    if (!plat_find_data_root(NULL, root, sizeof root)) return 1;

    plat_config pc = {o.headless, false, 1, REN_LOGICAL_W, REN_LOGICAL_H, NULL};
    plat_system *plat = plat_create(&pc);
    if (!plat) return 1;
    ren_context *ren = o.headless ? ren_create_headless() : ren_create_windowed(plat_window(plat), false);
    char png[4200], index[4200];
    plat_path(png, sizeof png, root, "assets/gen/atlas.png");
    plat_path(index, sizeof index, root, "assets/gen/atlas.txt");
    if (!ren || !ren_load_atlas(ren, png, index)) return 1;

    bench_scene scene;
    if (!bench_build(&scene, ren_get_atlas(ren), o.entities)) return 1;
    const int max_items = 1 << 16;
    wld_draw_item *items = malloc(sizeof *items * max_items);
    if (!items) return 1;

    bench_draw(&scene, ren, items, max_items);
    double startup = t0_env ? bench_realtime_ms() - t0_ms : (bench_now() - started) * 1e3;
    printf("startup_n%ld %.3f ms\n", o.entities, startup);

    /* Simulation alone: at least a second and at least 60 ticks. */
    long ticks = 0;
    double sim_start = bench_now(), elapsed = 0.0;
    do {
        wld_step(scene.world);
        ticks++;
        elapsed = bench_now() - sim_start;
    } while (elapsed < 1.0 || ticks < 60);
    printf("sim_tps_n%ld %.1f ticks/s\n", o.entities, ticks / elapsed);

    double *samples = malloc(sizeof *samples * (size_t)o.frames);
    if (!samples) return 1;
    in_state input;
    in_bindings bindings;
    in_reset(&input);
    in_default_bindings(&bindings);
    plat_events events = {0};
    for (int f = 0; f < o.frames; f++) {
        plat_poll(plat, &input, &bindings, &events);
        wld_step(scene.world);
        double t = bench_now();
        bench_draw(&scene, ren, items, max_items);
        samples[f] = (bench_now() - t) * 1e3;
    }
    qsort(samples, (size_t)o.frames, sizeof *samples, bench_cmp_double);
    double median = o.frames % 2 ? samples[o.frames / 2]
                                 : (samples[o.frames / 2 - 1] + samples[o.frames / 2]) / 2.0;
    int p99 = (int)ceil(0.99 * o.frames) - 1;
    printf("render_median_n%ld %.3f ms\n", o.entities, median);
    printf("render_p99_n%ld %.3f ms\n", o.entities, samples[p99 < 0 ? 0 : p99]);
    printf("peak_rss_n%ld %.1f MB\n", o.entities, bench_peak_rss_mb());
    const wld_contact *contacts;
    fprintf(stderr, "# skillquest n=%ld ticks %ld overlapping pairs %d renderer %s\n", o.entities,
            ticks + o.frames, wld_contacts(scene.world, &contacts), ren_driver_name(ren));

    free(samples);
    free(items);
    wld_destroy(scene.world);
    ren_destroy(ren);
    plat_destroy(plat);
    return 0;
}
