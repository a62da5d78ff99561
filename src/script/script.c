/* script: the sandbox. What a level may use, and the limits that hold even
 * against a level written to break them:
 *
 * - memory: the allocator refuses past the cap (but never fails a shrink);
 * - time: a count hook compares the wall clock with the call's deadline.
 *   Once past it the error is sticky: the hook fires on every instruction
 *   and pcall/xpcall/coroutine.resume re-raise it, so `while true do
 *   pcall(f) end` cannot swallow it;
 * - C calls the hook cannot interrupt are guarded up front: pattern matching
 *   by a backtracking estimate, string.rep by the size it would make, the
 *   table functions that loop in C by the element count (table.sort gets a
 *   Lua comparator, so the hook sees it);
 * - a hook that raises leaves hooks off in its thread until the error reaches
 *   a protected call, so Lua code that would run in between is never run: a
 *   level's xpcall handler once a limit is hit, and the __close handlers of a
 *   coroutine a limit stopped;
 * - recursion is cut at SCR_MAX_DEPTH calls, long before it could fill memory;
 * - finalizers run with hooks off, so metatables with __gc are refused;
 * - the shared string metatable is locked; no io, os (but clocks), debug,
 *   package, dofile, loadfile, collectgarbage or binary chunks: using one
 *   says "X is not available to levels". */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#endif
#include "script_internal.h"
#include "log.h"

#include <lualib.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SCR_HOOK_EVERY 1000          /* instructions between clock checks */
#define SCR_PATTERN_BUDGET 2.0e7     /* estimated matcher steps allowed per call */
#define SCR_PLAIN_BUDGET 2.0e8       /* bytes compared by a plain (memcmp) find */
#define SCR_MAX_DEPTH 20000          /* nested calls before "stack overflow" */

double scr_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

scr_limits scr_default_limits(void)
{
    return (scr_limits){SCR_DEFAULT_MEMORY, SCR_DEFAULT_LOAD_SECONDS, SCR_DEFAULT_CALL_SECONDS};
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
    if (nsize > old && (nsize - old > sb->cap || sb->used + (nsize - old) > sb->cap)) {
        sb->memory_refused = true;
        return NULL;
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

/* The sticky "stack overflow" flag. It lives in the registry (a boolean
 * stored under an existing key: setting it never allocates). */
static const char scr_deep_key = 'd';

static bool scr_too_deep(lua_State *L)
{
    lua_rawgetp(L, LUA_REGISTRYINDEX, &scr_deep_key);
    bool deep = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return deep;
}

static void scr_set_too_deep(lua_State *L, bool deep)
{
    lua_pushboolean(L, deep);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &scr_deep_key);
}

/* Raises from inside the hook with the position of the code it stopped
 * (level 0: the running function; luaL_error would name its caller). */
static int scr_hook_error(lua_State *L, const char *fmt, ...)
{
    luaL_where(L, 0);
    va_list ap;
    va_start(ap, fmt);
    lua_pushvfstring(L, fmt, ap);
    va_end(ap);
    lua_concat(L, 2);
    return lua_error(L);
}

static void scr_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    scr_sandbox *sb = scr_sandbox_of(L);
    if (!sb->over_budget && scr_now() > sb->deadline) sb->over_budget = true;
    if (sb->over_budget) {
        /* From now on every instruction of every thread raises. */
        lua_sethook(L, scr_hook, LUA_MASKCOUNT, 1);
        scr_hook_error(L, "%s took longer than %d ms, the level's time budget", sb->what,
                       (int)(sb->budget * 1000.0 + 0.5));
    }
    /* Lua's own limit is a million stack slots, tens of MB: far past the
     * memory cap, so deep recursion would say "not enough memory". Walking
     * the calls costs at most SCR_MAX_DEPTH steps per hook. */
    lua_Debug deep;
    if (scr_too_deep(L) || lua_getstack(L, SCR_MAX_DEPTH, &deep)) {
        scr_set_too_deep(L, true);
        lua_sethook(L, scr_hook, LUA_MASKCOUNT, 1);
        scr_hook_error(L, "stack overflow: more than %d nested calls (endless recursion?)",
                       SCR_MAX_DEPTH);
    }
}

