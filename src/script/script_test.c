/* script_test: level tests. A test file is Lua, run in its own sandbox with
 * `test(name, fn)` and a driver table `t` whose functions play a headless
 * game; failures carry the test file's line. */
#include "script_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Per case: a case's own Lua is small, but it plays many ticks of the game
 * in C (t.wait), which the wall-clock kill switch must leave alone. */
#define SCR_TEST_INSTRUCTIONS 100000000u
#define SCR_TEST_SECONDS 60.0
#define SCR_MAX_TICKS 60 * 60 * 10

typedef struct {
    const scr_test_driver *d;
    char dir[4096];
    bool career; /* t.career, t.play: loads keep the progress; t.grant must find it held */
    int depth;   /* t.play inside t.play */
} scr_test_ctx;

static scr_test_ctx *scr_ctx(lua_State *L)
{
    return lua_touserdata(L, lua_upvalueindex(1));
}

static int scr_t_load(lua_State *L)
{
    scr_test_ctx *c = scr_ctx(L);
    const char *name = luaL_checkstring(L, 1);
    if (strstr(name, "..") || name[0] == '/') return luaL_argerror(L, 1, "use a path relative to the test file");
    char path[8300], err[700];
    snprintf(path, sizeof path, "%s/%s", c->dir, name);
    if (!c->d->load(c->d->user, path, err, sizeof err)) return luaL_error(L, "cannot load the level: %s", err);
    return 0;
}

static int scr_t_new_game(lua_State *L)
{
    scr_test_ctx *c = scr_ctx(L);
    char err[700];
    if (!c->d->new_game(c->d->user, err, sizeof err)) return luaL_error(L, "new_game: %s", err);
    return 0;
}

static int scr_t_save(lua_State *L)
{
    scr_test_ctx *c = scr_ctx(L);
    char err[600];
    int xp, skills, rank, mastered;
    if (!c->d->save_round_trip(c->d->user, &xp, &skills, &rank, &mastered, err, sizeof err))
        return luaL_error(L, "save: %s", err);
    lua_createtable(L, 0, 4);
    lua_pushinteger(L, mastered);
    lua_setfield(L, -2, "mastered");
    lua_pushinteger(L, xp);
    lua_setfield(L, -2, "xp");
    lua_pushinteger(L, skills);
    lua_setfield(L, -2, "skills");
    lua_pushinteger(L, rank);
    lua_setfield(L, -2, "rank");
    return 1;
}

static int scr_t_ticks_arg(lua_State *L, int arg, int fallback)
{
    lua_Integer n = luaL_optinteger(L, arg, fallback);
    if (n < 1 || n > SCR_MAX_TICKS) luaL_argerror(L, arg, "ticks must be 1..36000");
    return (int)n;
}

static unsigned scr_t_action(lua_State *L, int arg)
{
    const char *name = luaL_checkstring(L, arg);
    int bit = scr_ctx(L)->d->action(name);
    if (bit < 0) luaL_argerror(L, arg, "unknown action (up, down, left, right, confirm, cancel, menu, hint)");
    return 1u << bit;
}

static int scr_t_hold(lua_State *L)
{
    scr_test_ctx *c = scr_ctx(L);
    unsigned a = scr_t_action(L, 1);
    c->d->run(c->d->user, a, a, scr_t_ticks_arg(L, 2, 1));
    c->d->run(c->d->user, 0, 0, 1); /* release */
    return 0;
}

static int scr_t_press(lua_State *L)
{
    scr_test_ctx *c = scr_ctx(L);
    unsigned a = scr_t_action(L, 1);
    int times = scr_t_ticks_arg(L, 2, 1);
    for (int i = 0; i < times; i++) {
        c->d->run(c->d->user, a, a, 1);
        c->d->run(c->d->user, 0, 0, 1);
    }
    return 0;
}

static int scr_t_wait(lua_State *L)
{
    scr_test_ctx *c = scr_ctx(L);
    c->d->run(c->d->user, 0, 0, scr_t_ticks_arg(L, 1, 1));
    return 0;
}

