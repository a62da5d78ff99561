/* game: scenes and what the player sees. game_tick is the deterministic
 * simulation (input in, state out, no SDL); game_draw paints the current
 * state; sounds and music leave as requests the caller plays. Levels come
 * from Lua files through the script module. */
#ifndef SQ_GAME_H
#define SQ_GAME_H

#include "input.h"
#include "render.h"
#include "save.h"
#include "text.h"

#include <stdbool.h>
#include <stdint.h>

/* A dated copy of earlier progress in the player's data folder (New game
 * keeps one), which the title can go back to. */
typedef struct {
    char name[48];
    int32_t day;
    uint32_t xp;
    int skills, mastered, levels;
    bool readable;
} game_copy;

#define GAME_MAX_COPIES 12

typedef struct {
    uint64_t seed;
    const char *data_root;
    /* The level to play; NULL starts with the first shipped level. */
    const char *level_path;
    /* --level: a level that fails to load stays on screen with its error and
     * is retried on reload, instead of falling back to the first level. */
    bool author_mode;
    /* The player's data directory; levels in its levels/ folder (level
     * packs) are played after the shipped ones. NULL: none. */
    const char *user_dir;
    /* Progress loaded from the player's save (NULL: a new game), and what the
     * player should be told about how it was loaded ("" when nothing). */
    const sav_progress *progress;
    const char *load_message;
    ren_context *ren;       /* NULL headless-without-drawing (tests): tiles need no textures */
    const ren_atlas *atlas; /* sprite names -> ids */
    /* Today as a day count (days since 1970-01-01 in the player's time zone):
     * spaced review schedules by it. The caller reads the clock, never the
     * simulation, so runs stay deterministic. */
    int32_t today;
    /* Copies of earlier progress, newest first (none: NULL, 0). */
    const game_copy *copies;
    int copy_count;
    /* skills.lua files of packs outside both roots (--check, --test on a
     * pack's folder), merged after the ones found there (none: NULL, 0). */
    const char *const *skill_packs;
    int skill_pack_count;
    /* Read every level file at the first tick instead of here, when the game
     * opens at the title: a window shows the title before that work (main).
     * The first tick's state is the same either way. */
    bool index_at_first_tick;
} game_config;

typedef struct {
    ren_context *ren;
    txt_font *font;
    txt_font *font_big; /* titles; NULL draws them with font */
    txt_font *font_mono; /* code; NULL draws it with font */
} game_painter;

typedef struct game game;

/* Everything the player does reaches the game through the tick: the actions
 * (keys, buttons, stick) and these events, so a recorded session replays
 * exactly (src/app/record.h). */
typedef enum {
    GAME_EV_CLICK,  /* a mouse click at logical (x, y) */
    GAME_EV_BIND,   /* a key or button for the controls screen to bind */
    GAME_EV_DAY,    /* the date changed (a session past midnight) */
    GAME_EV_RELOAD, /* the level's files changed on disk (or F5): reload it */
    GAME_EV_NOTICE, /* main has something to tell the player (a save failed): text */
    GAME_EV_KEPT,   /* the old progress was kept as a copy (ok, text: its name), or
                     * could not be (text: why); the answer to game_wants_copy_kept */
    GAME_EV_LOG,    /* F3: show or hide the level's log (what its print said) */
} game_event_kind;

typedef struct {
    game_event_kind kind;
    int x, y;          /* GAME_EV_CLICK */
    int action;        /* GAME_EV_BIND: the action waiting (game_wants_binding) */
    bool pad;          /* GAME_EV_BIND: a gamepad button, else a key */
    char name[32];     /* GAME_EV_BIND: SDL's name for it ("Return", "a") */
    int32_t day;       /* GAME_EV_DAY: the day count, when minute is 0 */
    int64_t minute;    /* GAME_EV_DAY: minutes since 1970-01-01 (local), 0: noon of day */
    bool ok;           /* GAME_EV_KEPT */
    char text[256];    /* GAME_EV_NOTICE, GAME_EV_KEPT */
} game_event;

typedef struct {
    in_frame actions;
    const game_event *events;
    int event_count;
} game_input;

game *game_create(const game_config *cfg);
void game_destroy(game *g);
void game_tick(game *g, const game_input *input);
/* One tick with actions only (tests, tools). */
void game_tick_actions(game *g, const in_frame *actions);
/* Draws the state; changes nothing. */
void game_draw(const game *g, game_painter *painter, float alpha);
/* The fonts the screens lay their text out with: clicks are placed by the
 * same layout that draws, so the game measures with what main draws with.
 * Call again when the fonts change (the text size setting). */
void game_set_painter(game *g, const game_painter *painter);
/* Sound effects asked for since the last call (names of assets/gen/NAME.wav);
 * the pointers stay valid until the next game_tick. */
int game_take_sounds(game *g, const char **names, int max);
/* The music that should be playing, or NULL for silence. */
const char *game_music(const game *g);
bool game_wants_quit(const game *g);
/* A hash of the whole state (world, level, screens, rng, progress), for
 * determinism checks; never of the command line's inputs. */
uint64_t game_hash(const game *g);
/* The world alone (entities and map): what the seed changes in a level
 * that uses randomness, and nothing else does. */
uint64_t game_world_hash(const game *g);
uint64_t game_ticks(const game *g);

/* Saving happens outside the simulation: the game asks for a save at safe
 * points (a skill gained, a level won); the caller writes it (sav_store) and
 * says so. On quit the caller saves regardless. */
bool game_wants_save(const game *g);
/* New game over progress: the old progress must be kept as a copy first.
 * The caller keeps it (sav_keep_copy) and answers with GAME_EV_KEPT. */
