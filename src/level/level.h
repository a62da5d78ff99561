/* level: what a level file declares, as plain C data. The script module fills
 * it from the level's Lua table (read raw, inside the sandbox); the game
 * builds a playable world from it; the checker validates it. No Lua here. */
#ifndef SQ_LEVEL_H
#define SQ_LEVEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LVL_FORMAT 1            /* the level API version this engine speaks */
#define LVL_MAX_LAYERS 4
#define LVL_MAX_SIDE 512        /* tiles per map side */
#define LVL_TILE 16
#define LVL_MAX_GOALS 32        /* the game tracks this many */
#define LVL_MAX_CHOICES 6       /* a quiz shows this many */
#define LVL_MAX_NAME 63         /* entity names and behaviour types */

/* Tile references use Tiled's convention: a global id plus flip bits. */
#define LVL_FLIP_H 0x80000000u
#define LVL_FLIP_V 0x40000000u
#define LVL_FLIP_D 0x20000000u
#define LVL_GID_MASK 0x0fffffffu

typedef enum { LVL_VALUE_STRING, LVL_VALUE_NUMBER, LVL_VALUE_BOOL } lvl_value_kind;

typedef struct {
    char *key;
    lvl_value_kind kind;
    char *string;
    double number;
    bool boolean;
} lvl_prop;

/* Something placed in the map: by a legend character, an `objects` entry,
 * or a Tiled object. `type` names a behaviour (start, exit, mentor, bug,
 * skill, gate, terminal, sign, or one the level defines). */
typedef struct {
    char *type;
    char *name;
    int x, y, w, h;   /* pixels; w/h 0 means one tile */
    lvl_prop *props;
    int prop_count;
    int line;         /* where it was declared, for messages */
} lvl_object;

/* One frame of an animated tile: which tile of the set shows, for how long. */
typedef struct {
    int tile;         /* local id in the same tileset */
    int ms;
} lvl_frame;

typedef struct {
    int tile;         /* the local id that animates */
    lvl_frame *frames;
    int frame_count;
} lvl_tile_anim;

typedef struct {
    char *image;      /* PNG path, resolved; NULL for the built-in atlas */
    char **names;     /* built-in atlas only: the sprite name of each tile */
    uint32_t firstgid;
    int count;        /* tiles in the set */
    int columns;
    int tile_w, tile_h; /* pixels of one tile in the image */
    int margin, spacing; /* pixels around the tiles and between them in the image */
    uint32_t transparent; /* 0xRRGGBB drawn as clear, when has_transparent */
    bool has_transparent;
    /* How a tile of this set is drawn in the world: draw_w x draw_h pixels (LVL_TILE
     * square unless its tiles are larger or smaller than the map's grid), its top-left
     * draw_dx, draw_dy from the top-left of its cell (Tiled anchors a tile at the
     * bottom-left of its cell, plus the tileset's tile offset). 0 means LVL_TILE / 0. */
    int draw_w, draw_h, draw_dx, draw_dy;
    uint8_t *solid;   /* per tile: the tileset marks it solid */
    lvl_tile_anim *anims; /* animated tiles (Tiled's tile animations), by local id */
    int anim_count;
} lvl_tileset;

/* How a tile layer looks (Tiled's layer settings, a group's folded in). The cells
 * already hold what collision needs; these only change the drawing. */
typedef struct {
    char *name;
    float opacity;          /* 0 to 1 */
    uint8_t tint[4];        /* RGBA multiplied into every pixel; all 255 = none */
    int offset_x, offset_y; /* world pixels, less than a tile: whole tiles are in the cells */
    float parallax_x, parallax_y; /* 1 = scrolls with the map */
} lvl_layer_look;

typedef enum { LVL_HALIGN_LEFT, LVL_HALIGN_CENTER, LVL_HALIGN_RIGHT, LVL_HALIGN_JUSTIFY } lvl_halign;
typedef enum { LVL_VALIGN_TOP, LVL_VALIGN_CENTER, LVL_VALIGN_BOTTOM } lvl_valign;

/* A text object from Tiled: a label painted on the map. Kept as Tiled stores it. */
typedef struct {
    char *text;          /* UTF-8; may hold newlines */
    char *name;          /* the object's name, or NULL */
    char *font_family;   /* as typed in Tiled; NULL = Tiled's default (sans-serif) */
    int pixel_size;      /* Tiled's font size, in the map's own pixels (default 16) */
    int size;            /* the same in world pixels (scaled like the map) */
    int x, y, w, h;      /* the text box, world pixels, top-left */
    float rotation;      /* degrees clockwise about the box's top-left */
    uint8_t color[4];    /* RGBA (default opaque black), the layer's opacity folded in */
    lvl_halign halign;
    lvl_valign valign;
    bool wrap, bold, italic, underline, strikeout, kerning;
    int above;           /* drawn above this many tile layers (layer order in Tiled) */
    int line;            /* in the map file */
} lvl_text;

