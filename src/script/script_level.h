/* script_level: reading level tables (private to the script module). */
#ifndef SQ_SCRIPT_LEVEL_H
#define SQ_SCRIPT_LEVEL_H

#include "script_internal.h"

enum { SCR_CB_START, SCR_CB_UPDATE, SCR_CB_TOUCH, SCR_CB_INTERACT, SCR_CB_COLLECT, SCR_CB_ANSWER,
       SCR_CB_PLACE, SCR_CB_TAKE, SCR_CB_COUNT };
extern const char *const scr_callback_names[SCR_CB_COUNT];

typedef struct {
    lua_State *L;
    scr_sandbox *sb;
    const char *path;   /* the file being read, for messages */
    const char *dir;    /* its directory, for relative map files */
    char *source;       /* its text, for line lookups */
    lvl_def *def;
    int problems;
    bool tileset_refused; /* its tiles would all read as unknown: say so once */
    double load_seconds;  /* unused: a map file runs on the level's load budget */
    void (*report)(void *user, const char *file, int line, const char *message);
    void *report_user;
    const char *data_root; /* the game's data: its own Tiled tilesets are there */
    struct scr_line_index *lines; /* script_lines.c: source's names and strings, once lexed */
} scr_reader;

void scr_problem(scr_reader *r, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
int scr_line_of(scr_reader *r, const char *token);
const char *scr_nearest(const char *word, const char *const *known, int count);
void scr_unknown_keys(scr_reader *r, int idx, const char *where, const char *const *known,
                      int count);
char *scr_read_string(scr_reader *r, int table, const char *key, bool required, const char *where);
/* The same, at most max bytes long (a longer one is a problem). */
char *scr_read_text(scr_reader *r, int table, const char *key, bool required, const char *where,
                    size_t max);
bool scr_read_int(scr_reader *r, int table, const char *key, int *out, const char *where);
/* A list of strings: table[key] = { "a", "b" } (a single string is one item). */
char **scr_read_string_list(scr_reader *r, int table, const char *key, int *count,
                            const char *where, size_t max);
/* The line of a name declared inside a section (a quiz id under quizzes = ...). */
int scr_line_in(scr_reader *r, const char *section, const char *token);
/* script_bank.c: a quest's bank file (named bank.lua), the table at idx. */
bool scr_is_bank(const char *path);
void scr_read_bank(scr_reader *r, int bank);
/* script_exercise.c: the level's `exercises` (and the older `quizzes`). */
void scr_read_exercises(scr_reader *r, int level);
/* One exercise table at idx, named id, into q (section: where it was declared). */
void scr_read_exercise(scr_reader *r, int idx, const char *id, const char *section, lvl_quiz *q);
/* Copies and allocations that count what they could not make: the loader
 * reports anything dropped for want of memory (scr_take_dropped). */
char *scr_copy(const char *s);
void *scr_calloc(size_t count, size_t size);
unsigned scr_take_dropped(void);
/* Where token first appears at or after line `from`: as a name outside
 * strings and comments, or (in_string) as the whole text of a string. */
int scr_find_line(const char *src, const char *token, int from, bool in_string);
/* The same in the reader's source, from an index made on the first call (and again
 * when the source changes); scr_reader_forget_lines frees it. */
typedef struct scr_line_index scr_line_index;
int scr_reader_find(scr_reader *r, const char *token, int from, bool in_string);
void scr_reader_forget_lines(scr_reader *r);
/* Copies the table's string, number and boolean fields (but type, name, x
 * and y) into the object's props. */
void scr_read_props(scr_reader *r, int idx, lvl_object *o);
/* script_map.c: an inline map { rows = ..., legend = ... } at map_idx. */
void scr_read_inline_map(scr_reader *r, int map_idx);
lvl_object *scr_add_object(lvl_def *def, const char *type, const char *name, int x, int y,
                           int line);
/* Appends the string/number/boolean at the top of the stack as a prop. */
void scr_add_prop(lua_State *L, lvl_object *o, const char *key);
/* Reads the level table at `level` into r->def. */
void scr_read_level(scr_reader *r, int level);
/* script_tiled.c: a Tiled map (.tmx or Lua export), by file name relative to the level. */
void scr_read_map_file(scr_reader *r, const char *name);
/* script_tiled.c: a Tiled map table already on the stack at idx. */
void scr_read_tiled(scr_reader *r, int idx, const char *map_path);
/* True when the table at idx looks like a Tiled export rather than a level. */
bool scr_is_tiled(lua_State *L, int idx);
/* script_tiled.c: a .tmx file (Tiled's XML map), by path; scr_is_tmx says which
 * files are (by name: a level file is Lua, a map opened on its own may be either). */
bool scr_is_tmx(const char *path);
void scr_read_tmx(scr_reader *r, const char *path);

#endif