void scr_budget_start(scr_sandbox *sb, double seconds, const char *what)
{
    sb->over_budget = false;
    sb->memory_refused = false;
    sb->budget = seconds;
    sb->deadline = scr_now() + seconds;
    snprintf(sb->what, sizeof sb->what, "%s", what);
    scr_set_too_deep(sb->L, false);
    lua_sethook(sb->L, scr_hook, LUA_MASKCOUNT, SCR_HOOK_EVERY);
}

/* True once a sticky limit is hit in the current call. After the hook
 * raised, hooks stay off in that thread until the error reaches a protected
 * call, so no level code may run on the way there. */
static bool scr_limit_hit(lua_State *L)
{
    scr_sandbox *sb = scr_sandbox_of(L);
    return sb->over_budget || sb->memory_refused || scr_too_deep(L);
}

/* The sticky limits: after any, no Lua code gets to catch the error. */
static void scr_reraise_limits(lua_State *L)
{
    scr_sandbox *sb = scr_sandbox_of(L);
    if (sb->over_budget)
        luaL_error(L, "%s took longer than %d ms, the level's time budget", sb->what,
                   (int)(sb->budget * 1000.0 + 0.5));
    if (scr_too_deep(L))
        luaL_error(L, "stack overflow: more than %d nested calls (endless recursion?)",
                   SCR_MAX_DEPTH);
    if (sb->memory_refused) {
        lua_pushliteral(L, "not enough memory");
        lua_error(L);
    }
}

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

bool scr_call(scr_sandbox *sb, int nargs, int nresults, char *err, size_t err_size)
{
    lua_State *L = sb->L;
    int status = lua_pcall(L, nargs, nresults, 0);
    lua_sethook(L, NULL, 0, 0);
    if (status == LUA_OK) return true;
    if (status == LUA_ERRMEM || sb->memory_refused) {
        snprintf(err, err_size, "the level used more than %zu MB of memory, its limit",
                 sb->cap >> 20);
    } else {
        scr_describe(L, -1, err, err_size);
    }
    lua_pop(L, 1);
    /* Free what the failed call left behind before the next one. */
    lua_gc(L, LUA_GCCOLLECT);
    return false;
}

typedef struct {
    FILE *f;
    char buf[4096];
} scr_reader;

static const char *scr_read_chunk(lua_State *L, void *ud, size_t *size)
{
    (void)L;
    scr_reader *r = ud;
    *size = fread(r->buf, 1, sizeof r->buf, r->f);
    return *size ? r->buf : NULL;
}

bool scr_load_file(scr_sandbox *sb, const char *path, const char *chunkname, char *err,
                   size_t err_size)
{
    scr_reader r;
    r.f = fopen(path, "rb");
    if (!r.f) {
        snprintf(err, err_size, "cannot open the file");
        return false;
    }
    int status = lua_load(sb->L, scr_read_chunk, &r, chunkname, "t");
    bool read_error = ferror(r.f);
    fclose(r.f);
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
            snprintf(err, err_size, "%s", msg);
    }
    if (status != LUA_OK) lua_pop(sb->L, 1);
    return false;
}

/* --- the library a level gets ------------------------------------------- */

static int scr_finish_pcall(lua_State *L, int status, lua_KContext extra)
{
    scr_reraise_limits(L);
    if (status != LUA_OK && status != LUA_YIELD) {
        lua_pushboolean(L, 0);
        lua_pushvalue(L, -2);
        return 2;
    }
    return lua_gettop(L) - (int)extra;
}

static int scr_pcall(lua_State *L)
{
    luaL_checkany(L, 1);
    lua_pushboolean(L, 1);
    lua_insert(L, 1);
    int status = lua_pcallk(L, lua_gettop(L) - 2, LUA_MULTRET, 0, 0, scr_finish_pcall);
    return scr_finish_pcall(L, status, 0);
}

