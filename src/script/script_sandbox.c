/* script_sandbox: a Lua state a level cannot break out of, and its limits.
 *
 * - memory: the allocator refuses past the cap (but never fails a shrink);
 *   the host's own reads and writes get a small reserve above it, so a
 *   level that fills its memory cannot make the host's calls fail;
 * - the budget: a count hook, installed once and never reset between calls,
 *   adds up every Lua instruction the state runs; C work is charged by the
 *   guarded library (scr_charge) and every byte allocated costs too, so a
 *   long C call cannot escape. Over the budget the error is sticky: the
 *   hook fires on every instruction and the guarded pcall/xpcall/resume
 *   re-raise it, so `while true do pcall(f) end` cannot swallow it. The
 *   wall clock is read once per 64 hook calls, as a kill switch only;
 * - a hook that raises leaves hooks off in its thread until the error
 *   reaches a protected call, so Lua code that would run in between is
 *   never run (a level's xpcall handler, __close handlers);
 * - recursion is cut at SCR_MAX_DEPTH calls, long before it fills memory;
 * - errors: every call goes through a message handler that gives an error
 *   raised without a position (error(t), error(nil), a coroutine's error
 *   passed on) the place it came from, and never runs a metamethod. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#endif
#include "script_internal.h"
#include "log.h"

#include <lualib.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SCR_MAX_DEPTH 20000                 /* nested calls before "stack overflow" */
#define SCR_HOST_RESERVE (1u << 20)         /* bytes the host may use above the cap */
#define SCR_SETUP_INSTRUCTIONS 10000000u    /* opening the library */
#define SCR_ERROR_COST 10000u               /* a failed call: the host reports it */

/* Set-up is protected, so Lua cannot panic there; if it ever did, the
 * handler jumps back to scr_sandbox_new instead of letting Lua abort. */
static jmp_buf *scr_panic_jump;

scr_limits scr_default_limits(void)
{
    return (scr_limits){SCR_DEFAULT_MEMORY, SCR_DEFAULT_LOAD_INSTRUCTIONS,
                        SCR_DEFAULT_TICK_INSTRUCTIONS, SCR_DEFAULT_KILL_SECONDS};
}

static double scr_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void scr_hook(lua_State *L, lua_Debug *ar);

/* Over the budget: from the next instruction on, every instruction of the
 * running thread raises. */
static void scr_trip(scr_sandbox *sb, lua_State *L)
{
    sb->over_budget = true;
    if (L) lua_sethook(L, scr_hook, LUA_MASKCOUNT, 1);
}

static void *scr_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    scr_sandbox *sb = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        sb->used -= old;
        return NULL;
    }
    if (nsize > old) {
        size_t grow = nsize - old, cap = sb->cap + (sb->running ? 0 : SCR_HOST_RESERVE);
        if (grow > cap || sb->used + grow > cap) {
            sb->memory_refused = true;
            return NULL;
        }
        /* Allocation is priced: C work that builds strings or tables in one
         * call (string.rep, concatenation, table.concat) costs what it makes. */
        sb->spent += grow / SCR_ALLOC_BYTES;
        if (sb->spent > sb->limit && !sb->over_budget) scr_trip(sb, sb->running);
    }
    void *grown = realloc(ptr, nsize);
    if (!grown) {
        /* Lua assumes a shrink cannot fail: keep the old block. */
        if (nsize <= old) return ptr;
        sb->memory_refused = true;
        return NULL;
    }
    sb->used = sb->used - old + nsize;
    return grown;
}

scr_sandbox *scr_sandbox_of(lua_State *L)
{
    void *ud;
    lua_getallocf(L, &ud);
    return ud;
}

lua_State *scr_thread(const scr_sandbox *sb)
{
    return sb->running ? sb->running : sb->L;
}

/* --- the budget ------------------------------------------------------------- */

static const char *scr_phase_text(scr_phase phase)
{
    switch (phase) {
    case SCR_PHASE_TICK: return "in one tick";
    case SCR_PHASE_TEST: return "in one test case";
    default: return "while loading (the file, its map, its objects and on_start)";
    }
}