/* Presses confirm until no dialogue is open (at most n pages). */
static int scr_t_advance(lua_State *L)
{
    scr_test_ctx *c = scr_ctx(L);
    int limit = scr_t_ticks_arg(L, 1, 50);
    int pages = 0;
    while (c->d->dialogue_open(c->d->user) && !c->d->quiz_open(c->d->user) && pages < limit) {
        c->d->run(c->d->user, 1u << c->d->action("confirm"), 1u << c->d->action("confirm"), 1);
        c->d->run(c->d->user, 0, 0, 1);
        pages++;
    }
    lua_pushinteger(L, pages);
    return 1;
}

/* Picks choice n (1-based) in the open quiz, confirms, and closes the
 * feedback; returns whether it was the right answer. */
static int scr_t_answer(lua_State *L)
{
    scr_test_ctx *c = scr_ctx(L);
    lua_Integer n = luaL_checkinteger(L, 1);
    if (n < 1 || n > 16) return luaL_argerror(L, 1, "choice must be 1..16");
    char err[300];
    int right = c->d->answer(c->d->user, (int)n, err, sizeof err);
    if (right < 0) return luaL_error(L, "answer: %s", err);
    lua_pushboolean(L, right > 0);
    return 1;
}

/* Answers the open exercise, whatever its kind: right (the default) or, with
 * t.solve(false), wrong on purpose; returns whether it was judged right. */
static int scr_t_solve(lua_State *L)
{
    scr_test_ctx *c = scr_ctx(L);
    bool right = lua_isnoneornil(L, 1) ? true : lua_toboolean(L, 1);
    char err[300];
    int got = c->d->solve(c->d->user, right, err, sizeof err);
    if (got < 0) return luaL_error(L, "solve: %s", err);
    lua_pushboolean(L, got > 0);
    return 1;
}

/* The open exercise: { kind = "sort", id = "..." }, or nil. */
static int scr_t_exercise(lua_State *L)
{
    scr_test_ctx *c = scr_ctx(L);
    const char *kind = c->d->exercise_kind(c->d->user);
    if (!kind) return 0;
    lua_createtable(L, 0, 2);
    lua_pushstring(L, kind);
    lua_setfield(L, -2, "kind");
    lua_pushstring(L, c->d->exercise_id(c->d->user));
    lua_setfield(L, -2, "id");
    return 1;
}

static int scr_t_walk_to(lua_State *L)
{
    scr_test_ctx *c = scr_ctx(L);
    char err[300];
    if (!c->d->walk_to(c->d->user, luaL_checkstring(L, 1), err, sizeof err))
        return luaL_error(L, "walk_to: %s", err);
    return 0;
}

static int scr_t_has_skill(lua_State *L)
{
    lua_pushboolean(L, scr_ctx(L)->d->has_skill(scr_ctx(L)->d->user, luaL_checkstring(L, 1)));
    return 1;
}

static int scr_t_learning(lua_State *L)
{
    lua_pushboolean(L, scr_ctx(L)->d->learning(scr_ctx(L)->d->user, luaL_checkstring(L, 1)));
    return 1;
}

/* t.hours(n): the clock moves on n hours (the mastery rule counts them). */
static int scr_t_hours(lua_State *L)
{
    lua_Integer hours = luaL_checkinteger(L, 1);
    if (hours < 0 || hours > 24 * 3650) return luaL_argerror(L, 1, "hours 0..87600");
    scr_ctx(L)->d->add_minutes(scr_ctx(L)->d->user, (int)hours * 60);
    return 0;
}

/* t.screen(): the screen on top, by name, or nil. */
static int scr_t_screen(lua_State *L)
{
    const char *name = scr_ctx(L)->d->screen(scr_ctx(L)->d->user);
    if (name) lua_pushstring(L, name);
    else lua_pushnil(L);
    return 1;
}

/* t.label(name): what an entity's label says, or nil. */
static int scr_t_label(lua_State *L)
{
    const char *text = scr_ctx(L)->d->label(scr_ctx(L)->d->user, luaL_checkstring(L, 1));
    if (text) lua_pushstring(L, text);
    else lua_pushnil(L);
    return 1;
}

