#define _POSIX_C_SOURCE 200809L /* st_mtim */
/* main: wires the modules together and runs the loop: poll input, advance
 * the fixed 60 Hz simulation as many ticks as real time asks, draw once.
 * Everything the player does reaches the game through the tick (actions and
 * events), so --record can write it and --replay play it back exactly.
 * Also the entry to the author's tools (--check, --test). */
#include "audio.h"
#include "cli.h"
#include "game.h"
#include "game_tools.h"
#include "input.h"
#include "log.h"
#include "platform.h"
#include "record.h"
#include "render.h"
#include "save.h"
#include "text.h"
#include "timestep.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef SQ_VERSION
#error "SQ_VERSION comes from CMake's project() version"
#endif

#define MAIN_FONT "assets/fonts/DotGothic16-Regular.ttf"
/* Code is set in DejaVu Sans Mono: Debian's fonts-dejavu-core, unless a
 * package put a copy in the data root. */
static const char *const MAIN_MONO_FONTS[] = {
    "assets/fonts/DejaVuSansMono.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
};
#define MAIN_WATCH_SECONDS 0.25 /* how often --level looks for a saved file */
#define MAIN_MAX_WATCHED 16     /* the level, its map, the map's tilesets and images */
#define MAIN_SAVE_TEXT_MAX (256u << 10)