/* A level's xpcall handler, called only while no limit is hit: after the
 * hook raised, Lua calls handlers with hooks off, where a loop never ends. */
static int scr_handler(lua_State *L)
{
    if (scr_limit_hit(L)) return 1; /* the error as it is */
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int scr_xpcall(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, scr_handler, 1);
    lua_replace(L, 2);
    lua_pushboolean(L, 1);
    lua_pushvalue(L, 1);
    lua_rotate(L, 3, 2);
    int status = lua_pcallk(L, n - 2, LUA_MULTRET, 2, 2, scr_finish_pcall);
    return scr_finish_pcall(L, status, 2);
}

/* Coroutines a limit stopped, in a weak table: true for those, false for
 * the others (set at creation, so marking one later never allocates). Hooks
 * stay off in a stopped coroutine for good, so its __close handlers, which
 * coroutine.close and coroutine.wrap would run, never run. */
static const char scr_stopped_key = 's';

static int scr_stopped_mark(lua_State *L, int index, int value)
{
    index = lua_absindex(L, index);
    if (lua_type(L, index) != LUA_TTHREAD) return LUA_TNIL;
    lua_rawgetp(L, LUA_REGISTRYINDEX, &scr_stopped_key);
    lua_pushvalue(L, index);
    int known = lua_rawget(L, -2);
    bool stopped = lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (known != LUA_TNIL && value >= 0) {
        lua_pushvalue(L, index);
        lua_pushboolean(L, value);
        lua_rawset(L, -3);
    }
    lua_pop(L, 1);
    return stopped ? LUA_TBOOLEAN : LUA_TNIL;
}

static int scr_cocreate(lua_State *L)
{
    /* The original coroutine.create is upvalue 1. */
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &scr_stopped_key);
    lua_pushvalue(L, -2);
    lua_pushboolean(L, 0);
    lua_rawset(L, -3);
    lua_pop(L, 1);
    return 1;
}

static int scr_resume(lua_State *L)
{
    /* The original coroutine.resume is upvalue 1. */
    int n = lua_gettop(L);
    lua_pushvalue(L, 1); /* the coroutine stays at 1 */
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_rotate(L, 1, 2);
    lua_call(L, n, LUA_MULTRET);
    if (scr_limit_hit(L)) {
        scr_stopped_mark(L, 1, 1);
        scr_reraise_limits(L);
    }
    return lua_gettop(L) - 1;
}