/* An image layer, or a tile placed as an object without a class: drawn, nothing more. */
typedef struct {
    char *image;         /* image layers: the PNG, resolved; NULL for a tile */
    uint32_t gid;        /* tiles: the tile and its flip bits; 0 for an image layer */
    char *name;
    int x, y;            /* world pixels, top-left */
    int w, h;            /* tiles: world pixels the tile is stretched to; images: 0 */
    float scale;         /* images: world pixels per image pixel (LVL_TILE / the map's tile width) */
    float opacity;
    uint8_t tint[4];
    float parallax_x, parallax_y;
    bool repeat_x, repeat_y;
    uint32_t transparent; /* images: 0xRRGGBB drawn as clear, when has_transparent */
    bool has_transparent;
    int above;           /* drawn above this many tile layers */
} lvl_picture;

/* Something the loader wants the author to know that is not a problem. */
typedef struct {
    char *file;
    int line;            /* 0 when no line applies */
    char *message;
} lvl_note;

typedef struct {
    int width, height;                 /* tiles */
    int layer_count;
    uint32_t *layers[LVL_MAX_LAYERS];  /* width*height tile refs each; 0 = empty */
    uint8_t *solid;                    /* width*height */
    lvl_tileset *tilesets;
    int tileset_count;
    char *source;                      /* the map file, when not inline */
    /* Tiled maps only (all NULL/0 for maps drawn with characters): */
    lvl_layer_look *looks;             /* layer_count entries; NULL = every layer plain */
    int source_tile_w, source_tile_h;  /* the map's own tile size in pixels */
    uint8_t background[4];             /* RGBA; alpha 0 = the game's own */
    lvl_text *texts;
    int text_count;
    lvl_picture *pictures;             /* image layers and untyped tile objects, bottom first */
    int picture_count;
    lvl_note *notes;                   /* for --check: mentioned, never failing */
    int note_count;
    char **files;                      /* every file the map was read from: the map, its
                                          .tsx tilesets, their images (for hot reload) */
    int file_count;
} lvl_map;

typedef struct {
    char *speaker;
    char *text;
} lvl_line;

typedef struct {
    char *id;
    lvl_line *lines;
    int line_count;
    int decl_line;
} lvl_dialogue;

/* --- exercises: what the player does with a skill -------------------------
 * Five kinds, declared as data (docs/levels.md, "Exercises"):
 *   choice  pick one, or all that apply (several right items)
 *   order   put 3..7 items in order (written in the right order)
 *   sort    drop each item into one of 2..4 bins
 *   code    pick the line(s) of a snippet that hold the bug or the answer
 *   fill    complete a snippet: each blank {1}, {2} ... takes one of a few tokens
 * Every answer is explained: each item (or option) says why it is right or
 * wrong, and the exercise as a whole has an explanation. */
typedef enum { LVL_EX_CHOICE, LVL_EX_ORDER, LVL_EX_SORT, LVL_EX_CODE, LVL_EX_FILL } lvl_ex_kind;

#define LVL_MIN_ORDER 3
#define LVL_MAX_ORDER 7
#define LVL_MAX_SORT_ITEMS 8
#define LVL_MAX_BINS 4
#define LVL_MAX_BLANKS 3
#define LVL_MAX_TOKENS 4
#define LVL_MAX_CODE_LINES 40
#define LVL_CODE_COLUMNS 56 /* what the code panel shows at every text size */

typedef struct {
    char *text;
    char *why;   /* why it is right or wrong (choice, fill), or a note (order, sort) */
    bool right;  /* choice: a right choice */
    int bin;     /* sort: 1-based */
} lvl_item;

typedef struct {
    lvl_item *options; /* fill: the tokens one blank may take; `why` for each */
    int option_count;
    int answer;        /* 1-based */
} lvl_blank;

typedef struct {
    char *id;
    lvl_ex_kind kind;
    char *question;    /* the prompt */
    char *explanation; /* shown after any answer */
    char *skill;       /* the skill it exercises (reviews need one) */
    bool scenario;     /* a "which would you choose, and why" in a concrete situation */
    bool bank;         /* review-only: from the quest's bank file */
    lvl_item *items;   /* choice: the choices; order: the steps in order; sort: the items */
    int item_count;
    char **bins;       /* sort */
    int bin_count;
    char *language;    /* code, fill: "python", "sql", "shell" ... (syntax colours) */
    char **lines;      /* code, fill: the snippet, one string per line ({1} marks blank 1) */
    int line_count;
    int *answers;      /* code: the right lines, 1-based */
    int answer_count;
    char **line_why;   /* code: why each line is (not) the answer; line_count entries, NULL: none */
    lvl_blank *blanks; /* fill */
    int blank_count;
    int decl_line;
    /* Quizzes written in the old form keep their numbers: the choices as
     * strings and the right one's number (choice kind, one right answer). */
    char **choices;
    int choice_count;
    int answer;
} lvl_quiz;

/* The number of right choices of a choice exercise (2+: "pick all that apply"). */
int lvl_quiz_right_count(const lvl_quiz *q);
/* A deep copy (review keeps exercises of levels no longer loaded); false when
 * memory ran out (nothing is left allocated). */
