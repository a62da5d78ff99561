/* script: the Lua 5.4 runtime, and the only module that talks to Lua.
 *
 * Every level runs in its own sandboxed state: a trimmed standard library
 * (no io, os, debug, package, dofile, loadfile or binary chunks), a memory
 * cap enforced by the allocator, and a budget counted in Lua instructions
 * (deterministic: the same level costs the same on every machine): one for
 * loading (the file, its map, spawning its objects, on_start) and one per
 * tick shared by everything the level runs in that tick (callbacks,
 * behaviours, timers). C work a level can ask for (pattern matching,
 * string.rep, the table functions, allocation) is priced in instructions
 * too. Past its budget a level is stopped: its error is reported with its
 * file and line and nothing of it runs again, while the game goes on. The
 * wall clock is only a kill switch far above the budget. The host reads
 * level data raw, so metamethods a level sets cannot run host code into a
 * loop. math.random draws from the game's seed and the level's id.
 *
 * The game talks to a level through scr_host (what levels may ask of the
 * game) and the scr_level_* calls (events the game reports to the level). */
#ifndef SQ_SCRIPT_H
#define SQ_SCRIPT_H

#include "level.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    size_t memory_bytes;        /* per level state */
    uint64_t load_instructions; /* loading, the map, spawning the objects and on_start */
    uint64_t tick_instructions; /* everything the level runs in one tick */
    double kill_seconds;        /* wall clock, per load and per tick: a kill switch only */
} scr_limits;

#define SCR_DEFAULT_MEMORY (64u << 20)
#define SCR_DEFAULT_LOAD_INSTRUCTIONS 20000000u
#define SCR_DEFAULT_TICK_INSTRUCTIONS 2000000u
#define SCR_DEFAULT_KILL_SECONDS 2.0
#define SCR_MAX_MESSAGE 400 /* error messages are cut to this many bytes */
/* Entities a level may have spawned at once. */
#define SCR_MAX_ENTITIES 65536
/* Timers (sq.after) waiting at once. */
#define SCR_MAX_TIMERS 65536
/* The longest text the API takes, in bytes: a page (sq.say, a dialogue
 * line, a hint), a speaker's name, a label, a reason to fail, and names
 * (sprites, sounds, skills, quizzes, goals, quests). */
#define SCR_MAX_PAGE 500
#define SCR_MAX_SPEAKER 63
#define SCR_MAX_LABEL 80
#define SCR_MAX_REASON 199
#define SCR_MAX_NAME 63

scr_limits scr_default_limits(void);

/* An entity as a level sees it. */
typedef struct {
    bool exists;
    double x, y;        /* tile units, fractional, top-left of the collider */
    double w, h;        /* pixels */
    const char *type;   /* behaviour name */
    const char *name;
} scr_entity_info;

typedef struct {
    const char *type;      /* behaviour name, for messages and queries */
    const char *name;
    double x, y;           /* pixels */
    int w, h;              /* collider, pixels */
    const char *sprite;    /* first animation frame's base name (e.g. "bug" for bug_0..) */
    int frames, rate;
    int sprite_dx, sprite_dy;
    bool solid, sensor, moves, bounce, hidden;
} scr_spawn_desc;

/* A readout panel a level keeps on screen (sq.panel): a title and lines,
 * each words and, when bar is set, a bar from 0 to 1 with an optional marker
 * (a budget, a target) and a state the colours and words show. */
#define SCR_PANEL_LINES 8
typedef enum { SCR_TONE_PLAIN, SCR_TONE_GOOD, SCR_TONE_WARN, SCR_TONE_BAD } scr_tone;
typedef struct {
    const char *text;
    bool bar;
    double value;  /* 0..1 */
    double marker; /* 0..1, or < 0 for none */
    scr_tone tone;
} scr_panel_line;
typedef struct {
    const char *title;
    scr_panel_line lines[SCR_PANEL_LINES];
    int count;
} scr_panel;

