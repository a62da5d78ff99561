/* game_internal: the game's private parts, shared by the game module only.
 *
 * A game is the simulation and the screens over it:
 *   - what the simulation owns: the level in play (game_level), the player's
 *     progress (game_progress), the session (which levels exist, the rng,
 *     the sounds asked for, the tick count);
 *   - what the screens own (game_ui): a stack of screens (title, menus,
 *     dialogue, exercises, the codex, summaries, confirmations) that share
 *     one small interface, game_screen_ops.
 * game_tick runs the top screen, or the level when no screen pauses it;
 * game_draw draws the level and every screen on it, bottom first, and
 * changes nothing (it takes the game as const). */
#ifndef SQ_GAME_INTERNAL_H
#define SQ_GAME_INTERNAL_H

#include "game.h"
#include "level.h"
#include "rng.h"
#include "script.h"
#include "world.h"

#define GAME_MAX_SOUNDS 32
#define GAME_MAX_ENTITIES 65536    /* per level; the world allows more */
#define GAME_MAX_SKILLS 256
#define GAME_MAX_PAGES 16
#define GAME_PAGE_BYTES 512
#define GAME_MAX_BOXES 32
#define GAME_MAX_GOALS 32
#define GAME_MAX_REVIEW 8          /* questions in one review */
#define GAME_MAX_REVIEW_POOL 1024  /* quiz questions tagged with a skill, all levels */
#define GAME_MAX_LEVELS 256
#define GAME_MAX_SCREENS 48     /* menus, and what a level says or asks, queued */
#define GAME_MAX_EVENTS 16         /* player events taken in one tick */
#define GAME_PATH_MAX 4200
#define GAME_HURT_TICKS 90
#define GAME_TICK_SECONDS (1.0 / 60.0)

enum { FACE_DOWN, FACE_UP, FACE_LEFT, FACE_RIGHT };
/* World kinds: how an entity is drawn (characters cast a shadow). */
enum { GAME_KIND_THING = 1, GAME_KIND_CHARACTER, GAME_KIND_PLAYER };

typedef struct {
    bool used;
    wld_handle handle;
    char type[LVL_MAX_NAME + 1];
    char name[LVL_MAX_NAME + 1];
    char label[81];
    bool label_always; /* shown above it all the time, not only when near */
    bool unpictured;   /* spawned with no picture (hidden until sq.set_sprite gives one) */
    bool is_player;
    int on_slot; /* a token: the slot it sits on (0: none) */
    int holding; /* a slot: the token on it (0: none) */
    uint16_t flags_before; /* a token's world flags before it was picked up */
} game_entity;

/* The readout panel a level keeps on screen (sq.panel). */
typedef struct {
    char text[96];
    bool bar;
    float value, marker;
    int tone;
} game_panel_line;

typedef struct {
    bool shown;
    char title[64];
    game_panel_line lines[SCR_PANEL_LINES];
    int count;
} game_panel;

/* What the game knows of each level file without starting it. */
typedef struct {
    char id[LVL_MAX_NAME + 1];
    char quest[LVL_MAX_NAME + 1];
    bool readable;
} game_level_info;

/* One dialogue box: a speaker and pages, shown one page at a time. */
typedef struct {
    char speaker[64];
    char *pages[GAME_MAX_PAGES]; /* owned, expanded ({confirm} -> the player's key) */
    int page_count;
} game_box;

/* --- the simulation: a level in play ---------------------------------------- */
/* The renderer's sprites for the level's map (game_map.c), made when the level binds
 * its tiles: the map itself stays in def.map. */
typedef struct {
    uint16_t *base;   /* per tileset: its sheet's first sprite (0: none) */
    uint16_t **names; /* per tileset drawn from the atlas: the sprite of each tile */
    uint16_t *images; /* per picture: an image layer's sprite (0: a tile, or not loaded) */
    int *image_w, *image_h; /* per picture: the image's drawn size */
    int tilesets, pictures;
    int reach; /* cells a tile of this map may stray from its own: the view's margin */
} game_map_art;