/* t.grant(skill): held, as if earned before (a level's test starts from its
 * prerequisites). In a career nothing is given: the skill must be held
 * already, or the career reached this level without it. */
static int scr_t_grant(lua_State *L)
{
    const char *skill = luaL_checkstring(L, 1);
    scr_test_ctx *c = scr_ctx(L);
    if (c->career) {
        if (!c->d->has_skill(c->d->user, skill))
            return luaL_error(L, "grant: in this career the player reaches the level without '%s': "
                                 "no earlier level taught it", skill);
        return 0;
    }
    if (!scr_ctx(L)->d->grant(scr_ctx(L)->d->user, skill))
        return luaL_error(L, "grant: no skill '%s' in the catalogue (or no game loaded)", skill);
    return 0;
}

/* t.where(name): an entity's centre in tiles, or nothing. */
static int scr_t_where(lua_State *L)
{
    double x, y;
    if (!scr_ctx(L)->d->where(scr_ctx(L)->d->user, luaL_checkstring(L, 1), &x, &y)) return 0;
    lua_pushnumber(L, x);
    lua_pushnumber(L, y);
    return 2;
}

static int scr_t_toast(lua_State *L)
{
    const char *text = scr_ctx(L)->d->toast(scr_ctx(L)->d->user);
    if (text) lua_pushstring(L, text);
    else lua_pushnil(L);
    return 1;
}

static int scr_t_hint(lua_State *L)
{
    char text[SCR_MAX_PAGE + 200];
    if (scr_ctx(L)->d->hint(scr_ctx(L)->d->user, text, sizeof text)) lua_pushstring(L, text);
    else lua_pushnil(L);
    return 1;
}

/* t.levels(quest): the quest's level ids in the order the portal plays them. */
static int scr_t_levels(lua_State *L)
{
    const char *ids[256];
    int n = scr_ctx(L)->d->quest_levels(scr_ctx(L)->d->user, luaL_checkstring(L, 1), ids, 256);
    lua_createtable(L, n, 0);
    for (int i = 0; i < n; i++) {
        lua_pushstring(L, ids[i]);
        lua_rawseti(L, -2, i + 1);
    }
    return 1;
}

static int scr_t_xp(lua_State *L)
{
    lua_pushinteger(L, scr_ctx(L)->d->xp(scr_ctx(L)->d->user));
    return 1;
}

static int scr_t_goals_met(lua_State *L)
{
    lua_pushboolean(L, scr_ctx(L)->d->goals_met(scr_ctx(L)->d->user));
    return 1;
}

static int scr_t_complete(lua_State *L)
{
    lua_pushboolean(L, scr_ctx(L)->d->result(scr_ctx(L)->d->user) > 0);
    return 1;
}

static int scr_t_failed(lua_State *L)
{
    lua_pushboolean(L, scr_ctx(L)->d->result(scr_ctx(L)->d->user) < 0);
    return 1;
}

static int scr_t_dialogue_open(lua_State *L)
{
    lua_pushboolean(L, scr_ctx(L)->d->dialogue_open(scr_ctx(L)->d->user));
    return 1;
}

static int scr_t_text(lua_State *L)
{
    const char *text = scr_ctx(L)->d->dialogue_text(scr_ctx(L)->d->user);
    if (text) lua_pushstring(L, text);
    else lua_pushnil(L);
    return 1;
}

static int scr_t_quiz_open(lua_State *L)
{
    lua_pushboolean(L, scr_ctx(L)->d->quiz_open(scr_ctx(L)->d->user));
    return 1;
}

static int scr_t_player(lua_State *L)
{
    double x, y;
    if (!scr_ctx(L)->d->player(scr_ctx(L)->d->user, &x, &y)) return 0;
    lua_pushnumber(L, x);
    lua_pushnumber(L, y);
    return 2;
}