void scr_budget_message(const scr_sandbox *sb, char *out, size_t size)
{
    if (sb->killed)
        snprintf(out, size, "the level ran for more than %.1f s %s, the wall-clock limit",
                 sb->kill_seconds, scr_phase_text(sb->phase));
    else
        snprintf(out, size, "the level went over its budget of %llu instructions %s",
                 (unsigned long long)sb->limit, scr_phase_text(sb->phase));
}

static bool scr_stuck(const scr_sandbox *sb)
{
    return sb->over_budget || sb->killed || sb->too_deep;
}

/* Raises from inside the hook with the position of the code it stopped
 * (level 0: the running function; luaL_error would name its caller). */
static int scr_hook_error(lua_State *L, const char *message)
{
    luaL_where(L, 0);
    lua_pushstring(L, message);
    lua_concat(L, 2);
    return lua_error(L);
}

static void scr_depth_message(char *out, size_t size)
{
    snprintf(out, size, "stack overflow: more than %d nested calls (endless recursion?)",
             SCR_MAX_DEPTH);
}

static void scr_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    scr_sandbox *sb = scr_sandbox_of(L);
    sb->running = L;
    if (!scr_stuck(sb)) {
        int every = lua_gethookcount(L);
        sb->spent += (uint64_t)every;
        if (every != SCR_HOOK_EVERY) lua_sethook(L, scr_hook, LUA_MASKCOUNT, SCR_HOOK_EVERY);
        if (sb->spent > sb->limit) {
            sb->over_budget = true;
        } else if ((++sb->hook_calls & 63u) == 0) {
            double now = scr_now();
            if (sb->deadline == 0.0) sb->deadline = now + sb->kill_seconds;
            else if (now > sb->deadline) sb->killed = true;
        }
        /* Lua's own limit is a million stack slots, tens of MB: far past the
         * memory cap, so deep recursion would say "not enough memory". Walking
         * the calls costs at most SCR_MAX_DEPTH steps per hook. */
        lua_Debug deep;
        if (!sb->over_budget && !sb->killed && lua_getstack(L, SCR_MAX_DEPTH, &deep))
            sb->too_deep = true;
        if (!scr_stuck(sb)) return;
    }
    /* From now on every instruction of this thread raises. */
    lua_sethook(L, scr_hook, LUA_MASKCOUNT, 1);
    char message[200];
    if (sb->too_deep && !sb->over_budget && !sb->killed)
        scr_depth_message(message, sizeof message);
    else
        scr_budget_message(sb, message, sizeof message);
    scr_hook_error(L, message);
}

void scr_phase_begin(scr_sandbox *sb, scr_phase phase, uint64_t instructions, double kill_seconds)
{
    sb->phase = phase;
    sb->spent = 0;
    sb->limit = instructions;
    sb->kill_seconds = kill_seconds;
    sb->deadline = 0.0;
    sb->over_budget = sb->killed = sb->too_deep = false;
    sb->memory_refused = false;
    /* A count left at 1 by the last phase's stop. (Resetting the count drops
     * the instructions since the last hook: only after a stop.) */
    if (lua_gethookcount(sb->L) != SCR_HOOK_EVERY)
        lua_sethook(sb->L, scr_hook, LUA_MASKCOUNT, SCR_HOOK_EVERY);
}

void scr_budget_start(scr_sandbox *sb, double seconds, const char *what)
{
    (void)sb, (void)seconds, (void)what;
}

void scr_charge(lua_State *L, uint64_t instructions)
{
    scr_sandbox *sb = scr_sandbox_of(L);
    sb->spent += instructions;
    if (sb->spent <= sb->limit && !sb->over_budget) return;
    scr_trip(sb, L);
    char message[200];
    scr_budget_message(sb, message, sizeof message);
    luaL_error(L, "%s", message);
}

bool scr_limit_hit(lua_State *L)
{
    scr_sandbox *sb = scr_sandbox_of(L);
    return scr_stuck(sb) || sb->memory_refused;
}

void scr_reraise_limits(lua_State *L)
{
    scr_sandbox *sb = scr_sandbox_of(L);
    char message[200];
    if (sb->over_budget || sb->killed) {
        scr_budget_message(sb, message, sizeof message);
        luaL_error(L, "%s", message);
    }
    if (sb->too_deep) {
        scr_depth_message(message, sizeof message);
        luaL_error(L, "%s", message);
    }
    if (sb->memory_refused) {
        lua_pushliteral(L, "not enough memory");
        lua_error(L);
    }
}

