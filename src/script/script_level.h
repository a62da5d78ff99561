/* script_level: reading level tables (private to the script module). */
#ifndef SQ_SCRIPT_LEVEL_H
#define SQ_SCRIPT_LEVEL_H

#include "script_internal.h"

enum { SCR_CB_START, SCR_CB_UPDATE, SCR_CB_TOUCH, SCR_CB_INTERACT, SCR_CB_COLLECT, SCR_CB_ANSWER,
       SCR_CB_COUNT };
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
    double load_seconds;  /* budget for running a map file */
    void (*report)(void *user, const char *file, int line, const char *message);
    void *report_user;
    const char *data_root; /* the game's data: its own Tiled tilesets are there */
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