static int scr_t_error(lua_State *L)
{
    const char *e = scr_ctx(L)->d->last_error(scr_ctx(L)->d->user);
    if (e) lua_pushstring(L, e);
    else lua_pushnil(L);
    return 1;
}

static int scr_t_level(lua_State *L)
{
    const char *id = scr_ctx(L)->d->level_id(scr_ctx(L)->d->user);
    if (id) lua_pushstring(L, id);
    else lua_pushnil(L);
    return 1;
}

static int scr_t_rank(lua_State *L)
{
    const char *r = scr_ctx(L)->d->rank(scr_ctx(L)->d->user);
    if (r) lua_pushstring(L, r);
    else lua_pushnil(L);
    return 1;
}

static int scr_t_expect(lua_State *L)
{
    if (lua_toboolean(L, 1)) return 0;
    const char *msg = luaL_optstring(L, 2, "expectation failed");
    luaL_where(L, 1);
    lua_pushstring(L, msg);
    lua_concat(L, 2);
    return lua_error(L);
}

static int scr_t_day(lua_State *L)
{
    scr_test_ctx *c = scr_ctx(L);
    if (!lua_isnoneornil(L, 1)) {
        lua_Integer day = luaL_checkinteger(L, 1);
        if (day < 0 || day > 10000000) return luaL_argerror(L, 1, "a day count 0..10000000");
        c->d->set_day(c->d->user, (int)day);
    }
    lua_pushinteger(L, c->d->day(c->d->user));
    return 1;
}

static int scr_t_mastered(lua_State *L)
{
    scr_test_ctx *c = scr_ctx(L);
    lua_pushboolean(L, c->d->mastered(c->d->user, luaL_checkstring(L, 1)));
    return 1;
}

static int scr_t_reviews_due(lua_State *L)
{
    scr_test_ctx *c = scr_ctx(L);
    lua_pushinteger(L, c->d->reviews_due(c->d->user));
    return 1;
}

static int scr_t_right_answer(lua_State *L)
{
    scr_test_ctx *c = scr_ctx(L);
    int n = c->d->quiz_answer(c->d->user);
    if (n == 0) return luaL_error(L, "right_answer: no quiz is open");
    lua_pushinteger(L, n);
    return 1;
}

static int scr_t_career(lua_State *L);
static int scr_t_play(lua_State *L);

static const luaL_Reg scr_t_api[] = {
    {"day", scr_t_day},            {"mastered", scr_t_mastered},
    {"reviews_due", scr_t_reviews_due}, {"right_answer", scr_t_right_answer},
    {"load", scr_t_load},          {"hold", scr_t_hold},
    {"press", scr_t_press},        {"wait", scr_t_wait},
    {"advance", scr_t_advance},    {"answer", scr_t_answer},
    {"solve", scr_t_solve},        {"exercise", scr_t_exercise},
    {"walk_to", scr_t_walk_to},    {"has_skill", scr_t_has_skill},
    {"xp", scr_t_xp},              {"goals_met", scr_t_goals_met},
    {"complete", scr_t_complete},  {"failed", scr_t_failed},
    {"dialogue_open", scr_t_dialogue_open}, {"text", scr_t_text},
    {"quiz_open", scr_t_quiz_open}, {"player", scr_t_player},
    {"error", scr_t_error},        {"expect", scr_t_expect},
    {"level", scr_t_level},        {"rank", scr_t_rank},
    {"learning", scr_t_learning},  {"hours", scr_t_hours},
    {"levels", scr_t_levels},      {"screen", scr_t_screen},
    {"label", scr_t_label},        {"toast", scr_t_toast},
    {"hint", scr_t_hint},          {"where", scr_t_where},
    {"grant", scr_t_grant},
    {"new_game", scr_t_new_game},  {"save", scr_t_save},
    {"career", scr_t_career},      {"play", scr_t_play},
    {NULL, NULL},
};

/* t.career(): for the rest of this case, t.load keeps the player's progress
 * and the day (a player going on to the next level). */
static int scr_t_career(lua_State *L)
{
    scr_test_ctx *c = scr_ctx(L);
    c->career = true;
    c->d->set_career(c->d->user, true);
    return 0;
}

