/* script_internal: the sandbox shared by the script_*.c files. Only the
 * script module includes this (and with it, lua.h). */
#ifndef SQ_SCRIPT_INTERNAL_H
#define SQ_SCRIPT_INTERNAL_H

#include "script.h"

#include <lauxlib.h>
#include <lua.h>

typedef struct {
    lua_State *L;
    size_t used, cap;
    bool memory_refused; /* sticky until the next host call */
    bool over_budget;    /* sticky until the next host call */
    double deadline;     /* monotonic seconds */
    double budget;       /* seconds the current call may take */
    char what[64];       /* what is running, for the budget message */
} scr_sandbox;

scr_sandbox *scr_sandbox_new(size_t memory_cap);
void scr_sandbox_free(scr_sandbox *sb);
scr_sandbox *scr_sandbox_of(lua_State *L);
double scr_now(void);

/* Starts a budget for one host call into Lua. */
void scr_budget_start(scr_sandbox *sb, double seconds, const char *what);
/* Calls the function below nargs arguments under the current budget with a
 * traceback-free, bounded message. On failure writes "message" to err (the
 * message already carries "file:line:" when Lua knows it) and returns false. */
bool scr_call(scr_sandbox *sb, int nargs, int nresults, char *err, size_t err_size);
/* Loads a text chunk from a file under the budget; leaves the function on the stack. */
bool scr_load_file(scr_sandbox *sb, const char *path, const char *chunkname, char *err,
                   size_t err_size);
/* A value as text without running metamethods: strings and numbers as they
 * are, anything else by its type; cut to SCR_MAX_MESSAGE bytes. */
void scr_describe(lua_State *L, int index, char *out, size_t size);

/* Raw table reads: never run __index/__newindex. */
int scr_rawfield(lua_State *L, int table, const char *key);
char *scr_strdup_field(lua_State *L, int table, const char *key);

/* The line in `source` where `token` first appears as a word, or 0. */
int scr_source_line(const char *source, const char *token);

#endif