typedef struct {
    lvl_def def;
    scr_level *script;
    bool loaded;
    char path[GAME_PATH_MAX];
    world *world;
    game_map_art art;
    game_entity *entities; /* grows as the level spawns, up to GAME_MAX_ENTITIES */
    int entity_cap;
    int free_hint; /* no free slot below this one */
    int player_id;
    int32_t start_x, start_y;
    uint16_t player_sprites[4];
    int facing;
    bool moving, bumping;
    int step_timer;
    int hurt_timer;
    bool goal_done[GAME_MAX_GOALS];
    int hints_shown;
    int result; /* 1 won, -1 failed, 2 won and acknowledged */
    char fail_reason[200];
    int xp_at_start, skills_at_start;
    /* quizzes answered in this level (the summary counts them) */
    int quiz_right, quiz_asked;
    /* The goal list: one line with the goal in hand, or open with its hint. */
    bool goals_open;
    /* Where a bite sends the player back to: near the last door, gate or
     * person passed. */
    int32_t checkpoint_x, checkpoint_y;
    char checkpoint_name[LVL_MAX_NAME + 8]; /* "the " and the name */
    int knock_ticks;   /* a bite's knock-back, then the return */
    int carried;       /* the entity the player carries (0: none) */
    game_panel panel;
    char toast[200];   /* a line that says what just happened, for a while */
    int toast_ticks;
    char error[1024];  /* a level error to show */
    int error_ticks;   /* how long the error banner stays */
    bool error_screen; /* the level did not load: full-screen error */
} game_level;

/* A quiz question from some level, kept for spaced review. */
typedef struct {
    lvl_quiz quiz; /* owned copies of the strings */
    char level_id[LVL_MAX_NAME + 1];
    char level_title[64];
} game_review_question;

/* An exercise missed in this session: it comes back once the player has
 * answered at least two others (and, by the schedule, the next day). */
typedef struct {
    char item[LVL_MAX_NAME + 1];
    char skill[32];
    int after; /* ready when the session's answer count reaches this */
} game_missed;

#define GAME_MAX_MISSED 32
#define GAME_MISSED_GAP 2 /* other exercises answered before a missed one comes back */

/* --- the simulation: the player's progress -------------------------------- */
typedef struct {
    char skills[GAME_MAX_SKILLS][32]; /* taught, in the order they came (held: game_has_skill) */
    int skill_count;
    int xp;
    char completed[GAME_MAX_LEVELS][LVL_MAX_NAME + 1]; /* level ids won */
    int completed_count;
    /* The progress as it will be saved: what the save held (so nothing in it
     * is dropped), with the review schedule of every skill kept up to date. */
    sav_progress saved;
    int32_t today; /* the day count spaced review schedules by */
    int64_t minute; /* minutes since 1970-01-01, local: today * 1440 + the time of day */
    int answers;    /* exercises answered this session */
    game_missed missed[GAME_MAX_MISSED]; /* this session's misses, oldest first */
    int missed_count;
    char quest_done[32]; /* a quest just completed, shown back on the campus ("" none) */
    scr_rank rank;
    int rank_flash; /* ticks left of the rank-up celebration */
    bool save_wanted;
    bool copy_wanted;        /* New game waits for the old progress to be kept */
    char restore_wanted[48]; /* the copy the player chose to go back to */
    game_copy copies[GAME_MAX_COPIES];
    int copy_count;
} game_career;

#define GAME_MAX_SKILL_PACKS 32
#define GAME_MAX_QUEST_BANKS 64

/* The shipped levels and the player's packs, read once. */
typedef struct {
    char *paths[GAME_MAX_LEVELS];
    game_level_info info[GAME_MAX_LEVELS];
    int count;
    bool indexed;
    game_review_question *pool; /* every tagged question, for review */
    int pool_count;
    /* The packs' skills.lua files, merged into the catalogue. */
    char *skill_packs[GAME_MAX_SKILL_PACKS];
    int skill_pack_count;
} game_index;

/* --- the screens ----------------------------------------------------------- */
typedef struct game_screen game_screen;

