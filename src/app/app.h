/* app: the program around the game (private to src/app): the state main
 * keeps between ticks, and the files that share it: app_media.c (fonts,
 * settings, bindings, sounds), app_progress.c (the save and its copies),
 * app_replay.c (recorded sessions, replays, the files --level watches),
 * main.c (start, the loop, the tools). */
#ifndef SQ_APP_H
#define SQ_APP_H

#include "audio.h"
#include "cli.h"
#include "game.h"
#include "input.h"
#include "platform.h"
#include "record.h"
#include "render.h"
#include "save.h"
#include "text.h"

#include <stdbool.h>
#include <stdint.h>

#define APP_FONT "assets/fonts/DotGothic16-Regular.ttf"
/* Code is set in DejaVu Sans Mono: Debian's fonts-dejavu-core, unless a
 * package put a copy in the data root. */
extern const char *const APP_MONO_FONTS[2];
#define APP_WATCH_SECONDS 0.25 /* how often --level looks for a saved file */
#define APP_MAX_WATCHED 16     /* the level, its map, the map's tilesets and images */
#define APP_SAVE_TEXT_MAX (256u << 10)


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
    int64_t minute; /* the clock's, as last told to the game */
    /* hot reload */
    double last_watch;
    long long watched_mtime[APP_MAX_WATCHED];
    char title[64]; /* the level the window's title names */
} app;

/* An event for the game's next tick (and the recording); hash: a reload's files. */
void app_event(app *a, game_event e, uint64_t hash);

char *app_read_file(const char *path, long max_size);

/* Reads --replay. A recorded session must match this game: its version and
 * the content it was recorded against. Returns an exit status, or -1 to go on. */
int app_load_replay(app *a);

/* After the data root is known: the content a session was recorded against
 * must be this content, or it would not replay. */
int app_check_replay_content(app *a);

bool app_start_recording(app *a, const sav_progress *progress);

/* A replay ends where its session ended: the state must be what it was. */
bool app_check_replay_hash(app *a);

long long app_mtime(const char *path);

void app_note_watched(app *a);

/* The hash a reload event carries: the level's files as they are now. */
uint64_t app_watched_hash(app *a);

/* --level: a saved file is picked up within a quarter of a second; F5 at
 * once. Either way the reload reaches the game as an event of the next tick. */
void app_watch(app *a, bool forced);

/* DotGothic16 is drawn on a 16 px grid: 14 and 20 px keep its strokes even
 * enough to read on the 640x360 canvas, where 12 px breaks them apart. */
int app_text_px(sav_text_size size);

/* Code needs 56 columns beside its line numbers at every text size. */
int app_mono_px(sav_text_size size);

void app_find_mono(app *a);

bool app_same_bindings(const sav_settings *a, const sav_settings *b);

/* The player's key names become the codes input counts. What the platform
 * could not use goes from the settings too, so the controls screen and the
 * save show the keys that work, in SDL's spelling. */
void app_apply_bindings(app *a, const sav_settings *st);

void app_give_painter(app *a);

/* The menus change settings inside the game; the platform and audio apply them. */
void app_apply_settings(app *a);

/* The controls screen waits for a key: the first press this poll is its
 * answer, by name, and goes to the game in the next tick. */
void app_capture(app *a, const plat_events *e);

void app_play_sounds(app *a);

/* The dated copies of earlier progress, for the title's list. */
void app_list_copies(app *a);

/* The progress this run starts from: the player's save, or (replaying a
 * recorded session) the save the session started from. */
const sav_progress *app_load_progress(app *a, sav_report *report);

/* Writes the player's progress and settings; the game never waits on it
 * inside a tick. A --level session is a sandbox and keeps no save. A save
 * that fails waits out a back-off, and the player is told once, in the
 * game, what happened and what they can do. */
void app_save(app *a, double now);

/* New game over progress: the old progress is kept as a copy first, and
 * the game is told how that went. */
void app_keep_copy(app *a);

/* Going back to a copy: restored on disk, then the game starts over from
 * it on the title. A recording ends here (its replay cannot have the copy). */
void app_restore_copy(app *a);

#endif