/* --- messages ----------------------------------------------------------------- */

void scr_describe(lua_State *L, int index, char *out, size_t size)
{
    size_t len = 0;
    const char *text = NULL;
    char number[64];
    switch (lua_type(L, index)) {
    case LUA_TSTRING:
        text = lua_tolstring(L, index, &len);
        break;
    case LUA_TNUMBER:
        if (lua_isinteger(L, index))
            snprintf(number, sizeof number, "%lld", (long long)lua_tointeger(L, index));
        else
            snprintf(number, sizeof number, "%.14g", lua_tonumber(L, index));
        text = number;
        len = strlen(number);
        break;
    case LUA_TBOOLEAN:
        text = lua_toboolean(L, index) ? "true" : "false";
        len = strlen(text);
        break;
    default:
        snprintf(number, sizeof number, "(a %s value)", luaL_typename(L, index));
        text = number;
        len = strlen(number);
        break;
    }
    if (size == 0) return;
    size_t max = size - 1 < SCR_MAX_MESSAGE ? size - 1 : SCR_MAX_MESSAGE;
    bool cut = len > max;
    if (cut) len = max - 3;
    memcpy(out, text, len);
    if (cut) memcpy(out + len, "...", 3), len += 3;
    out[len] = '\0';
    /* One line per message: newlines inside a level's error would break
     * the FILE:LINE: format tools read. */
    for (char *p = out; *p; p++)
        if (*p == '\n' || *p == '\r') *p = ' ';
}

bool scr_has_position(const char *text)
{
    for (const char *p = strchr(text, ':'); p; p = strchr(p + 1, ':')) {
        const char *q = p + 1;
        while (*q >= '0' && *q <= '9') q++;
        if (q > p + 1 && *q == ':') return true;
    }
    return false;
}

/* The message handler of every call: the error as one bounded line, with
 * the place it came from when it has none (error(t), error(nil), a value a
 * coroutine raised and coroutine.wrap passed on). It reads no metatable. */
static int scr_msgh(lua_State *L)
{
    if (scr_limit_hit(L)) return 1; /* the limit's own message has its place */
    if (lua_type(L, 1) == LUA_TSTRING && scr_has_position(lua_tostring(L, 1))) return 1;
    char text[SCR_MAX_MESSAGE + 8];
    scr_describe(L, 1, text, sizeof text);
    lua_Debug ar;
    for (int level = 1; lua_getstack(L, level, &ar); level++) {
        lua_getinfo(L, "Sl", &ar);
        if (ar.currentline > 0) {
            lua_pushfstring(L, "%s:%d: %s", ar.short_src, ar.currentline, text);
            return 1;
        }
    }
    lua_pushstring(L, text);
    return 1;
}

bool scr_call(scr_sandbox *sb, int nargs, int nresults, char *err, size_t err_size)
{
    lua_State *L = scr_thread(sb);
    int fn = lua_gettop(L) - nargs;
    if (sb->over_budget || sb->killed) {
        /* Stopped before it starts: the host's own work used the rest. */
        scr_budget_message(sb, err, err_size);
        lua_settop(L, fn - 1);
        return false;
    }
    lua_State *outer = sb->running;
    if (!outer) {
        /* A call from the host, not from inside a callback. */
        sb->memory_refused = false;
        sb->too_deep = false;
    }
    sb->running = L;
    /* Below the function: a copy of it (to name it when the C work it ended
     * in went over the budget) and the message handler. */
    lua_pushvalue(L, fn);
    lua_pushcfunction(L, scr_msgh);
    lua_rotate(L, fn, 2);
    int status = lua_pcall(L, nargs, nresults, fn + 1);
    sb->running = outer;
    bool ok = status == LUA_OK;
    if (ok && (sb->over_budget || sb->killed)) {
        /* Nothing ran in Lua after the last charge: the error was never
         * raised. Fail here, at the function's first line. */
        char message[200];
        scr_budget_message(sb, message, sizeof message);
        lua_Debug ar;
        lua_pushvalue(L, fn);
        lua_getinfo(L, ">S", &ar);
        if (ar.linedefined > 0)
            snprintf(err, err_size, "%s:%d: %s", ar.short_src, ar.linedefined, message);
        else
            snprintf(err, err_size, "%s", message);
        scr_unshorten(sb, err, err_size);
        lua_settop(L, fn - 1);
        return false;
    }
    if (ok) {
        lua_remove(L, fn);
        lua_remove(L, fn);
        return true;
    }
    if (status == LUA_ERRMEM || sb->memory_refused) {
        snprintf(err, err_size, "the level used more than %zu MB of memory, its limit",
                 sb->cap >> 20);
        /* Free what the failed call left behind before the next one. */
        if (!outer) lua_gc(L, LUA_GCCOLLECT);
    } else if (status == LUA_ERRERR) {
        snprintf(err, err_size, "error while reporting an error (out of memory?)");
    } else {
        scr_describe(L, -1, err, err_size);
        scr_unshorten(sb, err, err_size);
    }
    lua_settop(L, fn - 1);
    if (!outer && !scr_stuck(sb) && lua_gethookcount(L) != SCR_HOOK_EVERY)
        lua_sethook(L, scr_hook, LUA_MASKCOUNT, SCR_HOOK_EVERY);
    /* Reporting an error is host work: a level cannot make thousands fail
     * in one tick for free. */
    sb->spent += SCR_ERROR_COST;
    if (sb->spent > sb->limit && !sb->over_budget) scr_trip(sb, outer);
    return false;
}