/* What every screen is. Only tick may change the game; draw reads it. */
typedef struct {
    const char *name;
    bool pauses_level; /* the level waits under it */
    /* Asked for by the level (dialogue, a quiz): shown in the order asked,
     * after any such screen already open, so each goes in below them. */
    bool queued;
    bool opaque;       /* it covers the whole picture: nothing below is drawn */
    void (*tick)(game *g, game_screen *s, const in_frame *in);
    void (*draw)(const game *g, const game_screen *s, game_painter *p);
    /* A click at logical (x, y); returns the actions it stands for this tick
     * (a click on a choice: the cursor moves there, then IN_CONFIRM). NULL: none. */
    uint32_t (*click)(game *g, game_screen *s, int x, int y);
    /* A key or button for the controls screen to bind (NULL: not wanted). */
    void (*bind)(game *g, game_screen *s, int action, const char *name, bool pad);
    void (*close)(game *g, game_screen *s); /* frees state; may be NULL */
} game_screen_ops;

struct game_screen {
    const game_screen_ops *ops;
    int kind;    /* a screen's own variant (which menu) */
    int cursor;
    void *state; /* owned by the screen */
    bool closing; /* removed after this tick */
    bool covers;  /* this one covers the picture (settings over the title) */
};

#define GAME_LOG_LINES 8
#define GAME_LOG_BYTES 160

typedef struct game_codex game_codex;
typedef struct game_quiz game_quiz;

typedef struct {
    game_screen stack[GAME_MAX_SCREENS];
    int depth;
    /* Fonts to measure layouts with (clicks are placed by the same layout
     * that draws); NULL before main gives them, e.g. in unit tests. */
    game_painter measure;
    bool have_measure;
    game_codex *codex; /* the skill graph, laid out the first time it opens */
    char controls_note[200]; /* what the last binding did, for the player */
    /* What the level's print said, newest last (an author's log, F3). */
    char log[GAME_LOG_LINES][GAME_LOG_BYTES];
    int log_count;  /* lines kept, up to GAME_LOG_LINES */
    int log_unread; /* printed while the overlay was closed */
    bool log_open;
} game_ui;

struct game {
    game_config cfg;
    char data_root[4096];
    char user_dir[4096];
    game_index index;
    char pending_level[GAME_PATH_MAX]; /* switch to this after the tick (a portal was used) */
    rng_state rng;
    game_level level;
    game_career progress;
    scr_host host;
    sav_settings settings;
    bool settings_changed;
    scr_catalogue *catalogue; /* skills and the rank rule; NULL if it failed to load */
    game_ui ui;
    char sounds[GAME_MAX_SOUNDS][32];
    int sound_count;
    char music[32];
    uint64_t ticks;
    bool quit;
};

void game_sound(game *g, const char *name);
uint16_t game_sprite(const game *g, const char *name);
/* NAME_0 when it exists (animations), else NAME. */
uint16_t game_anim(const game *g, const char *name);

/* game_screen.c: the stack. */
game_screen *game_screen_push(game *g, const game_screen_ops *ops, int kind, void *state);
/* Pushes a queued screen under the queued ones on top (first asked, first shown). */
game_screen *game_screen_enqueue(game *g, const game_screen_ops *ops, int kind, void *state);
/* Marks a screen to leave after this tick (its close runs then). */
void game_screen_close(game *g, game_screen *s);
void game_screen_close_all(game *g);
game_screen *game_screen_top(game *g);
const game_screen *game_screen_top_const(const game *g);
/* The topmost screen of these ops, or NULL. */
game_screen *game_screen_find(game *g, const game_screen_ops *ops);
const game_screen *game_screen_find_const(const game *g, const game_screen_ops *ops);
/* The open screen whose state is `state`, or NULL. A screen pointer does not
 * survive a level callback: a dialogue it queues moves the screens above it. */
game_screen *game_screen_holding(game *g, const void *state);
bool game_level_paused(const game *g);
void game_screen_tick(game *g, const in_frame *in);
void game_screen_draw(const game *g, game_painter *p);
uint32_t game_screen_click(game *g, int x, int y);
void game_screen_sweep(game *g);
uint64_t game_screen_hash(const game *g, uint64_t h);
/* The fonts layouts measure with: the painter main gave, else NULL. */
const game_painter *game_measure(const game *g);