bool lvl_quiz_copy(lvl_quiz *to, const lvl_quiz *from);
void lvl_quiz_free(lvl_quiz *q);
const char *lvl_ex_kind_name(lvl_ex_kind kind);

typedef enum { LVL_GOAL_COLLECT, LVL_GOAL_TALK, LVL_GOAL_ANSWER, LVL_GOAL_REACH } lvl_goal_kind;

typedef struct {
    lvl_goal_kind kind;
    char *target;     /* skill id, entity name, quiz id, or object name */
    char *text;       /* shown in the goal list */
    char *hint;       /* what the hint key says while this is the goal in hand, or NULL;
                       * {where:NAME} becomes the way from the player to NAME */
    int decl_line;
} lvl_goal;

typedef struct {
    int format;
    char *id, *quest, *title, *brief;
    char *path;       /* the level file */
    lvl_map map;
    lvl_object *objects;
    int object_count;
    lvl_dialogue *dialogues;
    int dialogue_count;
    lvl_quiz *quizzes;
    int quiz_count;
    char **hints;
    int hint_count;
    lvl_goal *goals;
    int goal_count;
    char **requires;  /* skill ids needed to enter */
    int require_count;
    char **grants;    /* skill ids granted on completion */
    int grant_count;
    int xp;
    char *music;
    bool bare_map;    /* a Tiled map opened on its own: no dialogue or quizzes to refer to */
    bool has_callbacks; /* code may grant skills or ask quizzes no object carries */
    bool is_bank;       /* a quest's bank.lua: review-only exercises, no map */
} lvl_def;

void lvl_free(lvl_def *def);
void lvl_map_free(lvl_map *map);
const lvl_prop *lvl_prop_find(const lvl_object *obj, const char *key);
const char *lvl_prop_string(const lvl_object *obj, const char *key, const char *fallback);
double lvl_prop_number(const lvl_object *obj, const char *key, double fallback);
const lvl_dialogue *lvl_dialogue_find(const lvl_def *def, const char *id);
const lvl_quiz *lvl_quiz_find(const lvl_def *def, const char *id);
const lvl_object *lvl_object_find(const lvl_def *def, const char *type, const char *name);
bool lvl_solid_at(const lvl_map *map, int tx, int ty);

/* --- checks that need no Lua: references, map sanity, reachability ------ */
typedef struct {
    void *user;
    bool (*skill_known)(void *user, const char *skill);
    bool (*sprite_known)(void *user, const char *sprite);
    bool (*sound_known)(void *user, const char *sound);
    bool (*behaviour_known)(void *user, const char *type);
    /* Pixel width of text in the dialogue font; NULL skips the fit check. */
    int (*text_width)(void *user, const char *text, int len);
    void (*report)(void *user, int line, const char *message);
    /* Replaces {confirm}, {move} ... with key names before measuring, as the
     * game does before showing text; NULL measures the text as written. */
    void (*expand_keys)(void *user, const char *text, char *out, size_t size);
    /* An exercise id the level does not define but its quest's bank does. */
    bool (*exercise_known)(void *user, const char *id);
    /* A warning: said, never counted as a problem; NULL keeps quiet. */
    void (*warn)(void *user, int line, const char *message);
} lvl_check_env;

/* The dialogue box's text area, shared with the game's drawing. */
#define LVL_TEXT_WIDTH 584
#define LVL_TEXT_LINES 3
/* The exercise panel: a prompt stays above what scrolls, so it must be short;
 * an explanation scrolls with the feedback, but is still read in one go. */
#define LVL_EXERCISE_WIDTH 560
#define LVL_PROMPT_LINES 4
#define LVL_EXPLAIN_LINES 5

/* Reports each problem through env->report; returns how many it found. */
int lvl_check(const lvl_def *def, const lvl_check_env *env);
/* One exercise's problems (kinds, counts, answers in range, every choice and
 * option explained, code that fits its panel); returns how many. */
int lvl_check_exercise(const lvl_quiz *q, const lvl_check_env *env);
/* A quest's bank: every exercise checked, each naming a skill. */
int lvl_check_bank(const lvl_def *def, const lvl_check_env *env);

/* --- checks across files (level_quest.c) --------------------------------- */
typedef struct {
    const lvl_def *def;
    const char *path; /* for messages */
    bool checked;     /* problems are reported for it; else it is context only */
    bool in_quest;    /* it sits in a quest folder (levels/QUEST/): the exercise count applies */
} lvl_quest_file;

typedef struct {
    void *user;
    /* The skill's prerequisites (the catalogue's `requires`), at most max;
     * returns how many. */
    int (*requires)(void *user, const char *skill, char out[][32], int max);
    void (*report)(void *user, const char *file, int line, const char *message);
} lvl_quest_env;

/* Given the files in play order (levels and banks): exercise ids are
 * unique; every skill a checked level of a quest teaches has at least 3
 * exercises of at least 2 kinds across all the files; and each skill a
 * checked level teaches builds only on skills the player can hold by then.
 * Returns the problems reported. */
int lvl_check_quests(const lvl_quest_file *files, int count, const lvl_quest_env *env);

#endif