static int scr_coclose(lua_State *L)
{
    /* The original coroutine.close is upvalue 1. */
    if (scr_stopped_mark(L, 1, -1) != LUA_TNIL) {
        lua_pushboolean(L, 0);
        lua_pushliteral(L, "the coroutine was stopped by a limit of the level; its __close "
                           "handlers do not run");
        return 2;
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    scr_reraise_limits(L); /* a __close handler over budget: close caught it */
    return lua_gettop(L);
}

/* The function coroutine.wrap returns: Lua's, through the guarded resume and
 * close. Upvalues: the coroutine, resume, close. */
static int scr_auxwrap(lua_State *L)
{
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_rotate(L, 1, 2);
    lua_call(L, n + 1, LUA_MULTRET); /* raises itself when a limit is hit */
    if (lua_toboolean(L, 1)) return lua_gettop(L) - 1;
    lua_settop(L, 2);
    int status = lua_status(lua_tothread(L, lua_upvalueindex(1)));
    if (status != LUA_OK && status != LUA_YIELD) {
        /* An error in the coroutine: close it (its __close handlers run, under
         * the budget) and pass on the error the closing leaves. */
        lua_pushvalue(L, lua_upvalueindex(3));
        lua_pushvalue(L, lua_upvalueindex(1));
        lua_call(L, 1, 2);
        lua_copy(L, -1, 2);
        lua_settop(L, 2);
    }
    if (status != LUA_ERRMEM && lua_type(L, 2) == LUA_TSTRING) {
        luaL_where(L, 1);
        lua_insert(L, 2);
        lua_concat(L, 2);
    }
    return lua_error(L);
}

static int scr_cowrap(lua_State *L)
{
    /* Upvalues: the guarded create, resume and close. */
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_call(L, 1, 1);
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_pushvalue(L, lua_upvalueindex(3));
    lua_pushcclosure(L, scr_auxwrap, 3);
    return 1;
}

static int scr_setmetatable(lua_State *L)
{
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "__gc finalizers are not available to levels");
        lua_pop(L, 1);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int scr_load(lua_State *L)
{
    size_t len;
    const char *chunk = luaL_checklstring(L, 1, &len);
    const char *name = luaL_optstring(L, 2, "=(load)");
    int status = luaL_loadbufferx(L, chunk, len, name, "t");
    if (status != LUA_OK) {
        scr_reraise_limits(L);
        lua_pushnil(L);
        lua_insert(L, -2);
        return 2;
    }
    if (!lua_isnoneornil(L, 4)) {
        /* load(chunk, name, mode, env): the new chunk's _ENV is env. */
        lua_pushvalue(L, 4);
        if (!lua_setupvalue(L, -2, 1)) lua_pop(L, 1);
    }
    return 1;
}

static int scr_print(lua_State *L)
{
    char line[SCR_MAX_MESSAGE + 1];
    char part[SCR_MAX_MESSAGE + 1];
    line[0] = '\0';
    for (int i = 1; i <= lua_gettop(L); i++) {
        scr_describe(L, i, part, sizeof part);
        /* A long print is cut, never overflowed. */
        size_t used = strlen(line), room = sizeof line - 1 - used;
        if (i > 1 && room > 0) line[used++] = '\t', room--;
        size_t n = strlen(part) < room ? strlen(part) : room;
        memcpy(line + used, part, n);
        line[used + n] = '\0';
    }
    log_info("level: %s", line);
    return 0;
}

/* Backtracking patterns cost about n^(q+1) steps for a subject of n bytes
 * and q repetition items, and the matcher runs in C where the hook cannot
 * stop it: estimate before running, refuse what could not finish in time.
 * Without repetitions a match is tried at each of n positions and may get
 * through the whole pattern every time: n * m steps for m pattern bytes. */
static void scr_pattern_guard(lua_State *L, const char *fn, bool plain)
{
    size_t n, plen;
    luaL_checklstring(L, 1, &n);
    const char *p = luaL_checklstring(L, 2, &plen);
    bool literal = plain || strpbrk(p, "^$*+?.([%-") == NULL;
    int repeats = 0;
    for (size_t i = 0; i < plen && !literal; i++) {
        if (p[i] == '%') {
            if (i + 1 < plen && p[i + 1] == 'b') repeats++;
            i++;
            continue;
        }
        if (p[i] == '*' || p[i] == '+' || p[i] == '-' || p[i] == '?') repeats++;
    }
    double cost, budget = SCR_PATTERN_BUDGET;
    double tries = (double)n + 1.0, steps = (double)(plen < n + 1 ? plen : n + 1);
    if (repeats == 0) {
        cost = (p[0] == '^' && !literal ? 1.0 : tries) * steps;
        /* A literal find compares with memchr and memcmp: much faster. */
        if (literal && strcmp(fn, "find") == 0) budget = SCR_PLAIN_BUDGET;
    } else {
        /* Backtracking tries every way to share the subject among the
         * repetitions: C(n + r, r) of them, from each start position unless
         * anchored. (n^r/r! undercounts badly when r exceeds n.) */
        cost = p[0] == '^' ? 1.0 : tries;
        for (int k = 1; k <= repeats && cost <= budget; k++) cost *= ((double)n + k) / k;
    }
    if (cost > budget) {
        if (repeats == 0)
            luaL_error(L, "string.%s: a %d-byte pattern on %d bytes would take too long; use a "
                          "shorter pattern or a shorter string", fn, (int)plen, (int)n);
        luaL_error(L, "string.%s: pattern '%s' with %d repetitions on %d bytes could backtrack "
                      "too long; use a simpler pattern or a shorter string", fn,
                   plen > 40 ? "(long pattern)" : p, repeats, (int)n);
    }
}

static int scr_guarded(lua_State *L, const char *fn)
{
    bool plain = strcmp(fn, "find") == 0 && lua_toboolean(L, 4);
    scr_pattern_guard(L, fn, plain);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

static int scr_find(lua_State *L) { return scr_guarded(L, "find"); }
static int scr_match(lua_State *L) { return scr_guarded(L, "match"); }
static int scr_gmatch(lua_State *L) { return scr_guarded(L, "gmatch"); }
static int scr_gsub(lua_State *L) { return scr_guarded(L, "gsub"); }

static int scr_rep(lua_State *L)
{
    size_t len, seplen = 0;
    luaL_checklstring(L, 1, &len);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &seplen);
    scr_sandbox *sb = scr_sandbox_of(L);
    if (n > 0) {
        double total = (double)n * (double)(len + seplen);
        if (total > (double)(sb->cap - sb->used)) {
            char size[32]; /* lua_pushfstring knows no %.0f */
            snprintf(size, sizeof size, "%.0f", total);
            return luaL_error(L, "string.rep would make a %s-byte string; the level may use "
                                 "%d MB in all", size, (int)(sb->cap >> 20));
        }
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* Calls the original function (upvalue 1) with the arguments as they are. */
static int scr_forward(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* The table functions loop in C over a count the level chooses (through
 * arguments or __len), with no Lua code for the hook to see when the table
 * is plain or its metamethods are C functions. No table in the level's
 * memory holds more than one 16-byte value per element: past that, refuse. */
static void scr_check_count(lua_State *L, const char *fn, lua_Integer first, lua_Integer last)
{
    lua_Unsigned max = scr_sandbox_of(L)->cap / 16;
    if (last < first || (lua_Unsigned)last - (lua_Unsigned)first < max) return;
    char count[32];
    snprintf(count, sizeof count, "%.0f", (double)((lua_Unsigned)last - (lua_Unsigned)first) + 1.0);
    luaL_error(L, "table.%s over %s elements; a table in the level's memory holds at most %I",
               fn, count, (lua_Integer)max);
}

static int scr_move(lua_State *L)
{
    scr_check_count(L, "move", luaL_checkinteger(L, 2), luaL_checkinteger(L, 3));
    return scr_forward(L);
}

static int scr_concat(lua_State *L)
{
    if (lua_type(L, 1) != LUA_TTABLE) return scr_forward(L);
    lua_Integer first = luaL_optinteger(L, 3, 1);
    lua_Integer last = lua_isnoneornil(L, 4) ? luaL_len(L, 1) : luaL_checkinteger(L, 4);
    scr_check_count(L, "concat", first, last);
    /* Pass the length on: __len could answer differently a second time. */
    lua_settop(L, 4);
    lua_pushinteger(L, last);
    lua_replace(L, 4);
    return scr_forward(L);
}

/* table.insert and table.remove as Lua's, but reading #t once and checking
 * how many elements they would move first. */
static int scr_insert(lua_State *L)
{
    if (lua_type(L, 1) != LUA_TTABLE) return scr_forward(L);
    lua_Integer e = (lua_Integer)((lua_Unsigned)luaL_len(L, 1) + 1u); /* first empty slot */
    lua_Integer pos = e;
    switch (lua_gettop(L)) {
    case 2:
        break;
    case 3:
        pos = luaL_checkinteger(L, 2);
        luaL_argcheck(L, (lua_Unsigned)pos - 1u < (lua_Unsigned)e, 2, "position out of bounds");
        scr_check_count(L, "insert", pos, e);
        for (lua_Integer i = e; i > pos; i--) {
            lua_geti(L, 1, i - 1);
            lua_seti(L, 1, i);
        }
        break;
    default:
        return luaL_error(L, "wrong number of arguments to 'insert'");
    }
    lua_seti(L, 1, pos);
    return 0;
}

static int scr_remove(lua_State *L)
{
    if (lua_type(L, 1) != LUA_TTABLE) return scr_forward(L);
    lua_Integer size = luaL_len(L, 1);
    lua_Integer pos = luaL_optinteger(L, 2, size);
    if (pos != size)
        luaL_argcheck(L, (lua_Unsigned)pos - 1u <= (lua_Unsigned)size, 2, "position out of bounds");
    scr_check_count(L, "remove", pos, size);
    lua_geti(L, 1, pos);
    for (; pos < size; pos++) {
        lua_geti(L, 1, pos + 1);
        lua_seti(L, 1, pos);
    }
    lua_pushnil(L);
    lua_seti(L, 1, pos);
    return 1;
}

/* table.sort compares in C unless given a function: give it one in Lua, so
 * a long sort (or one over a huge __len) meets the hook. Upvalue 2. */
static int scr_sort(lua_State *L)
{
    if (lua_isnoneornil(L, 2)) {
        lua_settop(L, 1);
        lua_pushvalue(L, lua_upvalueindex(2));
    }
    return scr_forward(L);
}

/* What a level may not use: the name says what it tried. */
static int scr_unavailable(lua_State *L)
{
    return luaL_error(L, "%s is not available to levels", lua_tostring(L, lua_upvalueindex(1)));
}

/* __index of the stand-ins for io, package and debug: upvalue 1 is the name. */
static int scr_unavailable_field(lua_State *L)
{
    const char *lib = lua_tostring(L, lua_upvalueindex(1));
    if (lua_type(L, 2) == LUA_TSTRING)
        return luaL_error(L, "%s.%s is not available to levels", lib, lua_tostring(L, 2));
    return luaL_error(L, "%s is not available to levels", lib);
}

static void scr_set_unavailable(lua_State *L, int table, const char *field, const char *name)
{
    lua_pushstring(L, name);
    lua_pushcclosure(L, scr_unavailable, 1);
    lua_setfield(L, table, field);
}

/* Replaces lib[name] with fn, giving fn the original as upvalue 1. */
static void scr_wrap(lua_State *L, int lib, const char *name, lua_CFunction fn)
{
    lua_getfield(L, lib, name);
    lua_pushcclosure(L, fn, 1);
    lua_setfield(L, lib, name);
}

static void scr_open_libs(lua_State *L)
{
    luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
    luaL_requiref(L, LUA_COLIBNAME, luaopen_coroutine, 1);
    lua_pop(L, 6);

    lua_pushglobaltable(L);
    int g = lua_gettop(L);
    static const char *const removed[] = {"dofile", "loadfile", "require", "collectgarbage"};
    for (size_t i = 0; i < sizeof removed / sizeof *removed; i++)
        scr_set_unavailable(L, g, removed[i], removed[i]);
    static const char *const libs[] = {"io", "package", "debug"};
    for (size_t i = 0; i < sizeof libs / sizeof *libs; i++) {
        lua_newtable(L);
        lua_createtable(L, 0, 2);
        lua_pushstring(L, libs[i]);
        lua_pushcclosure(L, scr_unavailable_field, 1);
        lua_setfield(L, -2, "__index");
        lua_pushliteral(L, "locked");
        lua_setfield(L, -2, "__metatable");
        lua_setmetatable(L, -2);
        lua_setfield(L, g, libs[i]);
    }
    lua_pushcfunction(L, scr_pcall);
    lua_setfield(L, g, "pcall");
    lua_pushcfunction(L, scr_xpcall);
    lua_setfield(L, g, "xpcall");
    lua_pushcfunction(L, scr_load);
    lua_setfield(L, g, "load");
    lua_pushcfunction(L, scr_print);
    lua_setfield(L, g, "print");
    scr_wrap(L, g, "setmetatable", scr_setmetatable);

    /* os: only the clocks. */
    lua_newtable(L);
    luaL_requiref(L, "__os", luaopen_os, 0);
    int os = lua_gettop(L);
    static const char *const kept[] = {"clock", "time", "difftime"};
    for (size_t i = 0; i < sizeof kept / sizeof *kept; i++) {
        lua_getfield(L, os, kept[i]);
        lua_setfield(L, os - 1, kept[i]);
    }
    lua_pop(L, 1);
    static const char *const os_removed[] = {"execute", "remove", "rename", "exit", "getenv",
                                             "tmpname", "setlocale", "date"};
    for (size_t i = 0; i < sizeof os_removed / sizeof *os_removed; i++) {
        char name[32];
        snprintf(name, sizeof name, "os.%s", os_removed[i]);
        scr_set_unavailable(L, os - 1, os_removed[i], name);
    }
    lua_setfield(L, g, "os");

    /* Coroutines: the marks of stopped ones, and create, resume, close and
     * wrap that keep them. */
    lua_newtable(L);
    lua_createtable(L, 0, 1);
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &scr_stopped_key);
    lua_getglobal(L, "coroutine");
    int co = lua_gettop(L);
    scr_wrap(L, co, "create", scr_cocreate);
    scr_wrap(L, co, "resume", scr_resume);
    scr_wrap(L, co, "close", scr_coclose);
    lua_getfield(L, co, "create");
    lua_getfield(L, co, "resume");
    lua_getfield(L, co, "close");
    lua_pushcclosure(L, scr_cowrap, 3);
    lua_setfield(L, co, "wrap");
    lua_pop(L, 1);

    lua_getglobal(L, "table");
    int t = lua_gettop(L);
    scr_wrap(L, t, "move", scr_move);
    scr_wrap(L, t, "concat", scr_concat);
    scr_wrap(L, t, "insert", scr_insert);
    scr_wrap(L, t, "remove", scr_remove);
    lua_getfield(L, t, "sort");
    static const char less[] = "return function(a, b) return a < b end";
    luaL_loadbuffer(L, less, sizeof less - 1, "=table.sort");
    lua_call(L, 0, 1);
    lua_pushcclosure(L, scr_sort, 2);
    lua_setfield(L, t, "sort");
    lua_pop(L, 1);

    lua_getglobal(L, "string");
    int s = lua_gettop(L);
    scr_wrap(L, s, "find", scr_find);
    scr_wrap(L, s, "match", scr_match);
    scr_wrap(L, s, "gmatch", scr_gmatch);
    scr_wrap(L, s, "gsub", scr_gsub);
    scr_wrap(L, s, "rep", scr_rep);
    scr_set_unavailable(L, s, "dump", "string.dump"); /* its output could never be loaded */
    lua_pop(L, 1);

    /* Lua seeds math.random from the clock; levels must replay the same way. */
    lua_getglobal(L, "math");
    lua_getfield(L, -1, "randomseed");
    lua_pushinteger(L, 1);
    lua_call(L, 1, 0);
    lua_pop(L, 1);

    /* Lock the metatable every string shares: getmetatable("") gives a
     * string, never the table, so a level cannot swap methods under us. */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);
    lua_pop(L, 1); /* global table */
}

scr_sandbox *scr_sandbox_new(size_t memory_cap)
{
    scr_sandbox *sb = calloc(1, sizeof *sb);
    if (!sb) return NULL;
    sb->cap = memory_cap;
    sb->L = lua_newstate(scr_alloc, sb);
    if (!sb->L) {
        free(sb);
        return NULL;
    }
    /* Opening the libraries runs no level code; it cannot loop. */
    scr_budget_start(sb, 5.0, "starting Lua");
    scr_open_libs(sb->L);
    lua_sethook(sb->L, NULL, 0, 0);
    return sb;
}

void scr_sandbox_free(scr_sandbox *sb)
{
    if (!sb) return;
    if (sb->L) lua_close(sb->L); /* no __gc is ever set, so closing runs no level code */
    free(sb);
}

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