/* The screens. */
extern const game_screen_ops game_menu_ops;     /* title, pause, settings (kind: game_menu_kind) */
extern const game_screen_ops game_controls_ops;
extern const game_screen_ops game_codex_ops;
extern const game_screen_ops game_dialogue_ops;
extern const game_screen_ops game_quiz_ops;
extern const game_screen_ops game_summary_ops;
extern const game_screen_ops game_confirm_ops;
extern const game_screen_ops game_error_ops;
extern const game_screen_ops game_quest_done_ops;

typedef enum { MENU_TITLE, MENU_PAUSE, MENU_SETTINGS } game_menu_kind;
void game_menu_open(game *g, game_menu_kind kind);
/* True when the bottom screen is the title (the level below is not shown). */
bool game_on_title(const game *g);

/* A question with two answers; on yes, `yes` runs (after this tick's input). */
typedef void (*game_confirm_fn)(game *g);
void game_confirm_open(game *g, const char *question, const char *yes, const char *no,
                       game_confirm_fn on_yes);

/* game_level.c: the level in play. */
bool game_level_open(game *g, const char *path, char *err, size_t err_size);
void game_level_close(game *g);
/* Frees one level's script, definition and world (not the renderer's sheets). */
void game_level_free(game_level *lv);
/* Leaves the current level for another (the next one, or a fallback). */
void game_switch_level(game *g, const char *path);
/* The level in play from its start (Restart): what it gave on this try taken back. */
void game_level_restart(game *g);
/* (Re)registers the level's tilesets with the renderer and fills the world's
 * tile layers from the definition. */
void game_level_bind_tiles(game *g);
/* game_map.c: the map's sprites forgotten, and the map drawn as Tiled draws it: tile
 * layers with their offsets, opacity, tint and animated tiles, image layers, tile
 * objects and text objects at their depth, under the level's people and things. */
void game_map_art_free(game_map_art *art);
void game_map_draw(const game *g, game_painter *p, int cam_x, int cam_y);
/* Whether the map is plain tile layers only, which the view may draw from its cache. */
bool game_map_plain(const game *g);
void game_level_tick(game *g, const in_frame *in);
/* game_dialogue.c: a speaker and pages, one dialogue screen each. */
void game_level_say(game *g, const char *speaker, const char *const *pages, int count);
void game_say_one(game *g, const char *speaker, const char *text);
/* Before anything else the level says or asks (how the save was loaded). */
void game_say_first(game *g, const char *speaker, const char *text);
/* The dialogue shown now (the top screen), or NULL. */
const game_box *game_dialogue_box(const game *g, int *page);
game_entity *game_entity_of(game *g, int id);
const game_entity *game_entity_of_const(const game *g, int id);
int game_add_entity(game *g, const wld_entity_desc *desc, const char *type, const char *name,
                    bool is_player);
void game_remove_entity(game *g, int id);
void game_mark_goals(game *g, lvl_goal_kind kind, const char *target, bool any_kind);
void game_report(game *g, const char *message);
/* The solid entity the player can use now (0 = none). */
int game_interact_target_of(const game *g);
/* Leaves a won level's summary: the hub, or (in --level sessions) free to walk. */
void game_level_acknowledge(game *g);

/* game_host.c: what levels may ask (scr_host). */
void game_init_host(game *g);

/* game_guide.c: the goal in hand, hints, checkpoints, bites, the start. */
int game_current_goal(const game *g);
/* The hint of the goal in hand ({where:NAME} worked out); false when none. */
bool game_goal_hint(const game *g, char *out, size_t size);
/* The hint key: opens (or closes) the goal list with the current hint. */
void game_show_hint(game *g);
void game_toast(game *g, const char *text);
void game_guide_tick(game *g);
bool game_guide_knocked(const game *g);
void game_bite(game *g);
void game_place_player(game *g);

/* game_carry.c: carrying tokens and placing them on slots. */
bool game_carry(game *g, int id);
int game_drop(game *g);
bool game_put_on_slot(game *g, int token, int slot);
/* Confirm while carrying (or next to a slot holding a token): true when it
 * was used for that. */
