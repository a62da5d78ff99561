/* main: wires the modules together and runs the loop: poll input, advance
 * the fixed 60 Hz simulation as many ticks as real time asks, draw once. */
#include "audio.h"
#include "cli.h"
#include "game.h"
#include "input.h"
#include "log.h"
#include "platform.h"
#include "render.h"
#include "text.h"
#include "timestep.h"

#include <SDL.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef SQ_VERSION
#define SQ_VERSION "dev"
#endif

#define MAIN_FONT "assets/fonts/DotGothic16-Regular.ttf"

typedef struct {
    cli_options opts;
    char root[4096];
    plat_system *plat;
    ren_context *ren;
    txt_font *font;
    aud_system *audio;
    aud_sound cue_sounds[CUE_COUNT];
    game *game;
    in_state input;
    in_bindings bindings;
    in_script replay;
    bool has_replay;
} app;

static char *main_read_file(const char *path, long max_size)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *text = NULL;
    if (fseek(f, 0, SEEK_END) == 0) {
        long size = ftell(f);
        if (size >= 0 && size <= max_size && fseek(f, 0, SEEK_SET) == 0) {
            text = malloc((size_t)size + 1);
            if (text && fread(text, 1, (size_t)size, f) == (size_t)size) {
                text[size] = '\0';
            } else {
                free(text);
                text = NULL;
            }
        }
    }
    fclose(f);
    return text;
}

/* Returns an exit status, or -1 to go on. */
static int main_load_replay(app *a)
{
    if (!a->opts.replay) return -1;
    char *text = main_read_file(a->opts.replay, 16l << 20);
    if (!text) {
        fprintf(stderr, "skillquest: cannot read replay %s\n", a->opts.replay);
        return 2;
    }
    char err[200];
    bool ok = in_script_parse(&a->replay, text, err, sizeof err);
    free(text);
    if (!ok) {
        fprintf(stderr, "%s:%s\n", a->opts.replay, err);
        return 1;
    }
    a->has_replay = true;
    return -1;
}

static bool main_start(app *a)
{
    plat_config pc = {a->opts.headless, a->opts.fullscreen, a->opts.scale, REN_LOGICAL_W,
                      REN_LOGICAL_H};
    a->plat = plat_create(&pc);
    if (!a->plat) return false;
    a->ren = a->opts.headless ? ren_create_headless()
                              : ren_create_windowed(plat_window(a->plat), a->opts.gpu);
    if (!a->ren) return false;
    log_info("render: %s", ren_driver_name(a->ren));
    char png[4200], index[4200], font[4200];
    plat_path(png, sizeof png, a->root, "assets/gen/atlas.png");
    plat_path(index, sizeof index, a->root, "assets/gen/atlas.txt");
    plat_path(font, sizeof font, a->root, MAIN_FONT);
    if (!ren_load_atlas(a->ren, png, index)) return false;
    a->font = txt_open(a->ren, font, 16);
    if (!a->font) return false;

    a->audio = aud_create(!a->opts.headless);
    char sound_dir[4200];
    plat_path(sound_dir, sizeof sound_dir, a->root, "assets/gen");
    for (int c = 0; c < CUE_COUNT; c++)
        a->cue_sounds[c] = aud_load(a->audio, sound_dir, game_cue_name((game_cue)c));
    aud_volumes v = aud_get_volumes(a->audio);
    v.muted = a->opts.mute;
    aud_set_volumes(a->audio, v);
    char music[4200];
    plat_path(music, sizeof music, a->root, "assets/gen/music_hub.wav");
    aud_music(a->audio, music);

    game_config gc = {a->opts.seed, ren_get_atlas(a->ren)};
    a->game = game_create(&gc);
    if (!a->game) return false;
    in_default_bindings(&a->bindings);
    in_reset(&a->input);
    return true;
}

static void main_stop(app *a)
{
    game_destroy(a->game);
    aud_destroy(a->audio);
    txt_close(a->font);
    ren_destroy(a->ren);
    plat_destroy(a->plat);
    if (a->has_replay) in_script_free(&a->replay);
    txt_shutdown();
}