bool scr_protect(scr_sandbox *sb, lua_CFunction fn, void *ud, char *err, size_t err_size)
{
    lua_State *L = scr_thread(sb);
    lua_pushcfunction(L, fn);
    lua_pushlightuserdata(L, ud);
    return scr_call(sb, 1, 0, err, err_size);
}

/* --- loading files ------------------------------------------------------------ */

typedef struct {
    FILE *f;
    char buf[4096];
} scr_file_reader;

static const char *scr_read_chunk(lua_State *L, void *ud, size_t *size)
{
    (void)L;
    scr_file_reader *r = ud;
    *size = fread(r->buf, 1, sizeof r->buf, r->f);
    return *size ? r->buf : NULL;
}

char *scr_read_file_text(const char *path, size_t max, size_t *len, bool *whole)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *text = NULL;
    size_t cap = 0, n = 0;
    bool ended = false;
    for (;;) {
        if (n == cap) {
            size_t next = cap ? cap * 2 : 16384;
            if (next > max) next = max;
            char *grown = next > cap ? realloc(text, next + 1) : NULL;
            if (!grown) break;
            text = grown;
            cap = next;
        }
        size_t got = fread(text + n, 1, cap - n, f);
        n += got;
        if (got == 0) {
            ended = feof(f) && !ferror(f);
            break;
        }
    }
    fclose(f);
    if (!text) return NULL;
    text[n] = '\0';
    if (len) *len = n;
    if (whole) *whole = ended;
    return text;
}

void scr_remember_chunk(scr_sandbox *sb, const char *path)
{
    if (sb->chunk_count < SCR_MAX_CHUNKS) {
        size_t n = strlen(path) + 1;
        char *copy = malloc(n);
        if (copy) sb->chunks[sb->chunk_count++] = memcpy(copy, path, n);
    }
}

bool scr_load_failed(scr_sandbox *sb, const char *path, int status, bool read_error, char *err,
                     size_t err_size)
{
    if (status == LUA_OK && !read_error) return true;
    if (read_error) {
        snprintf(err, err_size, "cannot read the file");
    } else if (status == LUA_ERRMEM) {
        snprintf(err, err_size, "the file is too large to load (memory limit %zu MB)",
                 sb->cap >> 20);
    } else {
        char msg[SCR_MAX_MESSAGE + 8];
        scr_describe(sb->L, -1, msg, sizeof msg);
        /* Binary chunks get Lua's "attempt to load a binary chunk": say why. */
        if (strstr(msg, "binary chunk"))
            snprintf(err, err_size, "%s (levels must be Lua source text)", msg);
        else
            scr_syntax_hint(path, msg, err, err_size);
    }
    if (status != LUA_OK) lua_pop(sb->L, 1);
    return false;
}

