/* main: wires the modules together and runs the loop: poll input, advance
 * the fixed 60 Hz simulation as many ticks as real time asks, draw once.
 * Everything the player does reaches the game through the tick (actions and
 * events), so --record can write it and --replay play it back exactly.
 * Also the entry to the author's tools (--check, --test). */
#include "app.h"
#include "game_tools.h"
#include "log.h"
#include "progress_report.h"
#include "timestep.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef SQ_VERSION
#error "SQ_VERSION comes from CMake's project() version"
#endif

void app_event(app *a, game_event e, uint64_t hash)
{
    /* More events in one frame than a tick takes: the oldest stay, the
     * player's next click is simply not seen (never a crash). */
    if (a->event_count == REC_MAX_EVENTS) return;
    a->event_hashes[a->event_count] = hash;
    a->events[a->event_count++] = e;
}

static bool app_start(app *a)
{
    plat_config pc = {a->opts.headless, a->opts.fullscreen, a->opts.scale, REN_LOGICAL_W,
                      REN_LOGICAL_H, a->root};
    a->plat = plat_create(&pc);
    if (!a->plat) return false;
    a->ren = a->opts.headless ? ren_create_headless()
                              : ren_create_windowed(plat_window(a->plat), a->opts.gpu);
    if (!a->ren) return false;
    log_info("render: %s", ren_driver_name(a->ren));
    char png[4200], index[4200], font[4200];
    plat_path(png, sizeof png, a->root, "assets/gen/atlas.png");
    plat_path(index, sizeof index, a->root, "assets/gen/atlas.txt");
    plat_path(font, sizeof font, a->root, APP_FONT);
    if (!ren_load_atlas(a->ren, png, index)) return false;
    /* The player's text size replaces this once the settings are read. */
    snprintf(a->font_path, sizeof a->font_path, "%s", font);
    a->font_px = app_text_px(SAV_TEXT_NORMAL);
    a->font = txt_open(a->ren, font, a->font_px);
    a->font_big = txt_open(a->ren, font, 32);
    if (!a->font || !a->font_big) return false;
    app_find_mono(a);

    a->audio = aud_create(!a->opts.headless);
    aud_volumes v = aud_get_volumes(a->audio);
    v.muted = a->opts.mute;
    aud_set_volumes(a->audio, v);

    /* Saves and level packs live in the player's data directory. Headless
     * runs and replays only use one when asked, so tests never touch a real
     * home and a replay never writes over the player's progress. */
    if (a->opts.data_dir)
        snprintf(a->save_dir, sizeof a->save_dir, "%s", a->opts.data_dir);
    else if (!a->opts.headless && !a->has_replay && !plat_user_dir(a->save_dir, sizeof a->save_dir))
        a->save_dir[0] = '\0';
    sav_report report;
    const sav_progress *progress = app_load_progress(a, &report);
    if (!app_start_recording(a, progress)) return false;
    game_config gc = {a->seed, a->root, a->level, a->level != NULL,
                      a->save_dir[0] ? a->save_dir : NULL, progress, report.message, a->ren,
                      ren_get_atlas(a->ren), a->today, a->copies, a->copy_count, NULL, 0,
                      !a->opts.headless};
    a->game = game_create(&gc);
    if (!a->game) return false;
    app_apply_settings(a);
    in_reset(&a->input);
    app_note_watched(a);
    return true;
}

static void app_stop(app *a)
{
    app_save(a, HUGE_VAL); /* on quit, always: past any back-off */
    sav_close(a->saves);
    a->saves = NULL;
    if (a->recording) {
        char err[200];
        if (!rec_close(&a->record, (uint32_t)game_ticks(a->game), game_hash(a->game), err, sizeof err))
            log_error("record: %s", err);
    }
    game_destroy(a->game);
    aud_destroy(a->audio);
    txt_close(a->font);
    txt_close(a->font_big);
    txt_close(a->font_mono);
    ren_destroy(a->ren);
    plat_destroy(a->plat);
    if (a->has_replay) rec_free(&a->replay);
    txt_shutdown();
}

/* A replayed reload must find the files the session reloaded. */
static bool app_check_reloads(app *a, const game_event *events, const uint64_t *hashes, int n)
{
    for (int i = 0; i < n; i++) {
        if (events[i].kind != GAME_EV_RELOAD || hashes[i] == app_watched_hash(a)) continue;
        fprintf(stderr,
                "skillquest: %s: the level's files changed during the recorded session (a "
                "reload at tick %" PRIu64 " found other contents): the rest cannot replay\n",
                a->opts.replay, game_ticks(a->game));
        a->replay_failed = true;
        return false;
    }
    return true;
}