static void main_tick(app *a)
{
    if (a->has_replay) in_script_apply(&a->replay, &a->input, (uint32_t)game_ticks(a->game));
    in_frame frame = in_sample(&a->input);
    game_tick(a->game, &frame);
    game_cue cues[32];
    int n = game_take_cues(a->game, cues, 32);
    for (int i = 0; i < n; i++) aud_play(a->audio, a->cue_sounds[cues[i]]);
}

static bool main_done(const app *a)
{
    return game_wants_quit(a->game) ||
           (a->opts.frames > 0 && game_ticks(a->game) >= (uint64_t)a->opts.frames);
}

static bool main_screenshot(app *a)
{
    if (!a->opts.screenshot) return true;
    SDL_Surface *shot = ren_capture(a->ren);
    bool ok = shot && ren_save_png(shot, a->opts.screenshot);
    SDL_FreeSurface(shot);
    return ok;
}

static void main_draw(app *a, float alpha)
{
    game_painter painter = {a->ren, a->font};
    game_draw(a->game, &painter, alpha);
}

static bool main_run_headless(app *a)
{
    while (!main_done(a)) main_tick(a);
    main_draw(a, 1.0f);
    bool ok = main_screenshot(a);
    ren_end(a->ren);
    return ok;
}

static bool main_run_windowed(app *a, double started)
{
    ts_clock clock;
    ts_init(&clock, TS_TICK_HZ, 5);
    plat_events events = {0};
    double last = plat_now();
    bool first_frame = true;
    int refresh = 60;
    SDL_DisplayMode mode;
    if (SDL_GetWindowDisplayMode(plat_window(a->plat), &mode) == 0 && mode.refresh_rate > 0)
        refresh = mode.refresh_rate;
    const double frame_budget = 1.0 / refresh;
    bool ok = true;
    while (!events.quit) {
        double frame_start = plat_now();
        plat_poll(a->plat, &a->input, &a->bindings, &events);
        int ticks = ts_advance(&clock, frame_start - last);
        last = frame_start;
        for (int i = 0; i < ticks && !main_done(a); i++) main_tick(a);
        bool done = main_done(a);
        main_draw(a, done ? 1.0f : (float)ts_alpha(&clock));
        if (done) ok = main_screenshot(a);
        ren_end(a->ren);
        if (first_frame) {
            log_info("platform: first frame after %.1f ms", (plat_now() - started) * 1000.0);
            first_frame = false;
        }
        if (done) break;
        /* No vsync in the software renderer: sleep off the rest of the frame. */
        double spent = plat_now() - frame_start;
        if (spent < frame_budget) SDL_Delay((Uint32)((frame_budget - spent) * 1000.0));
    }
    return ok;
}

int main(int argc, char **argv)
{
    app a = {0};
    a.opts = cli_parse(argc, argv);
    switch (a.opts.action) {
    case CLI_HELP:
        fputs(cli_usage(), stdout);
        return 0;
    case CLI_VERSION:
        printf("skillquest %s\n", SQ_VERSION);
        return 0;
    case CLI_USAGE_ERROR:
        fprintf(stderr, "skillquest: %s\nTry 'skillquest --help' for more information.\n",
                a.opts.error);
        return 2;
    case CLI_RUN:
        break;
    }
    log_set_verbose(a.opts.verbose);
    int status = main_load_replay(&a);
    if (status >= 0) return status;
    if (!plat_find_data_root(a.opts.data_root, a.root, sizeof a.root)) {
        if (a.has_replay) in_script_free(&a.replay);
        return a.opts.data_root ? 2 : 1;
    }
    log_info("platform: data root %s", a.root);
    double started = plat_now();
    bool ok = main_start(&a);
    if (ok) ok = a.opts.headless ? main_run_headless(&a) : main_run_windowed(&a, started);
    if (ok && a.opts.print_hash)
        printf("hash %016" PRIx64 " ticks %" PRIu64 "\n", game_hash(a.game), game_ticks(a.game));
    main_stop(&a);
    /* Any error the data caused (a missing sprite, a bad sound) fails the run. */
    return ok && log_error_count() == 0 ? 0 : 1;
}
