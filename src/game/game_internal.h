/* game_internal: the game's private parts, shared by game*.c only. */
#ifndef SQ_GAME_INTERNAL_H
#define SQ_GAME_INTERNAL_H

#include "game.h"
#include "level.h"
#include "rng.h"
#include "script.h"
#include "world.h"

#define GAME_MAX_SOUNDS 32
#define GAME_MAX_ENTITIES 2048
#define GAME_MAX_SKILLS 256
#define GAME_MAX_PAGES 16
#define GAME_PAGE_BYTES 512
#define GAME_MAX_BOXES 32
#define GAME_MAX_GOALS 32
#define GAME_MAX_REVIEW 8          /* questions in one review */
#define GAME_MAX_REVIEW_POOL 1024  /* quiz questions tagged with a skill, all levels */

enum { FACE_DOWN, FACE_UP, FACE_LEFT, FACE_RIGHT };
/* World kinds: how an entity is drawn (characters cast a shadow). */
enum { GAME_KIND_THING = 1, GAME_KIND_CHARACTER, GAME_KIND_PLAYER };

typedef struct {
    bool used;
    wld_handle handle;
    char type[LVL_MAX_NAME + 1];
    char name[LVL_MAX_NAME + 1];
    char label[81];
    bool is_player;
} game_entity;

/* What the game knows of each level file without starting it. */
typedef struct {
    char id[LVL_MAX_NAME + 1];
    char quest[LVL_MAX_NAME + 1];
    bool readable;
} game_level_info;

/* One dialogue box: a speaker and pages, shown one page at a time. */
typedef struct {
    char speaker[64];
    char pages[GAME_MAX_PAGES][GAME_PAGE_BYTES];
    int page_count;
} game_box;

typedef enum { QUIZ_CLOSED, QUIZ_ASKING, QUIZ_FEEDBACK } game_quiz_state;

typedef struct {
    /* the level */
    lvl_def def;
    scr_level *script;
    bool loaded;
    char path[4200];
    world *world;
    game_entity entities[GAME_MAX_ENTITIES];
    int player_id;
    int32_t start_x, start_y;
    uint16_t player_sprites[4];
    int facing;
    bool moving, bumping;
    int step_timer;
    int hurt_timer;
    bool goal_done[GAME_MAX_GOALS];
    int hints_shown;
    int result; /* 1 won, -1 failed */
    char fail_reason[200];
    int xp_at_start, skills_at_start;
    /* dialogue queue */
    game_box boxes[GAME_MAX_BOXES];
    int box_count, page;
    int box_ticks;
    /* quiz */
    game_quiz_state quiz_state;
    const lvl_quiz *quiz;
    int quiz_cursor;
    bool quiz_correct;
    int quiz_right, quiz_asked;
    /* From the last drawing, for mouse clicks: where each choice is, and how
     * tall (a long choice wraps, and large text makes rows taller). */
    int quiz_row_y[LVL_MAX_CHOICES], quiz_row_h[LVL_MAX_CHOICES], quiz_rows;
    char quiz_title[120]; /* "Terminal quiz", or which review this is */
    char quiz_note[160];  /* after the answer: a skill mastered, when one was */
    /* spaced review: questions from other levels, asked one after another */
    int review_queue[GAME_MAX_REVIEW]; /* indices into game.review_pool */
    int review_count, review_at, review_right;
    bool reviewing;
    bool quit_prompt;
    char error[1024];    /* a level error to show */
    int error_ticks;     /* how long the error banner stays */
    bool error_screen;   /* the level did not load: full-screen error */
} game_level;

#define GAME_MAX_LEVELS 256

/* A quiz question from some level, kept for spaced review. */
typedef struct {
    lvl_quiz quiz; /* owned copies of the strings */
    char level_id[LVL_MAX_NAME + 1];
    char level_title[64];
} game_review_question;

typedef enum { MENU_NONE, MENU_TITLE, MENU_PAUSE, MENU_SETTINGS, MENU_CODEX, MENU_CONTROLS } game_menu_kind;
typedef struct game_codex game_codex;

struct game {
    game_config cfg;
    char data_root[4096];
    char user_dir[4096];
    char *levels[GAME_MAX_LEVELS]; /* every level file found, shipped then packs */
    game_level_info level_info[GAME_MAX_LEVELS];
    int level_count;
    bool indexed;
    char pending_level[4200]; /* switch to this after the tick (a portal was used) */
    rng_state rng;
    game_level level;
    scr_host host;
    /* progress for this session (saves arrive with the progress work) */
    char skills[GAME_MAX_SKILLS][32];
    int skill_count;
    int xp;
    char completed[GAME_MAX_LEVELS][LVL_MAX_NAME + 1]; /* level ids won */
    int completed_count;
    bool save_wanted;
    sav_settings settings;
    bool settings_changed;
    scr_catalogue *catalogue; /* skills and the rank rule; NULL if it failed to load */
    scr_rank rank;
    game_codex *codex; /* built the first time the codex opens */
    int rank_flash;           /* ticks left of the rank-up celebration */
    game_menu_kind menu, menu_return;
    int menu_cursor;
    uint32_t pending_press; /* a mouse click, read as these actions on the next tick */
    /* The progress as it will be saved: what the save held (so nothing in it
     * is dropped), with the review schedule of every skill kept up to date. */
    sav_progress loaded;
    int32_t today; /* the day count spaced review schedules by (game_config.today) */
    game_review_question *review_pool;
    int review_pool_count;
    char sounds[GAME_MAX_SOUNDS][32];
    int sound_count;
    char music[32];
    uint64_t ticks;
    bool quit;
    /* the controls screen (game_controls.c) */
    int controls_cursor;
    int binding_wait;       /* the action waiting for a key, + 1; 0 = none */
    bool binding_done;      /* bound between ticks: the next tick plays the sound */
    char controls_note[200]; /* what the last binding did, for the player */
    int controls_row_y[12], controls_rows, controls_row_h; /* from the last drawing, for clicks */
    /* How the last menu drawing laid its rows out, for clicks (0: not drawn yet). */
    int menu_row_h, menu_text_x;
};