typedef struct {
    cli_options opts;
    char root[4096];
    plat_system *plat;
    ren_context *ren;
    txt_font *font, *font_big, *font_mono;
    char mono_path[4200]; /* "" when no monospace font was found */
    int mono_px;
    double next_date_check; /* plat_now() seconds: when to look at the date again */
    char font_path[4200];
    int font_px; /* the size font was opened at */
    aud_system *audio;
    game *game;
    in_state input;
    in_bindings bindings;
    /* what happens between ticks waits here for the next one */
    game_event events[REC_MAX_EVENTS];
    uint64_t event_hashes[REC_MAX_EVENTS];
    int event_count;
    rec_session replay;
    bool has_replay, replay_failed;
    rec_writer record;
    bool recording;
    char music[64];
    char save_dir[4096]; /* "" when this run keeps no save */
    sav_folder *saves;   /* this copy's hold on the data folder; NULL: no saving */
    sav_progress progress;
    double save_not_before; /* plat_now(): after a failed save, the next try waits */
    game_copy copies[GAME_MAX_COPIES];
    int copy_count;
    const char *level;   /* --level, or the level a recorded session played */
    uint64_t seed;
    int32_t today;
    /* hot reload */
    double last_watch;
    long long watched_mtime[MAIN_MAX_WATCHED];
    char title[64]; /* the level the window's title names */
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

/* Reads --replay. A recorded session must match this game: its version and
 * the content it was recorded against. Returns an exit status, or -1 to go on. */
static int main_load_replay(app *a)
{
    if (!a->opts.replay) return -1;
    char *text = main_read_file(a->opts.replay, 16l << 20);
    if (!text) {
        fprintf(stderr, "skillquest: cannot read replay %s\n", a->opts.replay);
        return 2;
    }
    char err[300];
    bool ok = rec_parse(&a->replay, text, err, sizeof err);
    free(text);
    if (!ok) {
        fprintf(stderr, "%s:%s\n", a->opts.replay, err);
        return 1;
    }
    a->has_replay = true;
    rec_session *s = &a->replay;
    if (s->session) {
        if (strcmp(s->version, SQ_VERSION) != 0) {
            fprintf(stderr, "skillquest: %s was recorded with SkillQuest %s; this is %s\n",
                    a->opts.replay, s->version[0] ? s->version : "(unknown)", SQ_VERSION);
            return 1;
        }
        if (s->has_seed) a->seed = s->seed;
        if (s->has_today) a->today = s->today;
        if (s->level[0] && !a->level) a->level = s->level;
    }
    if (a->opts.headless && a->opts.frames == 0) {
        if (!s->has_end) {
            fprintf(stderr, "skillquest: --headless needs --frames N (%s has no end)\n",
                    a->opts.replay);
            return 2;
        }
        a->opts.frames = s->end;
    }
    return -1;
}

/* After the data root is known: the content a session was recorded against
 * must be this content, or it would not replay. */
static int main_check_replay_content(app *a)
{
    const rec_session *s = &a->replay;
    if (!a->has_replay || !s->session || !s->has_content) return -1;
    uint64_t here = rec_content_hash(a->root, a->opts.data_dir, a->level);
    if (here == s->content) return -1;
    fprintf(stderr,
            "skillquest: %s was recorded against other content (levels, scripts or art "
            "differ: %016" PRIx64 " there, %016" PRIx64 " here); it cannot replay\n",
            a->opts.replay, s->content, here);
    return 1;
}

static long long main_mtime(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) return -1;
    return (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
}

static void main_note_watched(app *a)
{
    const char *paths[MAIN_MAX_WATCHED];
    int n = game_watched_files(a->game, paths, MAIN_MAX_WATCHED);
    for (int i = 0; i < MAIN_MAX_WATCHED; i++) a->watched_mtime[i] = i < n ? main_mtime(paths[i]) : -1;
}

/* The hash a reload event carries: the level's files as they are now. */
static uint64_t main_watched_hash(app *a)
{
    const char *paths[MAIN_MAX_WATCHED];
    int n = game_watched_files(a->game, paths, MAIN_MAX_WATCHED);
    uint64_t h = 0;
    for (int i = 0; i < n; i++) h = h * 31 + rec_file_hash(paths[i]);
    return h;
}

static void main_event(app *a, game_event e, uint64_t hash)
{
    /* More events in one frame than a tick takes: the oldest stay, the
     * player's next click is simply not seen (never a crash). */
    if (a->event_count == REC_MAX_EVENTS) return;
    a->event_hashes[a->event_count] = hash;
    a->events[a->event_count++] = e;
}

/* DotGothic16 is drawn on a 16 px grid: 14 and 20 px keep its strokes even
 * enough to read on the 640x360 canvas, where 12 px breaks them apart. */
static int main_text_px(sav_text_size size)
{
    return size == SAV_TEXT_SMALL ? 14 : size == SAV_TEXT_LARGE ? 20 : 16;
}

/* Code needs 56 columns beside its line numbers at every text size. */
static int main_mono_px(sav_text_size size)
{
    return size == SAV_TEXT_SMALL ? 11 : size == SAV_TEXT_LARGE ? 14 : 12;
}

static void main_find_mono(app *a)
{
    a->mono_path[0] = '\0';
    for (size_t i = 0; i < sizeof MAIN_MONO_FONTS / sizeof *MAIN_MONO_FONTS; i++) {
        char path[4200];
        if (MAIN_MONO_FONTS[i][0] == '/')
            snprintf(path, sizeof path, "%s", MAIN_MONO_FONTS[i]);
        else
            plat_path(path, sizeof path, a->root, MAIN_MONO_FONTS[i]);
        struct stat st;
        if (stat(path, &st) == 0) {
            snprintf(a->mono_path, sizeof a->mono_path, "%s", path);
            return;
        }
    }
    log_warn("text: no monospace font (install fonts-dejavu-core); code is set in the text font");
}

static bool main_same_bindings(const sav_settings *a, const sav_settings *b)
{
    if (a->key_count != b->key_count || a->pad_count != b->pad_count) return false;
    for (int i = 0; i < a->key_count; i++)
        if (strcmp(a->keys[i].action, b->keys[i].action) || strcmp(a->keys[i].key, b->keys[i].key))
            return false;
    for (int i = 0; i < a->pad_count; i++)
        if (strcmp(a->pad[i].action, b->pad[i].action) || strcmp(a->pad[i].key, b->pad[i].key))
            return false;
    return true;
}

/* The player's key names become the codes input counts. What the platform
 * could not use goes from the settings too, so the controls screen and the
 * save show the keys that work, in SDL's spelling. */
static void main_apply_bindings(app *a, const sav_settings *st)
{
    in_bindings b;
    plat_bindings_from_settings(st, &b);
    if (memcmp(&b, &a->bindings, sizeof b) != 0) {
        a->bindings = b;
        /* Keys counted as held under the old bindings would never come up. */
        in_release_all(&a->input);
    }
    sav_settings *used = malloc(sizeof *used);
    if (!used) return;
    *used = *st;
    plat_settings_from_bindings(&b, used);
    if (!main_same_bindings(used, st)) game_set_bindings(a->game, used);
    free(used);
}

static void main_give_painter(app *a)
{
    game_painter painter = {a->ren, a->font, a->font_big, a->font_mono};
    game_set_painter(a->game, &painter);
}

/* The menus change settings inside the game; the platform and audio apply them. */
static void main_apply_settings(app *a)
{
    const sav_settings *st = game_settings(a->game);
    aud_volumes v = aud_get_volumes(a->audio);
    v.master = st->master_volume / 100.0f;
    v.music = st->music_volume / 100.0f;
    v.effects = st->effects_volume / 100.0f;
    aud_set_volumes(a->audio, v);
    if (!a->opts.headless && st->fullscreen != plat_is_fullscreen(a->plat))
        plat_toggle_fullscreen(a->plat);
    int px = main_text_px(st->text_size);
    if (px != a->font_px) {
        txt_font *font = txt_open(a->ren, a->font_path, px);
        if (font) {
            txt_close(a->font);
            a->font = font;
            a->font_px = px;
        } else {
            log_warn("text: keeping the %d px font", a->font_px);
        }
    }
    int mono = main_mono_px(st->text_size);
    if (a->mono_path[0] && mono != a->mono_px) {
        txt_font *font = txt_open(a->ren, a->mono_path, mono);
        if (font) {
            txt_close(a->font_mono);
            a->font_mono = font;
            a->mono_px = mono;
        }
    }
    main_give_painter(a);
    main_apply_bindings(a, st);
}

/* The controls screen waits for a key: the first press this poll is its
 * answer, by name, and goes to the game in the next tick. */
static void main_capture(app *a, const plat_events *e)
{
    if (!e->captured_key && !e->captured_button) return;
    game_event ev = {.kind = GAME_EV_BIND, .action = game_wants_binding(a->game)};
    ev.pad = e->captured_button != 0;
    if (ev.pad)
        plat_button_name(e->captured_button - 1, ev.name, sizeof ev.name);
    else
        plat_key_name(e->captured_key, ev.name, sizeof ev.name);
    main_event(a, ev, 0);
}

/* The dated copies of earlier progress, for the title's list. */
static void main_list_copies(app *a)
{
    sav_copy found[GAME_MAX_COPIES];
    int n = sav_list_copies(a->save_dir, found, GAME_MAX_COPIES);
    a->copy_count = n < GAME_MAX_COPIES ? n : GAME_MAX_COPIES;
    for (int i = 0; i < a->copy_count; i++) {
        game_copy *c = &a->copies[i];
        memset(c, 0, sizeof *c);
        _Static_assert(sizeof c->name >= SAV_COPY_NAME_MAX, "a copy's name fits");
        memcpy(c->name, found[i].name, SAV_COPY_NAME_MAX);
        c->name[SAV_COPY_NAME_MAX - 1] = '\0';
        c->day = found[i].day;
        c->xp = found[i].xp;
        c->skills = found[i].skills;
        c->mastered = found[i].mastered;
        c->levels = found[i].levels;
        c->readable = found[i].status == SAV_FILE_GOOD;
    }
}

/* The progress this run starts from: the player's save, or (replaying a
 * recorded session) the save the session started from. */
static const sav_progress *main_load_progress(app *a, sav_report *report)
{
    memset(report, 0, sizeof *report);
    sav_defaults(&a->progress);
    if (a->has_replay && a->replay.session) {
        if (!a->replay.save) return NULL;
        char err[300];
        sav_file_status st =
            sav_parse(a->replay.save, strlen(a->replay.save), &a->progress, err, sizeof err);
        if (st != SAV_FILE_GOOD) {
            log_error("replay: the session's save does not read: %s", err);
            sav_defaults(&a->progress);
            return NULL;
        }
        return &a->progress;
    }
    if (!a->save_dir[0] || a->level) return NULL;
    /* The folder is this copy's while it runs (a second copy plays without
     * saving and is told so in the report's message). */
    a->saves = sav_open(a->save_dir, &a->progress, report);
    if (report->detail[0]) {
        if (report->code == SAV_OK || report->code == SAV_FRESH_START)
            log_info("%s", report->detail);
        else
            log_warn("%s", report->detail);
    }
    if (report->read_only)
        log_warn("save: another copy of SkillQuest holds %s: this one plays without saving",
                 a->save_dir);
    main_list_copies(a);
    bool loaded = report->code == SAV_OK || report->code == SAV_RESTORED_BACKUP;
    return loaded ? &a->progress : NULL;
}

static bool main_start_recording(app *a, const sav_progress *progress)
{
    if (!a->opts.record) return true;
    char *save_text = NULL;
    if (progress) {
        char err[200];
        save_text = malloc(MAIN_SAVE_TEXT_MAX);
        if (save_text &&
            !sav_format(progress, progress->saved_at, save_text, MAIN_SAVE_TEXT_MAX, err, sizeof err)) {
            log_error("record: the save cannot be written into the session: %s", err);
            free(save_text);
            return false;
        }
    }
    rec_header h = {SQ_VERSION, a->seed, a->today,
                    rec_content_hash(a->root, a->opts.data_dir, a->level), a->level, save_text};
    char err[300];
    bool ok = rec_open(&a->record, a->opts.record, &h, err, sizeof err);
    free(save_text);
    if (!ok) {
        fprintf(stderr, "skillquest: %s\n", err);
        return false;
    }
    a->recording = true;
    return true;
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
    /* The player's text size replaces this once the settings are read. */
    snprintf(a->font_path, sizeof a->font_path, "%s", font);
    a->font_px = main_text_px(SAV_TEXT_NORMAL);
    a->font = txt_open(a->ren, font, a->font_px);
    a->font_big = txt_open(a->ren, font, 32);
    if (!a->font || !a->font_big) return false;
    main_find_mono(a);

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
    const sav_progress *progress = main_load_progress(a, &report);
    if (!main_start_recording(a, progress)) return false;
    game_config gc = {a->seed, a->root, a->level, a->level != NULL,
                      a->save_dir[0] ? a->save_dir : NULL, progress, report.message, a->ren,
                      ren_get_atlas(a->ren), a->today, a->copies, a->copy_count, NULL, 0};
    a->game = game_create(&gc);
    if (!a->game) return false;
    main_apply_settings(a);
    in_reset(&a->input);
    main_note_watched(a);
    return true;
}

/* Writes the player's progress and settings; the game never waits on it
 * inside a tick. A --level session is a sandbox and keeps no save. A save
 * that fails waits out a back-off, and the player is told once, in the
 * game, what happened and what they can do. */
static void main_save(app *a, double now)
{
    if (!a->saves || !sav_writable(a->saves) || !a->game || now < a->save_not_before) return;
    game_progress(a->game, &a->progress);
    /* F11 changes fullscreen outside the menus: save what the player sees. */
    if (!a->opts.headless) a->progress.settings.fullscreen = plat_is_fullscreen(a->plat);
    sav_failure why;
    switch (sav_save(a->saves, &a->progress, now, &why)) {
    case SAV_SAVED:
        a->save_not_before = 0;
        game_saved(a->game);
        break;
    case SAV_DEFERRED:
        break;
    case SAV_FAILED:
    case SAV_CONFLICT:
        if (why.first) {
            log_error("save: %s", why.detail);
            game_event e = {.kind = GAME_EV_NOTICE};
            snprintf(e.text, sizeof e.text, "Your progress is not being saved. %s",
                     sav_failure_message(why.kind));
            main_event(a, e, 0);
        }
        a->save_not_before = now + 1.0;
        break;
    case SAV_READ_ONLY:
        break; /* the report at start told the player */
    }
}

/* New game over progress: the old progress is kept as a copy first, and
 * the game is told how that went. */
static void main_keep_copy(app *a)
{
    if ((a->has_replay && a->replay.session) || !game_wants_copy_kept(a->game)) return;
    for (int i = 0; i < a->event_count; i++)
        if (a->events[i].kind == GAME_EV_KEPT) return; /* answered: the game hears it next tick */
    game_event e = {.kind = GAME_EV_KEPT, .ok = true};
    if (a->saves) {
        game_progress(a->game, &a->progress);
        sav_failure why;
        char name[SAV_COPY_NAME_MAX] = "";
        if (sav_keep_copy(a->saves, &a->progress, game_today(a->game), name, sizeof name, &why) ==
            SAV_SAVED) {
            snprintf(e.text, sizeof e.text, "%s", name);
        } else {
            e.ok = false;
            log_error("save: keeping a copy: %s", why.detail);
            snprintf(e.text, sizeof e.text, "%s", sav_failure_message(why.kind));
        }
    }
    main_event(a, e, 0);
}

static void main_stop(app *a)
{
    main_save(a, HUGE_VAL); /* on quit, always: past any back-off */
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

static void main_play_sounds(app *a)
{
    char dir[4200];
    plat_path(dir, sizeof dir, a->root, "assets/gen");
    const char *names[32];
    int n = game_take_sounds(a->game, names, 32);
    for (int i = 0; i < n; i++) {
        /* Level scripts name sounds: only plain names inside assets/gen. */
        if (strchr(names[i], '/') || strstr(names[i], "..")) continue;
        aud_play(a->audio, aud_load(a->audio, dir, names[i]));
    }
    const char *music = game_music(a->game);
    if (music && strcmp(music, a->music) != 0 && !strchr(music, '/') && !strstr(music, "..")) {
        snprintf(a->music, sizeof a->music, "%s", music);
        char path[4300];
        snprintf(path, sizeof path, "%s/%s.wav", dir, music);
        aud_music(a->audio, path);
    }
}

/* A replayed reload must find the files the session reloaded. */
static bool main_check_reloads(app *a, const game_event *events, const uint64_t *hashes, int n)
{
    for (int i = 0; i < n; i++) {
        if (events[i].kind != GAME_EV_RELOAD || hashes[i] == main_watched_hash(a)) continue;
        fprintf(stderr,
                "skillquest: %s: the level's files changed during the recorded session (a "
                "reload at tick %" PRIu64 " found other contents): the rest cannot replay\n",
                a->opts.replay, game_ticks(a->game));
        a->replay_failed = true;
        return false;
    }
    return true;
}

/* Going back to a copy: restored on disk, then the game starts over from
 * it on the title. A recording ends here (its replay cannot have the copy). */
static void main_restore_copy(app *a)
{
    const char *name = a->game ? game_wants_restore(a->game) : "";
    if ((a->has_replay && a->replay.session) || !name[0]) return;
    char chosen[SAV_COPY_NAME_MAX];
    snprintf(chosen, sizeof chosen, "%s", name);
    sav_progress *current = malloc(sizeof *current), *restored = malloc(sizeof *restored);
    if (!current || !restored || !a->saves) {
        free(current), free(restored);
        return;
    }
    game_progress(a->game, current);
    sav_failure why;
    sav_save_result r = sav_restore_copy(a->saves, chosen, current, game_today(a->game), restored, &why);
    if (r != SAV_SAVED) {
        log_error("save: restoring %s: %s", chosen, why.detail);
        game_event e = {.kind = GAME_EV_NOTICE};
        snprintf(e.text, sizeof e.text, "That copy could not be restored; nothing was changed. %s",
                 sav_failure_message(why.kind));
        main_event(a, e, 0);
        game_restore_done(a->game);
    } else {
        if (a->recording) {
            char err[200];
            fprintf(a->record.file, "# the player went back to %s: the session ends here\n", chosen);
            rec_close(&a->record, (uint32_t)game_ticks(a->game), game_hash(a->game), err, sizeof err);
            a->recording = false;
        }
        a->progress = *restored;
        main_list_copies(a);
        game_config gc = {a->seed, a->root, NULL, false, a->save_dir, &a->progress, "", a->ren,
                          ren_get_atlas(a->ren), a->today, a->copies, a->copy_count, NULL, 0};
        game *fresh = game_create(&gc);
        if (fresh) {
            game_destroy(a->game);
            a->game = fresh;
            main_apply_settings(a);
        }
    }
    free(current);
    free(restored);
}

static void main_tick(app *a)
{
    in_frame frame;
    game_event events[REC_MAX_EVENTS];
    uint64_t hashes[REC_MAX_EVENTS];
    int n;
    uint32_t tick = (uint32_t)game_ticks(a->game);
    n = 0;
    if (a->has_replay) {
        n = rec_next(&a->replay, tick, &frame, events, hashes, REC_MAX_EVENTS);
        if (!main_check_reloads(a, events, hashes, n)) return;
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
        if (events[i].kind == GAME_EV_RELOAD) main_note_watched(a);
    if (game_take_settings_change(a->game)) main_apply_settings(a);
    main_play_sounds(a);
    if (game_wants_save(a->game)) main_save(a, plat_now());
    const char *title = game_level_title(a->game);
    if (!a->opts.headless && strcmp(title, a->title) != 0) {
        /* The title bar says SkillQuest and the level. */
        snprintf(a->title, sizeof a->title, "%s", title);
        plat_set_title(a->plat, title[0] ? title : NULL);
    }
    main_keep_copy(a);
    main_restore_copy(a);
}

static bool main_done(const app *a)
{
    return a->replay_failed || game_wants_quit(a->game) ||
           (a->opts.frames > 0 && game_ticks(a->game) >= (uint64_t)a->opts.frames);
}

static bool main_screenshot(app *a)
{
    return !a->opts.screenshot || ren_screenshot(a->ren, a->opts.screenshot);
}

static void main_draw(app *a, float alpha)
{
    game_painter painter = {a->ren, a->font, a->font_big, a->font_mono};
    game_draw(a->game, &painter, alpha);
}

/* --level: a saved file is picked up within a quarter of a second; F5 at
 * once. Either way the reload reaches the game as an event of the next tick. */
static void main_watch(app *a, bool forced)
{
    if (!a->opts.level || a->has_replay) return;
    double now = plat_now();
    if (!forced && now - a->last_watch < MAIN_WATCH_SECONDS) return;
    a->last_watch = now;
    const char *paths[MAIN_MAX_WATCHED];
    int n = game_watched_files(a->game, paths, MAIN_MAX_WATCHED);
    bool changed = forced;
    for (int i = 0; i < n; i++) changed |= main_mtime(paths[i]) != a->watched_mtime[i];
    if (!changed) return;
    main_note_watched(a);
    main_event(a, (game_event){.kind = GAME_EV_RELOAD}, main_watched_hash(a));
}

/* A session that runs past midnight reaches the new day: reviews due
 * tomorrow come due without a restart. Read between ticks, about once a
 * minute; --today pins the day. */
static void main_follow_the_date(app *a)
{
    double now = plat_now();
    if (a->opts.today >= 0 || a->has_replay || now < a->next_date_check) return;
    a->next_date_check = now + 60.0;
    int32_t today = plat_today();
    if (today != a->today) {
        a->today = today;
        main_event(a, (game_event){.kind = GAME_EV_DAY, .day = today}, 0);
    }
}

static bool main_run_headless(app *a)
{
    while (!main_done(a)) main_tick(a);
    main_draw(a, 1.0f);
    bool ok = main_screenshot(a);
    ren_end(a->ren);
    return ok && !a->replay_failed;
}

static bool main_run_windowed(app *a, double started)
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
        if (events.capture) main_capture(a, &events);
        main_watch(a, events.reload);
        main_follow_the_date(a);
        int mx, my;
        if (events.mouse_clicked && ren_window_to_logical(a->ren, events.mouse_x, events.mouse_y, &mx, &my))
            main_event(a, (game_event){.kind = GAME_EV_CLICK, .x = mx, .y = my}, 0);
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
        plat_sleep(frame_budget - (plat_now() - frame_start));
    }
    return ok && !a->replay_failed;
}

/* --check and --test need the atlas (sprite names) and the font (text fit),
 * but no window: a headless renderer gives both. */
static int main_tools(app *a)
{
    if (!plat_tools_begin()) return 1;
    ren_context *ren = ren_create_headless();
    char png[4200], index[4200], font_path[4200];
    plat_path(png, sizeof png, a->root, "assets/gen/atlas.png");
    plat_path(index, sizeof index, a->root, "assets/gen/atlas.txt");
    plat_path(font_path, sizeof font_path, a->root, MAIN_FONT);
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
        int failed = game_test_paths(a->root, ren_get_atlas(ren), a->opts.paths, a->opts.path_count,
                                     &passed);
        status = failed ? 1 : 0;
    }
    txt_close(font);
    txt_shutdown();
    ren_destroy(ren);
    plat_tools_end();
    return status;
}