bool game_wants_copy_kept(const game *g);
/* The copy the player chose to go back to ("" when none); the caller
 * restores it and starts a game from it, or answers with GAME_EV_NOTICE. */
const char *game_wants_restore(const game *g);
/* The restore could not be done: the game stops asking. */
void game_restore_done(game *g);
/* The player's settings; game_take_settings_change says whether the menus
 * changed them since the last call, so the caller applies them. */
const sav_settings *game_settings(const game *g);
bool game_take_settings_change(game *g);
/* Fills the progress to save (settings are the caller's to fill). */
void game_progress(game *g, sav_progress *out);
void game_saved(game *g);

/* Reloads the current level from its file, keeping the player where the new
 * map allows; on failure the old level keeps running and the error shows.
 * Players and main send GAME_EV_RELOAD through the tick instead. */
void game_reload(game *g);
/* Files whose change should trigger game_reload (the level and its map). */
int game_watched_files(const game *g, const char **paths, int max);

/* The levels a session plays in order: shipped ones (data_root/levels, but
 * not levels/template), then the user's packs; level files only, not tests
 * or maps. Returns how many it found (at most max); paths are malloc'd. */
int game_find_levels(const char *data_root, const char *user_dir, char **paths, int max);
/* The skills.lua files of level packs (levels/skills.lua and
 * levels/QUEST/skills.lua under both roots), in that order; returns how many
 * were written (malloc'd paths). */
int game_find_skill_packs(const char *data_root, const char *user_dir, char **paths, int max);
/* True for the file names a quest folder reserves: its bank of review items
 * (bank.lua) and a pack's skills (skills.lua) are not levels. */
bool game_reserved_name(const char *name);

/* --- queries for tests and the level test runner ------------------------- */
bool game_player_position(const game *g, float *x, float *y);
bool game_dialogue_open(const game *g);
/* Text of the open dialogue page or quiz question, or NULL. */
const char *game_dialogue_text(const game *g);
bool game_quiz_open(const game *g);
/* A skill taught and held at once, as if earned before (level tests start
 * from a level's prerequisites); false when the catalogue has no such skill. */
bool game_hold_skill(game *g, const char *skill);
/* Held: taught, and one of its exercises answered right. */
bool game_has_skill(const game *g, const char *skill);
/* Taught but not yet held. */
bool game_skill_learning(const game *g, const char *skill);
int game_xp(const game *g);
/* Skills held, and skills being learned (taught, not yet held). */
int game_skill_count(const game *g);
int game_learning_count(const game *g);
bool game_goals_met(const game *g);
/* The name of the screen on top (a menu's kind for menus: "title", "pause",
 * "settings"), NULL when the level is in plain play. */
const char *game_top_screen(const game *g);
/* The ids of a quest's level files in play order (shipped, then packs). */
int game_quest_levels(const game *g, const char *quest, const char **ids, int max);
/* 1 won, -1 failed, 0 still playing. */
int game_level_result(const game *g);
/* The last error a level caused (load or callback), or NULL. */
const char *game_last_error(const game *g);
const char *game_level_id(const game *g);
/* The title of the level in play ("" on the title screen). */
const char *game_level_title(const game *g);
/* The player's rank title (scripts/ranks.lua). */
const char *game_rank(const game *g);
/* Finds an entity by name, else by behaviour type; its centre in pixels. */
bool game_find(const game *g, const char *name_or_type, float *x, float *y);
/* The same search, giving the entity's id (0 when none). */
int game_find_id(const game *g, const char *name_or_type);
/* The label an entity shows (by name, else behaviour type), NULL when none. */
const char *game_entity_label(const game *g, const char *name_or_type);
/* The entity confirm would use now (0 = none). */
int game_interact_target(game *g);
/* The game's path-finding helper: the direction (IN_BIT mask) the player
 * should hold this tick to walk toward pixel (x, y); 0 when there or when
 * no path exists (see *reachable). */
uint32_t game_path_step(const game *g, float x, float y, bool *reachable);

/* Spaced review. Time moves only when the caller says so (the clock is read
 * outside the simulation; tests jump days and hours). game_set_today moves
 * to noon of that day (no change on the same day); game_set_minute to a
 * minute since 1970-01-01, local time. */
void game_set_today(game *g, int32_t today);
void game_set_minute(game *g, int64_t minute);
int32_t game_today(const game *g);
int64_t game_minute(const game *g);
/* Held, and right on two different exercises on due reviews 20 hours apart. */
bool game_skill_mastered(const game *g, const char *skill);
int game_mastered_count(const game *g);
/* Questions due for review that could be asked in this level. */
int game_reviews_due(game *g);
/* The open quiz's right answer (1-based), 0 when no quiz is open. */
int game_quiz_answer(const game *g);
/* The open quiz's choice under the cursor (1-based), 0 when none; after an
 * answer, whether it was right (-1 when no answer is shown). */
int game_quiz_cursor(const game *g);
int game_quiz_verdict(const game *g);

/* --- the controls screen: key and button remapping ---------------------- */
/* The simulation only sees actions, so the key to bind comes from the caller:
 * the action waiting for one (an in_action), or -1 when none is. */
int game_wants_binding(const game *g);
/* The caller answers with GAME_EV_BIND in the next tick: the key's SDL
 * scancode name ("Return") or the gamepad button's game-controller name
 * ("a"). The key then belongs to this action alone (taken from any other
 * action, which is told and never left without a key), the settings hold it
 * and game_take_settings_change says so. Escape cancels. */
/* What the last binding did, in words for the player ("" when nothing). */
const char *game_controls_note(const game *g);
/* Replaces the bindings in the settings with the caller's (keys and pad
 * only): the ones it could use, under its own names for them. */
void game_set_bindings(game *g, const sav_settings *from);

#endif