bool game_carry_confirm(game *g, int target);
/* Each tick: what the player carries goes with them. */
void game_carry_tick(game *g);
void game_set_panel(game *g, const scr_panel *panel);
bool game_keep(game *g, const char *key, const char *value);
const char *game_kept(const game *g, const char *key);

/* game_index.c: the level files. */
/* Reads each level file's id, quest and questions once (without starting them). */
void game_index_levels(game *g);
/* What a level sandbox needs from the game: the data root, budgets, seed and
 * the packs' skill files; host NULL to only read a file. */
scr_env game_script_env(const game *g, const scr_host *host);
void game_index_free(game *g);
/* True when the player has won the level with this id. */
bool game_won(const game *g, const char *id);
/* The hub, when the data has one: levels/hub/hub.lua. */
bool game_hub_path(const game *g, char *out, size_t size);
/* Leaves the title for the hub (or the first unfinished level); a new game
 * clears the progress first. */
void game_start_playing(game *g, bool new_game);

/* game_quest_done.c: a level won that completes its quest marks the quest
 * done; the quest-complete screen shows once the player is back on the
 * campus (or at once, with no campus). */
void game_quest_check_done(game *g, const char *quest);
void game_quest_done_show(game *g);

/* game_progress.c: skills, XP, rank, and what is saved. */
/* Teaches a skill (held once one of its exercises is answered right too). */
bool game_grant_skill(game *g, const char *skill);
bool game_skill_taught(const game *g, const char *skill);
/* Quests whose every level is won; what the next rank needs, in words. */
int game_quests_complete(const game *g);
void game_rank_needs(const game *g, char *out, size_t size);
/* A level won: its day goes into the save. */
void game_record_win(game *g, const char *level_id);
/* Works the rank out again; a higher one is celebrated. */
void game_update_rank(game *g, bool celebrate);
void game_clear_progress(game *g);
/* Takes the progress a save held. */
void game_progress_load(game *g, const sav_progress *from);
uint64_t game_progress_hash(const game *g, uint64_t h);

/* game_review.c: spaced review (the schedule itself is review.c). */
sav_skill *game_skill_state(game *g, const char *id);
const sav_skill *game_skill_find(const game *g, const char *id);
/* Records an answer to an exercise about a skill (no-op for exercises
 * without one); writes a line for the player into note when it changed what
 * the player holds (held now, mastered, mastery lost, or only practice). */
void game_review_record(game *g, const lvl_quiz *q, bool right, char *note, size_t note_size);
/* The exercise to ask when a terminal asks q: q itself, or, when q was
 * missed too recently to come back yet, another of its skill (q when there
 * is none). */
const lvl_quiz *game_review_instead(const game *g, const lvl_quiz *q);
/* Starts a review of up to max due questions; returns how many. */
int game_review_start(game *g, int max);
/* Copies the tagged quizzes of a level just read for the index. */
void game_review_collect(game *g, const lvl_def *def);
void game_review_free(game *g);
/* A skill's catalogue name, or its id. */
const char *game_skill_name(const game *g, const char *id, char *buf, size_t size);

/* game_exercise.c, game_exercise_query.c */
const char *game_quiz_text(const game *g);
const char *game_exercise_kind(const game *g);
const char *game_exercise_id(const game *g);
/* The action that brings the open exercise one step nearer an answer that is
 * right (or, on purpose, wrong), or that picks choice `choice` (1-based, as
 * written; 0: any); -1 once it is answered. */
int game_exercise_next_action(const game *g, bool right, int choice);
int game_quiz_choice_count(const game *g);
/* Where a choice (1-based) is on screen, -1 when not shown (tests click it). */
int game_quiz_row_y(const game *g, int choice, int *row_h);
/* The item (as written, 0-based) shown at a position of the open exercise,
 * and the option chosen for a blank (as written, -1 none): what a test
 * clicking the screen needs to know. */
int game_exercise_item_at(const game *g, int position);
int game_exercise_token(const game *g, int blank);
/* Asks a quiz (the level's own, or a review's): false when one is open. */
bool game_quiz_ask(game *g, const lvl_quiz *q, const char *title, bool review);
/* Asks several, one after another, as the level's own. */
bool game_quiz_ask_many(game *g, const lvl_quiz *const *quizzes, int count, const char *title);
/* An exercise by id: the level's own, else any level's or bank's of its quest. */
const lvl_quiz *game_find_exercise(const game *g, const char *id);
/* A review asks its questions one after another. */
void game_quiz_review(game *g, const int *questions, int count);