/* t.play(file, name): runs the case `name` of another test file (relative to
 * this one) in this game, as a career: its t.load keeps what the player holds,
 * its t.grant checks instead of giving, and its paths are its own. */
static int scr_t_play(lua_State *L)
{
    scr_test_ctx *c = scr_ctx(L);
    const char *file = luaL_checkstring(L, 1);
    const char *name = luaL_checkstring(L, 2);
    if (strstr(file, "..") || file[0] == '/') return luaL_argerror(L, 1, "use a path relative to the test file");
    if (c->depth >= 4) return luaL_error(L, "play: t.play nested too deep");
    char path[8300];
    snprintf(path, sizeof path, "%s/%s", c->dir, file);
    /* The other file's cases go to a list of their own. */
    lua_getfield(L, LUA_REGISTRYINDEX, "sq_tests");
    int outer = lua_gettop(L);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, "sq_tests");
    char chunk[8400], err[SCR_MAX_MESSAGE + 300];
    snprintf(chunk, sizeof chunk, "@%s", path);
    bool loaded = scr_load_file(scr_sandbox_of(L), path, chunk, err, sizeof err);
    int status = loaded ? lua_pcall(L, 0, 0, 0) : LUA_ERRRUN;
    if (loaded && status != LUA_OK) {
        snprintf(err, sizeof err, "%s", lua_tostring(L, -1) ? lua_tostring(L, -1) : "error");
        lua_pop(L, 1);
    }
    lua_getfield(L, LUA_REGISTRYINDEX, "sq_tests");
    int inner = lua_gettop(L);
    lua_pushvalue(L, outer);
    lua_setfield(L, LUA_REGISTRYINDEX, "sq_tests");
    if (!loaded || status != LUA_OK) return luaL_error(L, "play: %s", err);
    int found = 0;
    for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, inner) && !found; i++) {
        lua_rawgeti(L, inner, i);
        lua_rawgeti(L, -1, 1);
        if (lua_type(L, -1) == LUA_TSTRING && strcmp(lua_tostring(L, -1), name) == 0) {
            lua_rawgeti(L, -2, 2);
            found = lua_gettop(L);
        } else {
            lua_pop(L, 2);
        }
    }
    if (!found) return luaL_error(L, "play: %s has no case \"%s\"", path, name);
    /* Its relative paths are its own; the career holds while it plays. */
    char dir[sizeof c->dir];
    memcpy(dir, c->dir, sizeof dir);
    bool career = c->career;
    const char *slash = strrchr(path, '/');
    int dir_len = slash ? (int)(slash - path) : 1;
    if (dir_len >= (int)sizeof c->dir) return luaL_error(L, "play: path too long");
    snprintf(c->dir, sizeof c->dir, "%.*s", dir_len, slash ? path : ".");
    c->career = true;
    c->d->set_career(c->d->user, true);
    c->depth++;
    lua_getglobal(L, "t");
    /* A played case gets a case's budget, and so does the rest of this one:
     * a career of many levels is many cases in a row. */
    scr_sandbox *sb = scr_sandbox_of(L);
    scr_phase_begin(sb, SCR_PHASE_TEST, SCR_TEST_INSTRUCTIONS, SCR_TEST_SECONDS);
    status = lua_pcall(L, 1, 0, 0);
    scr_phase_begin(sb, SCR_PHASE_TEST, SCR_TEST_INSTRUCTIONS, SCR_TEST_SECONDS);
    c->depth--;
    memcpy(c->dir, dir, sizeof dir);
    c->career = career;
    c->d->set_career(c->d->user, career);
    if (status != LUA_OK) return lua_error(L);
    return 0;
}

static int scr_t_register(lua_State *L)
{
    luaL_checkstring(L, 1);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_getfield(L, LUA_REGISTRYINDEX, "sq_tests");
    lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
    lua_createtable(L, 2, 0);
    lua_pushvalue(L, 1);
    lua_rawseti(L, -2, 1);
    lua_pushvalue(L, 2);
    lua_rawseti(L, -2, 2);
    lua_rawseti(L, -2, n + 1);
    return 0;
}