/* What a level may ask of the game. Every pointer must be set. */
typedef struct {
    void *user;
    int (*spawn)(void *user, const scr_spawn_desc *desc);
    void (*remove)(void *user, int id);
    scr_entity_info (*entity)(void *user, int id);
    int (*player)(void *user);
    void (*move)(void *user, int id, double x_px, double y_px);
    void (*set_velocity)(void *user, int id, double vx_px_per_s, double vy_px_per_s);
    void (*set_sprite)(void *user, int id, const char *sprite, int frames, int rate);
    void (*set_solid)(void *user, int id, bool solid);
    void (*say)(void *user, const char *speaker, const char *const *pages, int count);
    /* Asks exercises one after another (the level's own, or its quest's
     * bank's): false when an id names none. With count 0 it asks nothing and
     * says whether ids[0] names an exercise. */
    /* Asks exercises one after another under a title ("Terminal", a person's
     * name); count 0 only says whether ids[0] exists. */
    bool (*ask)(void *user, const char *const *ids, int count, const char *title);
    /* name and card come from the catalogue, for the card the player sees. */
    /* Teaches a skill; false (and why, for the player) when its prerequisites
     * are not held yet. */
    bool (*grant)(void *user, const char *skill, const char *name, const char *card, char *why,
                  size_t why_size);
    void (*add_xp)(void *user, int xp);
    bool (*has_skill)(void *user, const char *skill);
    void (*goal_done)(void *user, const char *target);
    bool (*goals_met)(void *user);
    void (*hurt)(void *user);
    void (*play_sound)(void *user, const char *name);
    void (*play_music)(void *user, const char *name);
    bool (*reveal_hint)(void *user);
    void (*complete)(void *user);
    void (*fail)(void *user, const char *reason);
    /* Text shown with an entity when the player can use it (a portal's quest),
     * or always, above it, when always is set (a port number, a URL). */
    void (*set_label)(void *user, int id, const char *text, bool always);
    /* How many levels a quest has and how many the player has won. */
    void (*quest_status)(void *user, const char *quest, int *levels, int *won);
    /* Leaves this level for the quest's first level not yet won, after the
     * current tick; false when the quest has no levels. */
    bool (*enter_quest)(void *user, const char *quest);
    /* A level's error, one line starting "FILE:LINE: " (or "FILE: " where no
     * line is known): shown to the player. The callback that failed is
     * switched off; a level over its budget is stopped (scr_level_stopped). */
    void (*report)(void *user, const char *message);
    /* Spaced review: how many questions from other levels are due, and
     * asking up to max of them (returns how many it asks). */
    int (*reviews_due)(void *user);
    int (*review)(void *user, int max);
    /* Carrying and placing: the player carries one thing at a time. */
    bool (*carry)(void *user, int id);
    int (*carried)(void *user);
    int (*drop)(void *user);
    /* What sits on a slot (0: nothing), and putting it there directly. */
    int (*on_slot)(void *user, int slot);
    bool (*place)(void *user, int token, int slot);
    void (*panel)(void *user, const scr_panel *panel); /* NULL hides it */
    /* State kept across a quest's levels, in the player's save. */
    bool (*keep)(void *user, const char *key, const char *value);
    const char *(*kept)(void *user, const char *key);
    /* A line the level printed (print(...)), for the author's log on screen. */
    void (*print)(void *user, const char *line);
    /* The player's rank: its number (0 = the first) and title, and what the
     * next rank needs, in words, into next. */
    int (*rank)(void *user, const char **title, char *next, size_t next_size);
} scr_host;

typedef struct {
    const char *data_root; /* where scripts/ lives */
    scr_limits limits;
    const scr_host *host;  /* NULL when only checking */
    /* The game's seed: math.random and sq.random draw from a stream derived
     * from it and the level's id (draws made while the file itself runs,
     * before its id is known, from it and the file's name). */
    uint64_t seed;
    /* Level packs' skills.lua files, merged into the catalogue after the
     * shipped files of scripts/skills/ (none: NULL, 0). */
    const char *const *skill_packs;
    int skill_pack_count;
} scr_env;

typedef struct scr_level scr_level;

/* Loads a level file (or a bare Tiled map) into a new sandbox and fills def.
 * On failure returns NULL and writes "FILE:LINE: message" to err. */
scr_level *scr_level_load(const char *path, const scr_env *env, lvl_def *def, char *err,
                          size_t err_size);
void scr_level_destroy(scr_level *level);

/* Spawns the level's objects through the host and runs on_start, on the
 * load budget. */
void scr_level_start(scr_level *level);
/* A new tick: a fresh tick budget. Call it once at the start of every tick
 * of the game, before the tick's other scr_level_* events; everything the
 * level runs until the next call shares that one budget. */
void scr_level_tick_begin(scr_level *level);
/* Runs the timers due, then on_update, then every entity's on_update (in
 * the order they were spawned). */
void scr_level_update(scr_level *level, double dt);
/* `entity` touched `other` this tick (reported for both orders). */
void scr_level_touch(scr_level *level, int entity, int other);
void scr_level_interact(scr_level *level, int entity);
void scr_level_collect(scr_level *level, const char *skill);
void scr_level_answer(scr_level *level, const char *quiz_id, bool correct);
/* True when the entity's behaviour takes tokens: it has on_place, or slot = true. */
bool scr_level_is_slot(scr_level *level, int id);
/* The player, carrying token, used slot: its behaviour's on_place(self,
 * token) and the level's on_place(slot, token) decide. False (and why, for
 * the player) when either says no or neither takes it. */
