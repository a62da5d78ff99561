/* script_stdlib: the standard library a level gets, guarded.
 *
 * - no io, os (but difftime), debug, package, dofile, loadfile, require,
 *   collectgarbage, string.dump or binary chunks: using one says "X is not
 *   available to levels". No clock either: a level's world must be the same
 *   on every run (sq.time() is the game's time);
 * - C functions that work in proportion to their input are priced before
 *   they run: pattern matching step by step (script_pattern.c), string.rep
 *   by its repetitions, string.byte and utf8 by the bytes they walk, the
 *   table functions by the elements they move or sort, load by its source,
 *   tonumber by its text; what they allocate is priced by the allocator;
 * - pcall, xpcall and coroutines re-raise a limit's error, and a coroutine a
 *   limit stopped never runs its __close handlers;
 * - finalizers would run with hooks off, so metatables with __gc are refused;
 * - the shared string metatable is locked;
 * - math.random draws from the game's seed and the level's id. */
#include "script_internal.h"
#include "log.h"

#include <lualib.h>
#include <stdio.h>
#include <string.h>

/* --- protected calls -------------------------------------------------------- */

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

/* --- coroutines ---------------------------------------------------------------- */

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
    /* A new thread starts a fresh count toward the hook: a coroutine thrown
     * away before its first hook would run up to that many instructions for
     * free. Charge them up front. */
    scr_charge(L, SCR_HOOK_EVERY);
    lua_pushvalue(L, lua_upvalueindex(1)); /* the original coroutine.create */
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
    scr_sandbox *sb = scr_sandbox_of(L);
    int n = lua_gettop(L);
    lua_pushvalue(L, 1); /* the coroutine stays at 1 */
    lua_pushvalue(L, lua_upvalueindex(1)); /* the original coroutine.resume */
    lua_rotate(L, 1, 2);
    /* The allocator stops the running thread when the budget runs out. */
    lua_State *outer = sb->running;
    if (lua_type(L, 1) == LUA_TTHREAD) sb->running = lua_tothread(L, 1);
    lua_call(L, n, LUA_MULTRET);
    sb->running = outer;
    if (scr_limit_hit(L)) {
        scr_stopped_mark(L, 1, 1);
        scr_reraise_limits(L);
    }
    return lua_gettop(L) - 1;
}

static int scr_coclose(lua_State *L)
{
    if (scr_stopped_mark(L, 1, -1) != LUA_TNIL) {
        lua_pushboolean(L, 0);
        lua_pushliteral(L, "the coroutine was stopped by a limit of the level; its __close "
                           "handlers do not run");
        return 2;
    }
    lua_pushvalue(L, lua_upvalueindex(1)); /* the original coroutine.close */
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

/* --- the base library ------------------------------------------------------------ */

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
    scr_charge(L, len); /* the parser reads every byte */
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
    scr_sandbox *sb = scr_sandbox_of(L);
    if (sb->print) sb->print(sb->print_user, line);
    return 0;
}

/* Calls the original function (upvalue 1) with the arguments as they are. */
static int scr_forward(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* tonumber reads every byte of a string. */
static int scr_tonumber(lua_State *L)
{
    if (lua_type(L, 1) == LUA_TSTRING) scr_charge(L, lua_rawlen(L, 1) / 4);
    return scr_forward(L);
}

/* --- strings ---------------------------------------------------------------------- */

/* The byte range [i, j] of a string of len bytes as Lua reads i and j
 * (negative from the end, clipped): how many bytes it holds. */
static lua_Integer scr_span(lua_Integer i, lua_Integer j, size_t len)
{
    lua_Integer n = (lua_Integer)len;
    if (i < 0) i = i < -n ? 1 : n + i + 1;
    else if (i == 0) i = 1;
    if (j < 0) j = j < -n ? 0 : n + j + 1;
    else if (j > n) j = n;
    return j >= i ? j - i + 1 : 0;
}

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
        /* Each repetition is a step (a short copy) even when it copies
         * nothing; the bytes are charged where they are allocated. */
        scr_charge(L, (uint64_t)n / 8 + 1);
    }
    return scr_forward(L);
}