bool scr_load_file(scr_sandbox *sb, const char *path, const char *chunkname, char *err,
                   size_t err_size)
{
    scr_file_reader r;
    r.f = fopen(path, "rb");
    if (!r.f) {
        snprintf(err, err_size, "cannot open the file");
        return false;
    }
    scr_remember_chunk(sb, path);
    int status = lua_load(sb->L, scr_read_chunk, &r, chunkname, "t");
    bool read_error = ferror(r.f);
    fclose(r.f);
    if (status == LUA_OK && read_error) lua_pop(sb->L, 1);
    return scr_load_failed(sb, path, status, read_error, err, err_size);
}

/* --- the state ----------------------------------------------------------------- */

static int scr_panic(lua_State *L)
{
    const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "(no message)";
    log_error("script: Lua error outside a protected call: %s", msg);
    if (scr_panic_jump) longjmp(*scr_panic_jump, 1);
    return 0; /* Lua aborts: every call into Lua is protected, so this is a bug */
}

static int scr_setup(lua_State *L)
{
    scr_open_stdlib(L);
    return 0;
}

static bool scr_setup_guarded(scr_sandbox *sb, char *msg, size_t size)
{
    jmp_buf jump;
    jmp_buf *outer = scr_panic_jump;
    volatile bool ok = false;
    if (setjmp(jump) == 0) {
        scr_panic_jump = &jump;
        ok = scr_protect(sb, scr_setup, NULL, msg, size);
    }
    scr_panic_jump = outer;
    return ok;
}

scr_sandbox *scr_sandbox_new(size_t memory_cap, char *err, size_t err_size)
{
    scr_sandbox *sb = calloc(1, sizeof *sb);
    if (!sb) {
        snprintf(err, err_size, "out of memory starting Lua");
        return NULL;
    }
    sb->cap = memory_cap;
    sb->L = lua_newstate(scr_alloc, sb);
    if (!sb->L) {
        snprintf(err, err_size, "out of memory starting Lua");
        free(sb);
        return NULL;
    }
    lua_atpanic(sb->L, scr_panic);
    lua_sethook(sb->L, scr_hook, LUA_MASKCOUNT, SCR_HOOK_EVERY);
    scr_phase_begin(sb, SCR_PHASE_LOAD, SCR_SETUP_INSTRUCTIONS, SCR_DEFAULT_KILL_SECONDS);
    scr_random_seed(sb, 0, "");
    char msg[SCR_MAX_MESSAGE + 64] = "Lua panicked";
    if (!scr_setup_guarded(sb, msg, sizeof msg)) {
        snprintf(err, err_size, "cannot start Lua: %s", msg);
        sb->running = NULL;
        lua_close(sb->L);
        free(sb);
        return NULL;
    }
    return sb;
}

void scr_sandbox_free(scr_sandbox *sb)
{
    if (!sb) return;
    sb->running = NULL;
    if (sb->L) lua_close(sb->L); /* no __gc is ever set, so closing runs no level code */
    for (int i = 0; i < sb->chunk_count; i++) free(sb->chunks[i]);
    free(sb);
}

/* --- raw reads ----------------------------------------------------------------- */

int scr_rawfield(lua_State *L, int table, const char *key)
{
    table = lua_absindex(L, table);
    lua_pushstring(L, key);
    return lua_rawget(L, table);
}

char *scr_strdup_field(lua_State *L, int table, const char *key)
{
    char *copy = NULL;
    if (scr_rawfield(L, table, key) == LUA_TSTRING) {
        size_t len;
        const char *s = lua_tolstring(L, -1, &len);
        copy = malloc(len + 1);
        if (copy) memcpy(copy, s, len + 1);
    }
    lua_pop(L, 1);
    return copy;
}

int scr_source_line(const char *source, const char *token)
{
    if (!source || !token || !*token) return 0;
    size_t tlen = strlen(token);
    int line = 1;
    for (const char *p = source; *p; p++) {
        if (*p == '\n') {
            line++;
            continue;
        }
        if (strncmp(p, token, tlen) != 0) continue;
        bool word_start = p == source || !(p[-1] == '_' || (p[-1] >= 'a' && p[-1] <= 'z') ||
                                           (p[-1] >= 'A' && p[-1] <= 'Z') ||
                                           (p[-1] >= '0' && p[-1] <= '9'));
        char after = p[tlen];
        bool word_end = !(after == '_' || (after >= 'a' && after <= 'z') ||
                          (after >= 'A' && after <= 'Z') || (after >= '0' && after <= '9'));
        if (word_start && word_end) return line;
    }
    return 0;
}
