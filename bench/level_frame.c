/* level_frame: skillquest-level-bench --frame. A 1280x720 window (the game's default:
 * the 640x360 picture at 2x), the software renderer as the game uses it, and for each
 * level a walk through it (lb_walk_tick) with every frame timed twice over, back to
 * back in the same run:
 *
 *   frame_empty  ren_begin (black) + ren_end: an empty frame presented at 1280x720
 *   frame_scene  game_draw + ren_end: the level's frame as the game draws it
 *   frame_draw   game_draw alone (the drawing before the present), for diagnosis
 *
 * The ticks between frames are not timed. Printed per level: the median and p99 of
 * both, and scene/empty for each (the target is <= 1.3). Needs a display (Xvfb). */
#include "level_bench.h"
#include "platform.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LF_FONT "assets/fonts/DotGothic16-Regular.ttf"
#define LF_WARMUP 30

static void lf_level(const char *root, const char *path, ren_context *ren, game_painter *painter,
                     int ticks)
{
    char id[200];
    lb_level_id(path, id, sizeof id);
    game *g = lb_open_level(root, path, ren_get_atlas(ren), ren);
    if (!g) return;
    game_set_painter(g, painter);
    double *scene = malloc(sizeof *scene * (size_t)ticks), *empty = malloc(sizeof *empty * (size_t)ticks);
    double *draw = malloc(sizeof *draw * (size_t)ticks);
    if (!scene || !empty || !draw) goto done;
    uint32_t prev = 0;
    for (int i = -LF_WARMUP; i < ticks; i++) {
        lb_walk_tick(g, (uint64_t)(i + LF_WARMUP), &prev);
        double t0 = lb_now();
        game_draw(g, painter, 1.0f);
        double td = lb_now();
        ren_end(ren);
        double t1 = lb_now();
        ren_begin(ren, (ren_color){0, 0, 0, 255});
        ren_end(ren);
        double t2 = lb_now();
        if (i < 0) continue;
        scene[i] = (t1 - t0) * 1e3;
        draw[i] = (td - t0) * 1e3;
        empty[i] = (t2 - t1) * 1e3;
    }
    double sm = lb_median(scene, ticks), sp = lb_p99(scene, ticks);
    double em = lb_median(empty, ticks), ep = lb_p99(empty, ticks);
    printf("frame_empty_median_%s %.3f ms\n", id, em);
    printf("frame_empty_p99_%s %.3f ms\n", id, ep);
    printf("frame_scene_median_%s %.3f ms\n", id, sm);
    printf("frame_scene_p99_%s %.3f ms\n", id, sp);
    printf("frame_draw_median_%s %.3f ms\n", id, lb_median(draw, ticks));
    printf("frame_ratio_median_%s %.3f x\n", id, em > 0 ? sm / em : 0.0);
    printf("frame_ratio_p99_%s %.3f x\n", id, ep > 0 ? sp / ep : 0.0);
    fflush(stdout);
done:
    free(scene);
    free(empty);
    free(draw);
    game_destroy(g);
}

bool lb_frames(const char *root, char **paths, int count, const char *only, int ticks)
{
    plat_config pc = {false, false, 2, REN_LOGICAL_W, REN_LOGICAL_H, NULL};
    plat_system *plat = plat_create(&pc);
    if (!plat) return false;
    ren_context *ren = ren_create_windowed(plat_window(plat), false);
    char png[4200], index[4200], font_path[4200];
    snprintf(png, sizeof png, "%s/assets/gen/atlas.png", root);
    snprintf(index, sizeof index, "%s/assets/gen/atlas.txt", root);
    snprintf(font_path, sizeof font_path, "%s/%s", root, LF_FONT);
    txt_font *font = NULL, *big = NULL;
    bool ok = ren && ren_load_atlas(ren, png, index);
    if (ok) {
        font = txt_open(ren, font_path, 16);
        big = txt_open(ren, font_path, 32);
        ok = font && big;
    }
    if (ok) {
        fprintf(stderr, "# frame: %s, window 1280x720\n", ren_driver_name(ren));
        game_painter painter = {ren, font, big, NULL};
        for (int l = 0; l < count; l++) {
            char id[200];
            lb_level_id(paths[l], id, sizeof id);
            if (!only || strstr(id, only)) lf_level(root, paths[l], ren, &painter, ticks);
        }
    }
    txt_close(font);
    txt_close(big);
    ren_destroy(ren);
    plat_destroy(plat);
    txt_shutdown();
    return ok;
}