/* game_view.c: the level as the player sees it. */
void game_view_draw(const game *g, game_painter *p, float alpha);
/* A click on the level itself (no screen over it): the goal panel opens. */
void game_view_click(game *g, int x, int y);
int game_view_player_y(const game *g);

/* game_ui_kit.c: drawing helpers the screens share. */
extern const ren_color UI_TEXT, UI_ACCENT, UI_DIM, UI_GOOD, UI_BAD, UI_BACKDROP;
int ui_text(game_painter *p, int x, int y, const char *s, ren_color c);
int ui_width(game_painter *p, const char *s);
int ui_hint_width(game_painter *p, const char *key, const char *label);
int ui_key_hint(game_painter *p, int x, int y, const char *key, const char *label);
/* The keycap for an action: the player's first key for it, else its button. */
const char *ui_key(const game *g, in_action action, char *out, size_t size);
/* Line height of the measuring font (16 px text when there is none). */
int ui_line(const game *g);
int ui_measure(const game *g, const char *s);
int ui_count_lines(const game *g, const char *s, int width);

/* game_keys.c: the player's keys in words, and the rebinding rules. */
const char *game_key_label(const game *g, in_action action, bool pad, char *out, size_t size);
/* Copies text with {confirm}, {hint}, {menu}, ... (any action's name) and
 * {move} replaced by the player's keys for them, so level text stays true
 * after the keys are remapped. Other braces are left as they are. */
void game_expand_keys(const game *g, const char *text, char *out, size_t size);
/* The same with given settings (the checker measures with the defaults). */
void game_expand_keys_for(const sav_settings *st, const char *text, char *out, size_t size);
/* True when this key or button name is bound to the action. */
bool game_key_bound(const game *g, in_action action, bool pad, const char *name);
/* Binds a key or button name to an action for the controls screen; false,
 * with the reason in note, when nothing was bound. */
bool game_keys_rebind(game *g, int action, const char *name, bool is_pad, char *note,
                      size_t note_size);
void game_keys_reset(game *g);
const char *game_action_words(in_action action);
const char *game_key_words(const char *name, bool pad);

/* game_codex.c */
void game_codex_open(game *g);
void game_codex_free(game *g);

/* game_copies.c: the title's list of earlier progress. */
extern const game_screen_ops game_copies_ops;
void game_copies_open(game *g);
/* New game over progress asks first, then keeps the old progress as a copy. */
void game_new_game_asked(game *g);
/* Main's answer to game_wants_copy_kept (GAME_EV_KEPT). */
void game_copy_kept(game *g, bool ok, const char *text);
bool game_has_progress(const game *g);
/* "7 December 2026" for a day count. */
void game_day_words(int32_t day, char *out, size_t size);

/* game_controls.c */
void game_controls_open(game *g);
/* Where a row of the controls screen is (tests click on it). */
int game_controls_row_y(const game *g, int row, int *row_h);

/* game_tools.c: the level files (or tests) named on the command line,
 * directories searched, sorted; false when a path does not exist. */
typedef struct {
    char **paths;
    int count;
} game_file_list;
bool game_collect_files(game_file_list *l, char **args, int count, bool tests);
void game_free_files(game_file_list *l);
void game_file_add(game_file_list *l, const char *path);
/* The packs' skills.lua beside the files or one folder up (levels/skills.lua,
 * levels/QUEST/skills.lua), each once, in the files' order. */
void game_find_nearby_skill_packs(const game_file_list *files, game_file_list *packs);
bool game_ends_with(const char *s, const char *suffix);
/* Level tests, and --check's play, run on a fixed day, never the clock's:
 * the same test gives the same review schedule on any date. */
#define GAME_TOOLS_TEST_DAY 20000

/* game_path.c */
uint32_t game_path_step(const game *g, float x, float y, bool *reachable);

#endif