bool scr_level_place(scr_level *level, int slot, int token, char *why, size_t why_size);
/* The player took token back off slot: on_take(self, token) and the level's
 * on_take(slot, token) hear of it. */
void scr_level_take(scr_level *level, int slot, int token);
/* Entity ids are dropped from the level's tables when the game removes one. */
void scr_level_forget(scr_level *level, int entity);
/* Bytes the level's state holds now. */
size_t scr_level_memory(const scr_level *level);
/* True once the level went over its budget: it was reported, and none of
 * its Lua runs any more (the scr_level_* events do nothing). */
bool scr_level_stopped(const scr_level *level);
/* The position of the level's random stream (math.random, sq.random), for
 * the world's hash: it changes with every draw. */
uint64_t scr_level_random_state(const scr_level *level);

/* --- checking: `skillquest --check` ------------------------------------- */
typedef struct {
    void (*report)(void *user, const char *file, int line, const char *message);
    void *user;
    /* Looks names up for the reference checks; any may be NULL. */
    bool (*sprite_known)(void *user, const char *sprite);
    bool (*sound_known)(void *user, const char *sound);
    int (*text_width)(void *user, const char *text, int len);
    /* {confirm}, {move} ... as the game shows them; NULL: as written. */
    void (*expand_keys)(void *user, const char *text, char *out, size_t size);
    /* Level packs' skills.lua files (see scr_env). */
    const char *const *skill_packs;
    int skill_pack_count;
} scr_check_env;

/* Loads and validates one file; returns the number of problems reported.
 * report gets line > 0 for FILE:LINE, 0 when no line applies, and -1 when
 * the message already starts with "FILE:LINE:" (Lua's own errors). */
int scr_check_file(const char *path, const char *data_root, const scr_check_env *env);
/* The same, handing notes to `note`: what a Tiled map holds that the game leaves out
 * (an object with no class), worth a mention but never a problem; line 0 when none
 * applies. scr_check_file prints them to stderr as "FILE:LINE: note: message". */
int scr_check_file_noting(const char *path, const char *data_root, const scr_check_env *env,
                          void (*note)(void *user, const char *file, int line, const char *message),
                          void *note_user);

/* The same, printing notes to stderr, and handing the level's definition to
 * *out when the file could be read (zeroed when not; free it with lvl_free):
 * the checks across files (a quest's exercises, its order) use it. */
int scr_check_file_keeping(const char *path, const char *data_root, const scr_check_env *env,
                           lvl_def *out);

/* --- the catalogue: skills, fields and ranks, read once --------------------- */
typedef struct scr_catalogue scr_catalogue;

typedef struct {
    int index;          /* 0 = the first rank */
    const char *title;
    const char *card;   /* what the rank means */
    /* what the next rank still needs (0 when met, or at the top) */
    int need_developer, need_engineer, need_mastered, need_quests;
    const char *need_passed; /* in words: a level the next rank needs won (its passed_text), or NULL */
    const char *next_title;  /* NULL at the top */
} scr_rank;

/* What a rank is worked out from (scripts/ranks.lua says what each needs). */
typedef struct {
    char (*held)[32];    /* skill ids held */
    int held_count;
    int mastered;        /* skills mastered */
    int quests_complete; /* quests whose every level is won */
    bool (*won)(void *user, const char *level_id); /* a level won; NULL: none */
    void *user;
} scr_rank_facts;

/* Loads the skill catalogue (every file of scripts/skills/, then the packs'
 * skills.lua files) and scripts/ranks.lua into a sandbox of its own. */
scr_catalogue *scr_catalogue_load(const char *data_root, const char *const *skill_packs,
                                  int skill_pack_count, char *err, size_t err_size);
void scr_catalogue_free(scr_catalogue *cat);
#define SCR_SKILL_REQUIRES 6

typedef struct {
    char id[32], name[32], field[24];
    bool engineer;                        /* the engineer side, else the developer side */
    char card[320];
    char requires[SCR_SKILL_REQUIRES][32]; /* all needed first */
    int require_count;
} scr_skill_info;

/* Every skill of the catalogue, ordered by field then side then id; returns
 * how many were written (at most max). */
int scr_catalogue_skills(scr_catalogue *cat, scr_skill_info *out, int max);
/* One skill by id; false when the catalogue has none by that name. */
bool scr_catalogue_find(scr_catalogue *cat, const char *id, scr_skill_info *out);
/* A field's name (scripts/fields.lua) by its id; false when there is none. */
bool scr_field_name(scr_catalogue *cat, const char *field, char *out, size_t size);