static int scr_byte(lua_State *L)
{
    size_t len;
    luaL_checklstring(L, 1, &len);
    lua_Integer i = luaL_optinteger(L, 2, 1);
    scr_charge(L, (uint64_t)scr_span(i, luaL_optinteger(L, 3, i), len));
    return scr_forward(L);
}

/* utf8.len and utf8.codepoint walk bytes i..j (codepoint's j defaults to i). */
static int scr_utf8_walk(lua_State *L, bool to_end)
{
    size_t len;
    luaL_checklstring(L, 1, &len);
    lua_Integer i = luaL_optinteger(L, 2, 1);
    scr_charge(L, (uint64_t)scr_span(i, luaL_optinteger(L, 3, to_end ? -1 : i), len));
    return scr_forward(L);
}

static int scr_utf8_len(lua_State *L) { return scr_utf8_walk(L, true); }
static int scr_utf8_codepoint(lua_State *L) { return scr_utf8_walk(L, false); }

static int scr_utf8_offset(lua_State *L)
{
    size_t len;
    luaL_checklstring(L, 1, &len);
    lua_Integer n = luaL_checkinteger(L, 2);
    lua_Unsigned steps = n < 0 ? (lua_Unsigned)0 - (lua_Unsigned)n : (lua_Unsigned)n;
    scr_charge(L, steps / 4 < len ? steps * 4 + 1 : len + 1);
    return scr_forward(L);
}

/* string.pack, unpack and packsize go through their format once per item. */
static int scr_pack_fmt(lua_State *L)
{
    size_t len;
    luaL_checklstring(L, 1, &len);
    scr_charge(L, len);
    return scr_forward(L);
}

/* --- tables ------------------------------------------------------------------------- */

/* The table functions loop in C over a count the level chooses (through
 * arguments or __len). No table in the level's memory holds more than one
 * 16-byte value per element: past that, refuse; below it, charge. */