static void app_tick(app *a)
{
    in_frame frame;
    game_event events[REC_MAX_EVENTS];
    uint64_t hashes[REC_MAX_EVENTS];
    int n;
    uint32_t tick = (uint32_t)game_ticks(a->game);
    n = 0;
    if (a->has_replay) {
        n = rec_next(&a->replay, tick, &frame, events, hashes, REC_MAX_EVENTS);
        if (!app_check_reloads(a, events, hashes, n)) return;
    } else {
        frame = in_sample(&a->input);
    }
    /* Main's own events (a click, a save that failed, a copy kept) follow;
     * a recorded session carries these itself and main makes none. */
    for (int i = 0; i < a->event_count && n < REC_MAX_EVENTS; i++, n++) {
        events[n] = a->events[i];
        hashes[n] = a->event_hashes[i];
    }
    a->event_count = 0;
    if (a->recording) rec_write(&a->record, tick, &frame, events, hashes, n);
    game_input in = {frame, events, n};
    game_tick(a->game, &in);
    for (int i = 0; i < n; i++)
        if (events[i].kind == GAME_EV_RELOAD) app_note_watched(a);
    if (game_take_settings_change(a->game)) app_apply_settings(a);
    app_play_sounds(a);
    if (game_wants_save(a->game)) app_save(a, plat_now());
    const char *title = game_level_title(a->game);
    if (!a->opts.headless && strcmp(title, a->title) != 0) {
        /* The title bar says SkillQuest and the level. */
        snprintf(a->title, sizeof a->title, "%s", title);
        plat_set_title(a->plat, title[0] ? title : NULL);
    }
    app_keep_copy(a);
    app_restore_copy(a);
}

static bool app_done(const app *a)
{
    return a->replay_failed || game_wants_quit(a->game) ||
           (a->opts.frames > 0 && game_ticks(a->game) >= (uint64_t)a->opts.frames);
}

static bool app_screenshot(app *a)
{
    return !a->opts.screenshot || ren_screenshot(a->ren, a->opts.screenshot);
}

static void app_draw(app *a, float alpha)
{
    game_painter painter = {a->ren, a->font, a->font_big, a->font_mono};
    game_draw(a->game, &painter, alpha);
}

/* The game's clock follows the real one, read between ticks about once a
 * minute: a session that runs past midnight reaches the new day, and the
 * mastery rule's 20 hours are real hours. --today pins the day (at noon). */
static void app_follow_the_date(app *a)
{
    double now = plat_now();
    if (a->opts.today >= 0 || a->has_replay || now < a->next_date_check) return;
    a->next_date_check = now + 60.0;
    int64_t minute = plat_minute();
    if (minute > 0 && minute != a->minute) {
        a->minute = minute;
        a->today = (int32_t)(minute / 1440);
        app_event(a, (game_event){.kind = GAME_EV_DAY, .day = a->today, .minute = minute}, 0);
    }
}

static bool app_run_headless(app *a)
{
    while (!app_done(a)) app_tick(a);
    app_draw(a, 1.0f);
    bool ok = app_screenshot(a);
    ren_end(a->ren);
    return ok && !a->replay_failed;
}

static bool app_run_windowed(app *a, double started)
{
    ts_clock clock;
    ts_init(&clock, TS_TICK_HZ, 5);
    plat_events events = {0};
    double last = plat_now();
    bool first_frame = true;
    const double frame_budget = 1.0 / plat_refresh_rate(a->plat);
    bool ok = true;
    while (!events.quit) {
        double frame_start = plat_now();
        events.capture = game_wants_binding(a->game) >= 0;
        plat_poll(a->plat, &a->input, &a->bindings, &events);
        if (events.capture) app_capture(a, &events);
        app_watch(a, events.reload);
        if (events.log) app_event(a, (game_event){.kind = GAME_EV_LOG}, 0);
        app_follow_the_date(a);
        int mx, my;
        if (events.mouse_clicked && ren_window_to_logical(a->ren, events.mouse_x, events.mouse_y, &mx, &my))
            app_event(a, (game_event){.kind = GAME_EV_CLICK, .x = mx, .y = my}, 0);
        int ticks = ts_advance(&clock, frame_start - last);
        last = frame_start;
        for (int i = 0; i < ticks && !app_done(a); i++) app_tick(a);
        bool done = app_done(a);
        app_draw(a, done ? 1.0f : (float)ts_alpha(&clock));
        if (done) ok = app_screenshot(a);
        ren_end(a->ren);
        if (first_frame) {
            log_info("platform: first frame after %.1f ms", (plat_now() - started) * 1000.0);
            /* bench/compare.sh: from before the process started to the first frame shown. */
            double since = plat_since_env_ns("SQ_BENCH_T0_NS");
            if (since >= 0) fprintf(stderr, "skillquest: first frame %.3f ms after SQ_BENCH_T0_NS\n", since);
            first_frame = false;
        }
        if (done) break;
        /* No vsync in the software renderer: sleep off the rest of the frame. */
        plat_sleep(frame_budget - (plat_now() - frame_start));
    }
    return ok && !a->replay_failed;
}

/* --test --record FILE: the first case that starts a new game is written as a
 * session, which --replay then plays in the real game from the title. */
typedef struct {
    app *a;
    rec_writer w;
    bool open, failed, heard;
} app_test_recording;