/* The highest rank whose every need the facts meet, and what the next needs. */
scr_rank scr_catalogue_rank(scr_catalogue *cat, const scr_rank_facts *facts);
/* A rank's title by its number, or NULL. */
const char *scr_catalogue_rank_title(scr_catalogue *cat, int index);

/* --- level tests: `skillquest --test` --------------------------------------
 * A test file (NAME.test.lua) calls test("what it checks", function(t) ... end)
 * for each case; t drives a headless game through this driver. */
typedef struct {
    void *user;
    /* Starts the level at path (already resolved) in a fresh game. */
    bool (*load)(void *user, const char *path, char *err, size_t err_size);
    /* Starts the whole game as a player does: title, New game, the hub. */
    bool (*new_game)(void *user, char *err, size_t err_size);
    /* Writes the progress to a scratch save directory and reads it back:
     * xp, skills held and rank index as the file holds them; false on error. */
    bool (*save_round_trip)(void *user, int *xp, int *skills, int *rank, int *mastered,
                            char *err, size_t err_size);
    /* Runs ticks with `held` actions down; `pressed` go down on the first tick. */
    void (*run)(void *user, unsigned held, unsigned pressed, int ticks);
    /* Walks the player to an entity (by name, else behaviour type) with the
     * game's path-finding; false with a reason when it cannot get there. */
    bool (*walk_to)(void *user, const char *target, char *err, size_t err_size);
    /* Chooses answer `choice` (1-based) in the open quiz and closes the
     * feedback: 1 right, 0 wrong, -1 with a reason when no quiz is open. */
    int (*answer)(void *user, int choice, char *err, size_t err_size);
    bool (*has_skill)(void *user, const char *skill); /* held */
    bool (*learning)(void *user, const char *skill);  /* taught, not yet held */
    int (*xp)(void *user);
    bool (*goals_met)(void *user);
    int (*result)(void *user); /* 1 won, -1 failed, 0 playing */
    bool (*dialogue_open)(void *user);
    const char *(*dialogue_text)(void *user);
    bool (*quiz_open)(void *user);
    bool (*player)(void *user, double *x, double *y); /* tiles */
    const char *(*last_error)(void *user);
    const char *(*level_id)(void *user); /* the level now playing, or NULL */
    const char *(*rank)(void *user);     /* the player's rank title */
    int (*action)(const char *name); /* action bit index, or -1 */
    /* spaced review: the day count, which tests move by hand */
    void (*set_day)(void *user, int day);
    int (*day)(void *user);
    void (*add_minutes)(void *user, int minutes);
    /* The name of the screen on top ("summary", "quest complete", "exercise",
     * "dialogue", "pause"...), NULL in plain play. */
    const char *(*screen)(void *user);
    /* The label an entity shows (by name, else behaviour type), NULL when none. */
    const char *(*label)(void *user, const char *target);
    /* The short line on screen now (a bite, a refusal), NULL when none; and
     * the hint the hint key would show now (written into out; false: none). */
    const char *(*toast)(void *user);
    bool (*hint)(void *user, char *out, size_t size);
    /* Gives the player a skill, taught and held, as if earned before this
     * level (a level's test starting from its prerequisites); false when the
     * catalogue has no such skill. */
    bool (*grant)(void *user, const char *skill);
    /* Where an entity is (by name, else behaviour type): its centre in tiles. */
    bool (*where)(void *user, const char *target, double *x, double *y);
    /* The ids of a quest's levels in play order (shipped, then packs); how many. */
    int (*quest_levels)(void *user, const char *quest, const char **ids, int max);
    bool (*mastered)(void *user, const char *skill);
    int (*reviews_due)(void *user);
    int (*quiz_answer)(void *user); /* the open quiz's right choice, 0 when none */
    /* Answers the open exercise of any kind, right or (on purpose) wrong, by
     * pressing what a player would, then closes the feedback: 1 right, 0
     * wrong, -1 with a reason when none is open. */
    int (*solve)(void *user, bool right, char *err, size_t err_size);
    /* The open exercise's kind ("choice", "order", ...) and id, or NULL. */
    const char *(*exercise_kind)(void *user);
    const char *(*exercise_id)(void *user);
    /* A career (t.career, t.play): while on, loading a level keeps the
     * player's progress and the day, as a player going from level to level
     * would, instead of starting a fresh game. */
    void (*set_career)(void *user, bool on);
} scr_test_driver;

typedef struct {
    int passed, failed;
} scr_test_totals;

/* Runs every case of one test file, printing "PASS file: name" or
 * "FAIL file:line: name: message" per case to out; adds to totals. */
void scr_test_file(const char *path, const char *data_root, const scr_test_driver *driver,
                   scr_test_totals *totals, void (*print)(void *user, const char *line),
                   void *print_user);

#endif