/* A replay ends where its session ended: the state must be what it was. */
static bool main_check_replay_hash(app *a)
{
    const rec_session *s = &a->replay;
    if (!a->has_replay || !s->has_hash || !s->has_end || game_ticks(a->game) != s->end) return true;
    uint64_t h = game_hash(a->game);
    if (h == s->hash) {
        log_info("replay: tick %" PRIu32 " reached with the recorded hash %016" PRIx64, s->end, h);
        return true;
    }
    fprintf(stderr,
            "skillquest: %s did not replay to the recorded state: hash %016" PRIx64
            " at tick %" PRIu32 ", recorded %016" PRIx64 "\n",
            a->opts.replay, h, s->end, s->hash);
    return false;
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
        break;
    }
    log_set_verbose(a.opts.verbose);
    if (!plat_find_data_root(a.opts.data_root, a.root, sizeof a.root))
        return a.opts.data_root ? 2 : 1;
    log_info("platform: data root %s", a.root);
    if (a.opts.action == CLI_CHECK || a.opts.action == CLI_TEST) return main_tools(&a);
    a.seed = a.opts.seed;
    a.level = a.opts.level;
    a.today = a.opts.today >= 0 ? (int32_t)a.opts.today : plat_today();
    int status = main_load_replay(&a);
    if (status < 0) status = main_check_replay_content(&a);
    if (status >= 0) {
        if (a.has_replay) rec_free(&a.replay);
        return status;
    }
    if (a.level && main_mtime(a.level) < 0) {
        fprintf(stderr, "skillquest: cannot open level %s\n", a.level);
        if (a.has_replay) rec_free(&a.replay);
        return 2;
    }
    double started = plat_now();
    bool ok = main_start(&a);
    if (ok) ok = a.opts.headless ? main_run_headless(&a) : main_run_windowed(&a, started);
    if (ok) ok = main_check_replay_hash(&a);
    if (ok && a.opts.print_hash)
        printf("hash %016" PRIx64 " world %016" PRIx64 " ticks %" PRIu64 "\n", game_hash(a.game),
               game_world_hash(a.game), game_ticks(a.game));
    main_stop(&a);
    /* Any error the data caused (a missing sprite, a broken level) fails the run. */
    return ok && log_error_count() == 0 ? 0 : 1;
}