static void app_tap_start(void *user, uint64_t seed, int32_t today)
{
    app_test_recording *r = user;
    r->heard = true;
    rec_header h = {SQ_VERSION, seed, today, rec_content_hash(r->a->root, NULL, NULL), NULL, NULL};
    char err[300];
    r->open = rec_open(&r->w, r->a->opts.record, &h, err, sizeof err);
    if (!r->open) {
        fprintf(stderr, "skillquest: %s\n", err);
        r->failed = true;
    }
}

static void app_tap_tick(void *user, uint32_t tick, const in_frame *in, const game_event *events, int n)
{
    app_test_recording *r = user;
    uint64_t hashes[2] = {0, 0};
    if (r->open) rec_write(&r->w, tick, in, events, hashes, n < 2 ? n : 2);
}

static void app_tap_end(void *user, uint32_t ticks, uint64_t hash)
{
    app_test_recording *r = user;
    char err[200];
    if (r->open && !rec_close(&r->w, ticks, hash, err, sizeof err)) {
        fprintf(stderr, "skillquest: record: %s\n", err);
        r->failed = true;
    }
    r->open = false;
}

/* --check and --test need the atlas (sprite names) and the font (text fit),
 * but no window: a headless renderer gives both. */
static int app_tools(app *a)
{
    if (!plat_tools_begin()) return 1;
    ren_context *ren = ren_create_headless();
    char png[4200], index[4200], font_path[4200];
    plat_path(png, sizeof png, a->root, "assets/gen/atlas.png");
    plat_path(index, sizeof index, a->root, "assets/gen/atlas.txt");
    plat_path(font_path, sizeof font_path, a->root, APP_FONT);
    if (!ren || !ren_load_atlas(ren, png, index)) {
        ren_destroy(ren);
        plat_tools_end();
        return 1;
    }
    txt_font *font = txt_open(ren, font_path, 16);
    int status;
    if (a->opts.action == CLI_CHECK) {
        int files = 0;
        int problems = game_check_paths(a->root, ren_get_atlas(ren), font, a->opts.paths,
                                        a->opts.path_count, &files);
        printf("%d file%s checked, %d problem%s\n", files, files == 1 ? "" : "s", problems,
               problems == 1 ? "" : "s");
        status = problems ? 1 : 0;
    } else {
        int passed = 0;
        app_test_recording rec = {a, {0}, false, false, false};
        game_test_tap tap = {&rec, app_tap_start, app_tap_tick, app_tap_end};
        int failed = game_test_paths(a->root, a->opts.data_dir, ren_get_atlas(ren), a->opts.paths,
                                     a->opts.path_count, &passed, a->opts.record ? &tap : NULL);
        if (a->opts.record && !rec.heard) {
            fprintf(stderr, "skillquest: --record: no test case started a new game (t.new_game), "
                            "so there was no session to write\n");
            rec.failed = true;
        }
        status = failed || rec.failed ? 1 : 0;
    }
    txt_close(font);
    txt_shutdown();
    ren_destroy(ren);
    plat_tools_end();
    return status;
}

int main(int argc, char **argv)
{
    app a;
    memset(&a, 0, sizeof a);
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
    case CLI_CHECK:
    case CLI_TEST:
    case CLI_PROGRESS:
        break;
    }
    log_set_verbose(a.opts.verbose);
    if (!plat_find_data_root(a.opts.data_root, a.root, sizeof a.root))
        return a.opts.data_root ? 2 : 1;
    log_info("platform: data root %s", a.root);
    if (a.opts.action == CLI_CHECK || a.opts.action == CLI_TEST) return app_tools(&a);
    if (a.opts.action == CLI_PROGRESS) {
        char dir[4096];
        if (a.opts.data_dir) snprintf(dir, sizeof dir, "%s", a.opts.data_dir);
        else if (!plat_user_dir(dir, sizeof dir)) return 1;
        return progress_report(stdout, stderr, a.root, dir, a.opts.format);
    }
    a.seed = a.opts.seed;
    a.level = a.opts.level;
    a.today = a.opts.today >= 0 ? (int32_t)a.opts.today : plat_today();
    int status = app_load_replay(&a);
    if (status < 0) status = app_check_replay_content(&a);
    if (status >= 0) {
        if (a.has_replay) rec_free(&a.replay);
        return status;
    }
    if (a.level && app_mtime(a.level) < 0) {
        fprintf(stderr, "skillquest: cannot open level %s\n", a.level);
        if (a.has_replay) rec_free(&a.replay);
        return 2;
    }
    double started = plat_now();
    bool ok = app_start(&a);
    if (ok) ok = a.opts.headless ? app_run_headless(&a) : app_run_windowed(&a, started);
    if (ok) ok = app_check_replay_hash(&a);
    if (ok && a.opts.print_hash)
        printf("hash %016" PRIx64 " world %016" PRIx64 " ticks %" PRIu64 "\n", game_hash(a.game),
               game_world_hash(a.game), game_ticks(a.game));
    app_stop(&a);
    /* Any error the data caused (a missing sprite, a broken level) fails the run. */
    return ok && log_error_count() == 0 ? 0 : 1;
}