static void scr_check_count(lua_State *L, const char *fn, lua_Integer first, lua_Integer last)
{
    if (last < first) return;
    lua_Unsigned max = scr_sandbox_of(L)->cap / 16;
    lua_Unsigned count = (lua_Unsigned)last - (lua_Unsigned)first;
    if (count < max) {
        scr_charge(L, (uint64_t)count + 1);
        return;
    }
    char text[32];
    snprintf(text, sizeof text, "%.0f", (double)count + 1.0);
    luaL_error(L, "table.%s over %s elements; a table in the level's memory holds at most %I",
               fn, text, (lua_Integer)max);
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

static int scr_unpack(lua_State *L)
{
    lua_Integer first = luaL_optinteger(L, 2, 1);
    lua_Integer last = lua_isnoneornil(L, 3) ? luaL_len(L, 1) : luaL_checkinteger(L, 3);
    scr_check_count(L, "unpack", first, last);
    lua_settop(L, 3);
    lua_pushinteger(L, last);
    lua_replace(L, 3);
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

/* table.sort compares about n log n times, in C when the comparator is C
 * (or the default): price that up front. */
static int scr_sort(lua_State *L)
{
    if (lua_type(L, 1) == LUA_TTABLE) {
        lua_Integer n = luaL_len(L, 1);
        if (n > 1) {
            scr_check_count(L, "sort", 1, n);
            uint64_t log = 1;
            while ((lua_Integer)1 << log < n && log < 62) log++;
            scr_charge(L, (uint64_t)n * log);
        }
    }
    return scr_forward(L);
}

/* --- math.random --------------------------------------------------------------------- */

static uint64_t scr_mix(uint64_t x)
{
    /* splitmix64's finaliser: nearby seeds give unrelated streams. */
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

static uint64_t scr_name_hash(const char *name)
{
    uint64_t h = 0xcbf29ce484222325ULL; /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *)name; *p; p++)
        h = (h ^ *p) * 0x100000001b3ULL;
    return h;
}

void scr_random_seed(scr_sandbox *sb, uint64_t seed, const char *stream)
{
    sb->seed = seed;
    sb->stream = scr_name_hash(stream);
    rng_seed(&sb->rng, scr_mix(seed ^ scr_mix(sb->stream)));
}

static uint64_t scr_next64(rng_state *rng)
{
    uint64_t hi = rng_next(rng);
    return hi << 32 | rng_next(rng);
}

/* Uniform in [0, span] without modulo bias. */
static uint64_t scr_below_or_at(rng_state *rng, uint64_t span)
{
    if (span < UINT32_MAX) return rng_below(rng, (uint32_t)span + 1u);
    if (span == UINT64_MAX) return scr_next64(rng);
    uint64_t bound = span + 1, threshold = (0 - bound) % bound;
    for (;;) {
        uint64_t x = scr_next64(rng);
        if (x >= threshold) return x % bound;
    }
}

int scr_random(lua_State *L)
{
    rng_state *rng = &scr_sandbox_of(L)->rng;
    lua_Integer lo, hi;
    switch (lua_gettop(L)) {
    case 0:
        lua_pushnumber(L, (lua_Number)(scr_next64(rng) >> 11) * 0x1.0p-53);
        return 1;
    case 1:
        lo = 1;
        hi = luaL_checkinteger(L, 1);
        if (hi == 0) { /* random(0): every bit random, as Lua's */
            lua_pushinteger(L, (lua_Integer)scr_next64(rng));
            return 1;
        }
        break;
    case 2:
        lo = luaL_checkinteger(L, 1);
        hi = luaL_checkinteger(L, 2);
        break;
    default:
        return luaL_error(L, "wrong number of arguments");
    }
    luaL_argcheck(L, lo <= hi, lua_gettop(L), "interval is empty");
    uint64_t r = scr_below_or_at(rng, (uint64_t)hi - (uint64_t)lo);
    lua_pushinteger(L, (lua_Integer)((uint64_t)lo + r));
    return 1;
}

/* math.randomseed(x [, y]) restarts the level's stream from the game's seed,
 * the level's id, x and y; with no argument, from the seed and the id alone
 * (as the level started). It never reads a clock. */
static int scr_randomseed(lua_State *L)
{
    scr_sandbox *sb = scr_sandbox_of(L);
    uint64_t extra = 0;
    if (!lua_isnone(L, 1)) {
        uint64_t x = (uint64_t)luaL_checkinteger(L, 1);
        uint64_t y = (uint64_t)luaL_optinteger(L, 2, 0);
        extra = scr_mix(scr_mix(x) ^ (y + 0x632be59bd9b4e019ULL));
    }
    rng_seed(&sb->rng, scr_mix(sb->seed ^ scr_mix(sb->stream) ^ extra));
    return 0;
}

/* --- what a level may not use ---------------------------------------------------------- */

static int scr_unavailable(lua_State *L)
{
    return luaL_error(L, "%s is not available to levels%s", lua_tostring(L, lua_upvalueindex(1)),
                      lua_tostring(L, lua_upvalueindex(2)));
}

/* __index of the stand-ins for io, package and debug: upvalue 1 is the name. */
static int scr_unavailable_field(lua_State *L)
{
    const char *lib = lua_tostring(L, lua_upvalueindex(1));
    if (lua_type(L, 2) == LUA_TSTRING)
        return luaL_error(L, "%s.%s is not available to levels", lib, lua_tostring(L, 2));
    return luaL_error(L, "%s is not available to levels", lib);
}

static void scr_set_unavailable(lua_State *L, int table, const char *field, const char *name,
                                const char *why)
{
    lua_pushstring(L, name);
    lua_pushstring(L, why);
    lua_pushcclosure(L, scr_unavailable, 2);
    lua_setfield(L, table, field);
}

/* Replaces lib[name] with fn, giving fn the original as upvalue 1. */
static void scr_wrap(lua_State *L, int lib, const char *name, lua_CFunction fn)
{
    lua_getfield(L, lib, name);
    lua_pushcclosure(L, fn, 1);
    lua_setfield(L, lib, name);
}

static void scr_set(lua_State *L, int lib, const char *name, lua_CFunction fn)
{
    lua_pushcfunction(L, fn);
    lua_setfield(L, lib, name);
}

static void scr_open_base(lua_State *L, int g)
{
    static const char *const removed[] = {"dofile", "loadfile", "require", "collectgarbage"};
    for (size_t i = 0; i < sizeof removed / sizeof *removed; i++)
        scr_set_unavailable(L, g, removed[i], removed[i], "");
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
    scr_set(L, g, "pcall", scr_pcall);
    scr_set(L, g, "xpcall", scr_xpcall);
    scr_set(L, g, "load", scr_load);
    scr_set(L, g, "print", scr_print);
    scr_wrap(L, g, "setmetatable", scr_setmetatable);
    scr_wrap(L, g, "tonumber", scr_tonumber);

    /* os: difftime only. A clock would make a level's world differ from run
     * to run (the game's time is sq.time()). */
    lua_newtable(L);
    int os = lua_gettop(L);
    luaL_requiref(L, "__os", luaopen_os, 0);
    lua_getfield(L, -1, "difftime");
    lua_setfield(L, os, "difftime");
    lua_pop(L, 1);
    static const char *const os_removed[] = {"execute", "remove", "rename", "exit", "getenv",
                                             "tmpname", "setlocale", "date", "time", "clock"};
    for (size_t i = 0; i < sizeof os_removed / sizeof *os_removed; i++) {
        char name[32];
        snprintf(name, sizeof name, "os.%s", os_removed[i]);
        bool clock = i >= 7;
        scr_set_unavailable(L, os, os_removed[i], name,
                            clock ? " (a level's world must be the same on every run: sq.time() "
                                    "is the game's time)"
                                  : "");
    }
    lua_setfield(L, g, "os");
}

static void scr_open_coroutines(lua_State *L)
{
    /* The marks of stopped coroutines, and create, resume, close and wrap
     * that keep them. */
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
}

void scr_open_stdlib(lua_State *L)
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
    scr_open_base(L, g);
    scr_open_coroutines(L);

    lua_getglobal(L, "table");
    int t = lua_gettop(L);
    scr_wrap(L, t, "move", scr_move);
    scr_wrap(L, t, "concat", scr_concat);
    scr_wrap(L, t, "insert", scr_insert);
    scr_wrap(L, t, "remove", scr_remove);
    scr_wrap(L, t, "sort", scr_sort);
    scr_wrap(L, t, "unpack", scr_unpack);
    lua_pop(L, 1);

    lua_getglobal(L, "string");
    int s = lua_gettop(L);
    scr_set(L, s, "find", scr_str_find);
    scr_set(L, s, "match", scr_str_match);
    scr_set(L, s, "gmatch", scr_str_gmatch);
    scr_set(L, s, "gsub", scr_str_gsub);
    scr_wrap(L, s, "rep", scr_rep);
    scr_wrap(L, s, "byte", scr_byte);
    scr_wrap(L, s, "pack", scr_pack_fmt);
    scr_wrap(L, s, "unpack", scr_pack_fmt);
    scr_wrap(L, s, "packsize", scr_pack_fmt);
    /* Its output could never be loaded. */
    scr_set_unavailable(L, s, "dump", "string.dump", "");
    lua_pop(L, 1);

    lua_getglobal(L, "utf8");
    int u = lua_gettop(L);
    scr_wrap(L, u, "len", scr_utf8_len);
    scr_wrap(L, u, "codepoint", scr_utf8_codepoint);
    scr_wrap(L, u, "offset", scr_utf8_offset);
    lua_pop(L, 1);

    lua_getglobal(L, "math");
    int m = lua_gettop(L);
    scr_set(L, m, "random", scr_random);
    scr_set(L, m, "randomseed", scr_randomseed);
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