void game_sound(game *g, const char *name);
uint16_t game_sprite(const game *g, const char *name);
/* NAME_0 when it exists (animations), else NAME. */
uint16_t game_anim(const game *g, const char *name);

/* game_level.c */
bool game_level_open(game *g, const char *path, char *err, size_t err_size);
void game_level_close(game *g);
/* Frees one level's script, definition and world (not the renderer's sheets). */
void game_level_free(game_level *lv);
/* Leaves the current level for another (the next one, or a fallback). */
void game_switch_level(game *g, const char *path);
/* (Re)registers the level's tilesets with the renderer and fills the world's
 * tile layers from the definition. */
void game_level_bind_tiles(game *g);
void game_level_tick(game *g, const in_frame *in);
void game_level_say(game *g, const char *speaker, const char *const *pages, int count);
game_entity *game_entity_of(game *g, int id);
void game_init_host(game *g);

/* game_menu.c */
void game_menu_open(game *g, game_menu_kind kind);
/* True when the menu stands on the title screen rather than over a level. */
bool game_menu_over_title(const game *g);
void game_menu_tick(game *g, const in_frame *in);
void game_menu_click(game *g, int x, int y);
void game_menu_draw(game *g, game_painter *p);
/* game.c: leaves the title for the first unfinished level (or, for a new
 * game, the first level with progress cleared). */
void game_start_playing(game *g, bool new_game);
/* Reads each level file's id and quest once (without starting them). */
void game_index_levels(game *g);
/* True when the player has won the level with this id. */
bool game_won(const game *g, const char *id);
/* The hub, when the data has one: levels/hub/hub.lua. */
bool game_hub_path(const game *g, char *out, size_t size);
/* game_codex.c */
void game_codex_tick(game *g, const in_frame *in);
void game_codex_draw(game *g, game_painter *p);
void game_codex_free(game *g);
/* game.c: works the rank out again; a higher one is celebrated. */
void game_update_rank(game *g, bool celebrate);
/* game_level.c: the next hint, or a word that there is none. */
void game_show_hint(game *g);

/* game_review.c: spaced review (the schedule itself is review.c). */
/* The review state of a skill in the progress, created when missing (NULL
 * only when the save's table is full or the id does not fit). */
sav_skill *game_skill_state(game *g, const char *id);
/* The same without creating it: NULL when the progress has none. */
const sav_skill *game_skill_find(const game *g, const char *id);
/* Records an answer to a quiz about a skill (no-op for quizzes without one)
 * and fills the level's quiz note when it made the skill mastered. */
void game_review_record(game *g, const lvl_quiz *q, bool right, const char *level_id);
/* Starts a review of up to max due questions; returns how many. */
int game_review_start(game *g, int max);
/* The current review question was answered and closed: asks the next one
 * or ends the review with a word on how it went. */
void game_review_next(game *g);
/* Copies the tagged quizzes of a level just read for the index. */
void game_review_collect(game *g, const lvl_def *def);
void game_review_free(game *g);
/* A skill's catalogue name, or its id. */
const char *game_skill_name(game *g, const char *id, char *buf, size_t size);

/* game_ui.c */
void game_ui_draw(game *g, game_painter *p, float alpha);

/* game_controls.c */
void game_controls_open(game *g);
void game_controls_tick(game *g, const in_frame *in);
void game_controls_click(game *g, int x, int y);
void game_controls_draw(game *g, game_painter *p);
/* The first key (pad false) or gamepad button (pad true) bound to an action,
 * in words for on-screen hints ("Enter", "A"); "" when none. */
const char *game_key_label(const game *g, in_action action, bool pad, char *out, size_t size);
/* Copies text with {confirm}, {hint}, {menu}, ... (any action's name) and
 * {move} replaced by the player's keys for them, so level text stays true
 * after the keys are remapped. Other braces are left as they are. */
void game_expand_keys(const game *g, const char *text, char *out, size_t size);
/* The same with given settings (the checker measures with the defaults). */
void game_expand_keys_for(const sav_settings *st, const char *text, char *out, size_t size);
/* True when this key or button name is bound to the action. */
bool game_key_bound(const game *g, in_action action, bool pad, const char *name);

#endif