/* The test's globals, test and t, in a protected call. */
static int scr_t_setup(lua_State *L)
{
    scr_test_ctx *ctx = lua_touserdata(L, 1);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, "sq_tests");
    lua_pushcfunction(L, scr_t_register);
    lua_setglobal(L, "test");
    lua_newtable(L);
    lua_pushlightuserdata(L, ctx);
    luaL_setfuncs(L, scr_t_api, 1);
    lua_setglobal(L, "t");
    return 0;
}

static void scr_emit(void (*print)(void *, const char *), void *user, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void scr_emit(void (*print)(void *, const char *), void *user, const char *fmt, ...)
{
    char line[SCR_MAX_MESSAGE + 600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    print(user, line);
}

void scr_test_file(const char *path, const char *data_root, const scr_test_driver *driver,
                   scr_test_totals *totals, void (*print)(void *user, const char *line),
                   void *print_user)
{
    (void)data_root;
    scr_test_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.d = driver;
    snprintf(ctx.dir, sizeof ctx.dir, "%s", path);
    char *slash = strrchr(ctx.dir, '/');
    if (slash) *slash = '\0';
    else strcpy(ctx.dir, ".");

    char err[SCR_MAX_MESSAGE + 300];
    scr_sandbox *sb = scr_sandbox_new(SCR_DEFAULT_MEMORY, err, sizeof err);
    if (!sb) {
        scr_emit(print, print_user, "FAIL %s: %s", path, err);
        totals->failed++;
        return;
    }
    lua_State *L = sb->L;
    if (!scr_protect(sb, scr_t_setup, &ctx, err, sizeof err)) {
        scr_emit(print, print_user, "FAIL %s: %s", path, err);
        totals->failed++;
        scr_sandbox_free(sb);
        return;
    }

    char chunk[4200];
    snprintf(chunk, sizeof chunk, "@%s", path);
    scr_phase_begin(sb, SCR_PHASE_LOAD, SCR_DEFAULT_LOAD_INSTRUCTIONS, SCR_DEFAULT_KILL_SECONDS);
    if (!scr_load_file(sb, path, chunk, err, sizeof err) || !scr_call(sb, 0, 0, err, sizeof err)) {
        scr_emit(print, print_user, "FAIL %s: %s", path, err);
        totals->failed++;
        scr_sandbox_free(sb);
        return;
    }
    lua_getfield(L, LUA_REGISTRYINDEX, "sq_tests");
    int list = lua_gettop(L);
    lua_Unsigned n = lua_rawlen(L, list);
    if (n == 0) {
        scr_emit(print, print_user, "FAIL %s: no test(\"name\", function(t) ... end) cases", path);
        totals->failed++;
    }
    for (lua_Unsigned i = 1; i <= n; i++) {
        lua_rawgeti(L, list, (lua_Integer)i);
        lua_rawgeti(L, -1, 1);
        char name[200];
        scr_describe(L, -1, name, sizeof name);
        lua_pop(L, 1);
        lua_rawgeti(L, -1, 2);
        lua_remove(L, -2);
        lua_getglobal(L, "t");
        ctx.career = false; /* every case starts a game of its own */
        ctx.depth = 0;
        driver->set_career(driver->user, false);
        scr_phase_begin(sb, SCR_PHASE_TEST, SCR_TEST_INSTRUCTIONS, SCR_TEST_SECONDS);
        if (scr_call(sb, 1, 0, err, sizeof err)) {
            scr_emit(print, print_user, "PASS %s: %s", path, name);
            totals->passed++;
        } else {
            /* Lua's message starts "file:line:" when it knows the place. */
            if (strncmp(err, path, strlen(path)) == 0)
                scr_emit(print, print_user, "FAIL %s (in \"%s\")", err, name);
            else
                scr_emit(print, print_user, "FAIL %s: %s: %s", path, name, err);
            totals->failed++;
        }
    }
    scr_sandbox_free(sb);
}
