/* script_internal: the sandbox shared by the script_*.c files. Only the
 * script module includes this (and with it, lua.h). */
#ifndef SQ_SCRIPT_INTERNAL_H
#define SQ_SCRIPT_INTERNAL_H

#include "rng.h"
#include "script.h"

#include <lauxlib.h>
#include <lua.h>
#include <stdint.h>

#define SCR_HOOK_EVERY 1000 /* instructions between two calls of the count hook */
#define SCR_ALLOC_BYTES 16  /* bytes allocated that cost one instruction */
#define SCR_MAX_CHUNKS 48   /* files a sandbox remembers by path (level, shared scripts, modules) */

/* What a sandbox is doing, for the budget's message. */
typedef enum { SCR_PHASE_LOAD, SCR_PHASE_TICK, SCR_PHASE_TEST } scr_phase;

typedef struct {
    lua_State *L;
    lua_State *running;  /* the thread running Lua now (a coroutine, or L) */
    size_t used, cap;    /* bytes */
    /* The budget: Lua instructions counted by the hook, plus what C work
     * (pattern matching, table functions, allocation) costs, priced in
     * instructions; deterministic. The wall clock is only a kill switch. */
    scr_phase phase;
    uint64_t spent, limit;
    double kill_seconds;
    double deadline;     /* 0 until the hook first reads the clock in this phase */
    unsigned hook_calls;
    bool memory_refused; /* sticky until the next phase or host call */
    bool over_budget;    /* sticky until the next phase */
    bool killed;         /* over the wall clock (sticky like over_budget) */
    bool too_deep;       /* "stack overflow" (sticky until the next host call) */
    rng_state rng;       /* math.random and sq.random */
    uint64_t seed;       /* the game's seed, for math.randomseed */
    uint64_t stream;     /* the level's stream, derived from its id */
    /* The files loaded into it: Lua cuts long chunk names to "...tail", and
     * messages get their whole path back from here. */
    char *chunks[SCR_MAX_CHUNKS];
    int chunk_count;
    /* Where print(...) goes besides the log (the game's overlay); NULL none. */
    void (*print)(void *user, const char *line);
    void *print_user;
} scr_sandbox;

/* A new state with the guarded library, opened under a protected call: on
 * failure (out of memory) returns NULL and says why in err. */
scr_sandbox *scr_sandbox_new(size_t memory_cap, char *err, size_t err_size);
void scr_sandbox_free(scr_sandbox *sb);
scr_sandbox *scr_sandbox_of(lua_State *L);
/* The thread the host should use: the one running Lua now (when the host is
 * called back from inside a callback, maybe in a coroutine), else the main. */
lua_State *scr_thread(const scr_sandbox *sb);

/* Starts a phase with a fresh budget of `instructions` and a wall-clock kill
 * switch `kill_seconds` after the hook first looks at the clock. */
void scr_phase_begin(scr_sandbox *sb, scr_phase phase, uint64_t instructions, double kill_seconds);
/* Was: a wall-clock budget for one call. The budget is the phase's now
 * (a Tiled map file runs on the level's load budget); kept, doing nothing,
 * for script_tiled.c, which another change owns. */
void scr_budget_start(scr_sandbox *sb, double seconds, const char *what);
/* Charges C work to the budget; raises the budget's error (at the calling
 * Lua function's line) when it runs out. */
void scr_charge(lua_State *L, uint64_t instructions);
/* True once a sticky limit (budget, clock, memory, recursion) is hit. */
bool scr_limit_hit(lua_State *L);
/* Raises again the sticky limit hit, if any: after one, no Lua code may
 * catch the error. */
void scr_reraise_limits(lua_State *L);
/* The budget's message for the current phase (no position). */
void scr_budget_message(const scr_sandbox *sb, char *out, size_t size);

/* Calls the function below nargs arguments under the current budget. On
 * failure writes the error to err, one line, bounded, starting with
 * "file:line:" wherever Lua knows a line (the message handler adds the
 * position to errors raised without one, and never runs a metamethod), and
 * returns false. A call that went over the budget in C work at its very end
 * fails too, at the function's first line. */
bool scr_call(scr_sandbox *sb, int nargs, int nresults, char *err, size_t err_size);
/* Runs fn(L) with the light userdata ud as its only argument, protected. */
bool scr_protect(scr_sandbox *sb, lua_CFunction fn, void *ud, char *err, size_t err_size);
/* Loads a text chunk from a file; leaves the function on the stack. */
bool scr_load_file(scr_sandbox *sb, const char *path, const char *chunkname, char *err,
                   size_t err_size);
/* The same for the game's own scripts, loaded by every sandbox: compiled
 * once per process and kept by path and exact contents
 * (script_code_cache.c). */
bool scr_load_file_cached(scr_sandbox *sb, const char *path, const char *chunkname, char *err,
                          size_t err_size);
/* A file's first `max` bytes, NUL-terminated (NULL: cannot open, out of
 * memory); *len the bytes read, *whole whether that is the whole file.
 * Either may be NULL. */
char *scr_read_file_text(const char *path, size_t max, size_t *len, bool *whole);
/* What scr_load_file does around lua_load: the path remembered for error
 * messages, and a failed status (or a read error) described in err with the
 * message popped. Returns true for LUA_OK without a read error. */
void scr_remember_chunk(scr_sandbox *sb, const char *path);
bool scr_load_failed(scr_sandbox *sb, const char *path, int status, bool read_error, char *err,
                     size_t err_size);
/* A value as text without running metamethods: strings and numbers as they
 * are, anything else by its type; cut to SCR_MAX_MESSAGE bytes, one line. */
void scr_describe(lua_State *L, int index, char *out, size_t size);
/* True when text starts like Lua's positions do: "chunk:line:". */
bool scr_has_position(const char *text);

/* Raw table reads: never run __index/__newindex. */
int scr_rawfield(lua_State *L, int table, const char *key);
char *scr_strdup_field(lua_State *L, int table, const char *key);

/* The line in `source` where `token` first appears as a word, or 0. */
int scr_source_line(const char *source, const char *token);

/* script_hint.c: Lua's message for a syntax error in the file at path, with
 * the hint an author needs (a missing ',' named at its own line), in out. */
void scr_syntax_hint(const char *path, const char *msg, char *out, size_t size);
/* A message whose position Lua cut to "...tail:LINE:" gets the whole path of
 * the file loaded in sb that ends so (in place). */
void scr_unshorten(const scr_sandbox *sb, char *msg, size_t size);

/* script_skills.c: the skill catalogue, every file of scripts/skills/ then each
 * pack's skills.lua, merged into one table left on the stack; false (with
 * "FILE: message" in err, nothing pushed) on an error or an id defined twice. */
bool scr_skills_build(scr_sandbox *sb, const char *data_root, const char *const *packs,
                      int pack_count, char *err, size_t err_size);

/* script_stdlib.c: the library a level gets, opened into L (a protected call). */
void scr_open_stdlib(lua_State *L);
/* script_stdlib.c: math.random's stream: the game's seed and a stream id
 * (from the level's id), restarted by math.randomseed. */
void scr_random_seed(scr_sandbox *sb, uint64_t seed, const char *stream);
/* script_stdlib.c: math.random / sq.random. */
int scr_random(lua_State *L);
/* script_pattern.c: string.find, match, gmatch and gsub with every step of
 * the matcher charged to the budget. */
int scr_str_find(lua_State *L);
int scr_str_match(lua_State *L);
int scr_str_gmatch(lua_State *L);
int scr_str_gsub(lua_State *L);

#endif
