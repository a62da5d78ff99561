/* script_api: a loaded level at run time. Loads the shared scripts and the
 * level into one sandbox, binds the sq.* API (listed in script_api.def) to
 * the game's scr_host, spawns objects through their behaviours, and routes
 * the game's events to behaviour and level callbacks. A callback that fails
 * is reported once and switched off; the rest of the level goes on. */
#include "script_level.h"
#include "log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCR_MAX_TIMERS 256
#define SCR_MAX_DISABLED 64

typedef struct {
    double due;
    int fn_ref;
} scr_timer;

struct scr_level {
    scr_sandbox *sb;
    const scr_host *host;
    scr_limits limits;
    char path[4096];
    lvl_def *def;
    int level_ref, behaviours_ref, skills_ref, helpers_ref, fields_ref, instances_ref;
    bool callback_off[SCR_CB_COUNT];
    char disabled[SCR_MAX_DISABLED][48]; /* "behaviour.callback" switched off */
    int disabled_count;
    scr_timer timers[SCR_MAX_TIMERS];
    int timer_count;
    double time;
    int hint_next;
};

static scr_level *scr_self(lua_State *L)
{
    return lua_touserdata(L, lua_upvalueindex(1));
}

static const scr_host *scr_host_of(lua_State *L)
{
    const scr_host *h = scr_self(L)->host;
    if (!h) luaL_error(L, "the game is not running this level (checking only)");
    return h;
}

static double scr_checktiles(lua_State *L, int arg)
{
    double v = luaL_checknumber(L, arg);
    if (!(v > -100000.0 && v < 100000.0)) luaL_argerror(L, arg, "out of range");
    return v;
}

static int scr_check_id(lua_State *L, int arg)
{
    lua_Integer id = luaL_checkinteger(L, arg);
    if (id < 1 || id > 0x7fffffff) luaL_argerror(L, arg, "not an entity id");
    return (int)id;
}

/* Pushes the instance table of an entity (created on first use). */
static void scr_push_instance(lua_State *L, scr_level *lv, int id)
{
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->instances_ref);
    if (lua_rawgeti(L, -1, id) == LUA_TTABLE) {
        lua_remove(L, -2);
        return;
    }
    lua_pop(L, 1);
    lua_createtable(L, 0, 4);
    lua_pushinteger(L, id);
    lua_setfield(L, -2, "id");
    if (lv->host) {
        scr_entity_info info = lv->host->entity(lv->host->user, id);
        if (info.type) {
            lua_pushstring(L, info.type);
            lua_setfield(L, -2, "type");
        }
        if (info.name) {
            lua_pushstring(L, info.name);
            lua_setfield(L, -2, "name");
        }
    }
    lua_newtable(L);
    lua_setfield(L, -2, "props");
    lua_pushvalue(L, -1);
    lua_rawseti(L, -3, id);
    lua_remove(L, -2);
}

static void scr_push_entity(lua_State *L, const scr_host *h, int id)
{
    scr_entity_info e = h->entity(h->user, id);
    if (!e.exists) {
        lua_pushnil(L);
        return;
    }
    lua_createtable(L, 0, 5);
    lua_pushinteger(L, id);
    lua_setfield(L, -2, "id");
    lua_pushnumber(L, e.x);
    lua_setfield(L, -2, "x");
    lua_pushnumber(L, e.y);
    lua_setfield(L, -2, "y");
    if (e.type) {
        lua_pushstring(L, e.type);
        lua_setfield(L, -2, "type");
    }
    if (e.name) {
        lua_pushstring(L, e.name);
        lua_setfield(L, -2, "name");
    }
}

/* --- behaviours ------------------------------------------------------------ */

/* Pushes the behaviour table for type: the level's own first, then shared. */
static bool scr_push_behaviour(lua_State *L, scr_level *lv, const char *type)
{
    int top = lua_gettop(L);
    if (lua_rawgeti(L, LUA_REGISTRYINDEX, lv->level_ref) == LUA_TTABLE &&
        scr_rawfield(L, -1, "behaviours") == LUA_TTABLE && scr_rawfield(L, -1, type) == LUA_TTABLE) {
        lua_replace(L, top + 1);
        lua_settop(L, top + 1);
        return true;
    }
    lua_settop(L, top);
    if (lua_rawgeti(L, LUA_REGISTRYINDEX, lv->behaviours_ref) == LUA_TTABLE &&
        scr_rawfield(L, -1, type) == LUA_TTABLE) {
        lua_replace(L, top + 1);
        lua_settop(L, top + 1);
        return true;
    }
    lua_settop(L, top);
    return false;
}

static bool scr_flag(lua_State *L, int t, const char *key)
{
    bool v = scr_rawfield(L, t, key) == LUA_TBOOLEAN && lua_toboolean(L, -1);
    lua_pop(L, 1);
    return v;
}

static int scr_intfield(lua_State *L, int t, const char *key, int fallback, int lo, int hi)
{
    int v = fallback;
    if (scr_rawfield(L, t, key) == LUA_TNUMBER) {
        lua_Number n = lua_tonumber(L, -1);
        if (n >= lo && n <= hi) v = (int)n;
    }
    lua_pop(L, 1);
    return v;
}

/* Clamps in floating point first: casting an out-of-range double is undefined. */
static int scr_clamp_int(lua_Number n, int lo, int hi)
{
    if (!(n >= lo)) return lo; /* also NaN */
    if (n > hi) return hi;
    return (int)n;
}

static void scr_pair(lua_State *L, int t, const char *key, int *a, int *b, int lo, int hi)
{
    if (scr_rawfield(L, t, key) == LUA_TTABLE) {
        if (lua_rawgeti(L, -1, 1) == LUA_TNUMBER) *a = scr_clamp_int(lua_tonumber(L, -1), lo, hi);
        lua_pop(L, 1);
        if (lua_rawgeti(L, -1, 2) == LUA_TNUMBER) *b = scr_clamp_int(lua_tonumber(L, -1), lo, hi);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static bool scr_is_disabled(scr_level *lv, const char *type, const char *cb)
{
    char key[48];
    snprintf(key, sizeof key, "%s.%s", type, cb);
    for (int i = 0; i < lv->disabled_count; i++)
        if (strcmp(lv->disabled[i], key) == 0) return true;
    return false;
}

static void scr_disable(scr_level *lv, const char *type, const char *cb)
{
    if (lv->disabled_count < SCR_MAX_DISABLED)
        snprintf(lv->disabled[lv->disabled_count++], sizeof lv->disabled[0], "%s.%s", type, cb);
}

static void scr_report(scr_level *lv, const char *what, const char *err)
{
    char message[SCR_MAX_MESSAGE + 200];
    snprintf(message, sizeof message, "%.100s failed and is switched off: %.*s", what,
             SCR_MAX_MESSAGE, err);
    log_error("script: %s", message);
    if (lv->host) lv->host->report(lv->host->user, message);
}

/* Calls behaviour[cb](self, extra args already pushed above) for an entity's
 * instance; nargs counts the extra arguments. Pops them. */
static void scr_call_behaviour(scr_level *lv, int id, const char *cb, int nargs)
{
    lua_State *L = lv->sb->L;
    int base = lua_gettop(L) - nargs;
    scr_push_instance(L, lv, id);
    int inst = lua_gettop(L);
    char type[40] = "";
    if (scr_rawfield(L, inst, "type") == LUA_TSTRING) snprintf(type, sizeof type, "%s", lua_tostring(L, -1));
    lua_pop(L, 1);
    if (!type[0] || scr_is_disabled(lv, type, cb) || !scr_push_behaviour(L, lv, type)) {
        lua_settop(L, base);
        return;
    }
    if (scr_rawfield(L, -1, cb) != LUA_TFUNCTION) {
        lua_settop(L, base);
        return;
    }
    lua_pushvalue(L, inst);
    for (int i = 1; i <= nargs; i++) lua_pushvalue(L, base + i);
    char what[96], err[SCR_MAX_MESSAGE + 64];
    snprintf(what, sizeof what, "%s.%s", type, cb);
    scr_budget_start(lv->sb, lv->limits.call_seconds, what);
    if (!scr_call(lv->sb, nargs + 1, 0, err, sizeof err)) {
        scr_disable(lv, type, cb);
        scr_report(lv, what, err);
    }
    lua_settop(L, base);
}

/* Calls level[cb] with nargs arguments already pushed. Pops them. */
static void scr_call_level(scr_level *lv, int cb, int nargs)
{
    lua_State *L = lv->sb->L;
    int base = lua_gettop(L) - nargs;
    if (lv->callback_off[cb]) {
        lua_settop(L, base);
        return;
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->level_ref);
    if (scr_rawfield(L, -1, scr_callback_names[cb]) != LUA_TFUNCTION) {
        lua_settop(L, base);
        return;
    }
    lua_remove(L, -2);
    lua_insert(L, base + 1);
    char err[SCR_MAX_MESSAGE + 64];
    scr_budget_start(lv->sb, cb == SCR_CB_START ? lv->limits.load_seconds : lv->limits.call_seconds,
                     scr_callback_names[cb]);
    if (!scr_call(lv->sb, nargs, 0, err, sizeof err)) {
        lv->callback_off[cb] = true;
        scr_report(lv, scr_callback_names[cb], err);
    }
    lua_settop(L, base);
}

/* --- the sq.* bindings ------------------------------------------------------ */

static int scr_api_spawn(lua_State *L)
{
    scr_level *lv = scr_self(L);
    const scr_host *h = scr_host_of(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    if (scr_rawfield(L, 1, "type") != LUA_TSTRING) return luaL_argerror(L, 1, "needs type");
    const char *type = lua_tostring(L, -1);
    int type_idx = lua_gettop(L);
    double x = 0, y = 0;
    if (scr_rawfield(L, 1, "x") == LUA_TNUMBER) x = lua_tonumber(L, -1);
    lua_pop(L, 1);
    if (scr_rawfield(L, 1, "y") == LUA_TNUMBER) y = lua_tonumber(L, -1);
    lua_pop(L, 1);
    if (!(x > -10000 && x < 10000 && y > -10000 && y < 10000))
        return luaL_argerror(L, 1, "x and y out of range");
    if (!scr_push_behaviour(L, lv, type))
        return luaL_error(L, "unknown behaviour '%s'", type);
    int b = lua_gettop(L);
    scr_spawn_desc d;
    memset(&d, 0, sizeof d);
    d.type = type;
    char *name = scr_strdup_field(L, 1, "name");
    d.name = name;
    d.x = x * LVL_TILE;
    d.y = y * LVL_TILE;
    d.w = d.h = LVL_TILE;
    scr_pair(L, b, "size", &d.w, &d.h, 0, 32);
    scr_pair(L, b, "offset", &d.sprite_dx, &d.sprite_dy, -32, 32);
    /* Centre the collider on its tile's bottom edge (feet on the floor). */
    d.x += (LVL_TILE - d.w) / 2.0;
    bool top = scr_rawfield(L, b, "align") == LUA_TSTRING && strcmp(lua_tostring(L, -1), "top") == 0;
    lua_pop(L, 1);
    if (!top) d.y += LVL_TILE - d.h;
    char *sprite = scr_strdup_field(L, b, "sprite");
    d.sprite = sprite;
    d.frames = scr_intfield(L, b, "frames", 1, 1, 64);
    d.rate = scr_intfield(L, b, "rate", 8, 1, 255);
    d.solid = scr_flag(L, b, "solid");
    d.sensor = scr_flag(L, b, "sensor");
    d.moves = scr_flag(L, b, "moves");
    d.bounce = scr_flag(L, b, "bounce");
    d.hidden = scr_flag(L, b, "hidden");
    int id = h->spawn(h->user, &d);
    free(sprite);
    free(name);
    if (id <= 0) return luaL_error(L, "cannot spawn '%s' (too many entities?)", type);
    /* The instance: id, type, name and every other field as props. */
    scr_push_instance(L, lv, id);
    int inst = lua_gettop(L);
    lua_pushvalue(L, type_idx);
    lua_setfield(L, inst, "type");
    if (scr_rawfield(L, 1, "name") == LUA_TSTRING) lua_setfield(L, inst, "name");
    else lua_pop(L, 1);
    lua_getfield(L, inst, "props");
    int props = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, props);
    }
    lua_settop(L, 1);
    if (scr_push_behaviour(L, lv, type) && scr_rawfield(L, -1, "on_spawn") == LUA_TFUNCTION) {
        scr_push_instance(L, lv, id);
        lua_call(L, 1, 0); /* runs under the caller's budget */
    }
    lua_settop(L, 1);
    lua_pushinteger(L, id);
    return 1;
}

static int scr_api_remove(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    h->remove(h->user, scr_check_id(L, 1));
    return 0;
}

static int scr_api_entity(lua_State *L)
{
    scr_push_entity(L, scr_host_of(L), scr_check_id(L, 1));
    return 1;
}

static int scr_api_player(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    scr_push_entity(L, h, h->player(h->user));
    return 1;
}

static int scr_api_move(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    int id = scr_check_id(L, 1);
    h->move(h->user, id, scr_checktiles(L, 2) * LVL_TILE, scr_checktiles(L, 3) * LVL_TILE);
    return 0;
}

static int scr_api_set_velocity(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    int id = scr_check_id(L, 1);
    double vx = scr_checktiles(L, 2), vy = scr_checktiles(L, 3);
    if (vx * vx + vy * vy > 64.0 * 64.0) return luaL_error(L, "speed above 64 tiles per second");
    h->set_velocity(h->user, id, vx * LVL_TILE, vy * LVL_TILE);
    return 0;
}

static int scr_api_set_solid(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    int id = scr_check_id(L, 1);
    luaL_checktype(L, 2, LUA_TBOOLEAN);
    h->set_solid(h->user, id, lua_toboolean(L, 2));
    return 0;
}

static int scr_api_open_gate(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    int id = scr_check_id(L, 1);
    if (!h->entity(h->user, id).exists) return 0;
    h->set_solid(h->user, id, false);
    h->set_sprite(h->user, id, "gate_open", 1, 1);
    h->play_sound(h->user, "gate_open");
    return 0;
}

static int scr_api_set_sprite(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    int id = scr_check_id(L, 1);
    const char *sprite = luaL_checkstring(L, 2);
    int frames = (int)luaL_optinteger(L, 3, 1), rate = (int)luaL_optinteger(L, 4, 8);
    if (frames < 1 || frames > 64) return luaL_argerror(L, 3, "frames must be 1..64");
    if (rate < 1 || rate > 255) return luaL_argerror(L, 4, "rate must be 1..255");
    h->set_sprite(h->user, id, sprite, frames, rate);
    return 0;
}

static int scr_api_say(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    const char *speaker = luaL_checkstring(L, 1);
    int n = lua_gettop(L) - 1;
    if (n < 1) return luaL_error(L, "say needs at least one page of text");
    if (n > 16) return luaL_error(L, "say takes at most 16 pages");
    const char *pages[16];
    for (int i = 0; i < n; i++) pages[i] = luaL_checkstring(L, i + 2);
    h->say(h->user, speaker, pages, n);
    return 0;
}

static int scr_api_dialogue(lua_State *L)
{
    scr_level *lv = scr_self(L);
    const scr_host *h = scr_host_of(L);
    const char *id = luaL_checkstring(L, 1);
    const lvl_dialogue *d = lvl_dialogue_find(lv->def, id);
    if (!d) return luaL_error(L, "no dialogue '%s' in this level", id);
    /* Consecutive pages by one speaker go in one box; a new speaker opens another. */
    const char *pages[16];
    int i = 0;
    while (i < d->line_count) {
        int n = 0;
        const char *speaker = d->lines[i].speaker;
        while (i < d->line_count && n < 16 && strcmp(d->lines[i].speaker, speaker) == 0)
            pages[n++] = d->lines[i++].text;
        h->say(h->user, speaker, pages, n);
    }
    return 0;
}

static int scr_api_ask(lua_State *L)
{
    scr_level *lv = scr_self(L);
    const scr_host *h = scr_host_of(L);
    const char *id = luaL_checkstring(L, 1);
    if (!lvl_quiz_find(lv->def, id)) return luaL_error(L, "no quiz '%s' in this level", id);
    h->ask(h->user, id);
    return 0;
}

static int scr_api_grant(lua_State *L)
{
    scr_level *lv = scr_self(L);
    const scr_host *h = scr_host_of(L);
    const char *skill = luaL_checkstring(L, 1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->skills_ref);
    if (scr_rawfield(L, -1, skill) != LUA_TTABLE)
        return luaL_error(L, "unknown skill '%s' (not in scripts/skills.lua)", skill);
    int entry = lua_gettop(L);
    const char *name = scr_rawfield(L, entry, "name") == LUA_TSTRING ? lua_tostring(L, -1) : skill;
    const char *card = scr_rawfield(L, entry, "card") == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    h->grant(h->user, skill, name, card); /* the strings stay on the stack meanwhile */
    return 0;
}

static int scr_api_xp(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    lua_Integer n = luaL_checkinteger(L, 1);
    if (n < 1 || n > 1000) return luaL_argerror(L, 1, "xp must be 1..1000");
    h->add_xp(h->user, (int)n);
    return 0;
}

static int scr_api_has_skill(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    lua_pushboolean(L, h->has_skill(h->user, luaL_checkstring(L, 1)));
    return 1;
}

static int scr_api_goal(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    h->goal_done(h->user, luaL_checkstring(L, 1));
    return 0;
}

static int scr_api_goals_met(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    lua_pushboolean(L, h->goals_met(h->user));
    return 1;
}

static int scr_api_hurt(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    h->hurt(h->user);
    return 0;
}

static int scr_api_sound(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    h->play_sound(h->user, luaL_checkstring(L, 1));
    return 0;
}

static int scr_api_music(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    h->play_music(h->user, luaL_checkstring(L, 1));
    return 0;
}

static int scr_api_after(lua_State *L)
{
    scr_level *lv = scr_self(L);
    double seconds = luaL_checknumber(L, 1);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    if (!(seconds >= 0 && seconds < 86400)) return luaL_argerror(L, 1, "seconds out of range");
    if (lv->timer_count == SCR_MAX_TIMERS)
        return luaL_error(L, "more than %d timers are waiting", SCR_MAX_TIMERS);
    lua_pushvalue(L, 2);
    int ref = luaL_ref(L, LUA_REGISTRYINDEX);
    lv->timers[lv->timer_count++] = (scr_timer){lv->time + seconds, ref};
    return 0;
}

static int scr_api_hint(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    lua_pushboolean(L, h->reveal_hint(h->user));
    return 1;
}

static int scr_api_complete(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    h->complete(h->user);
    return 0;
}

static int scr_api_fail(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    h->fail(h->user, luaL_checkstring(L, 1));
    return 0;
}

static int scr_api_set_label(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    int id = scr_check_id(L, 1);
    size_t len;
    const char *text = luaL_checklstring(L, 2, &len);
    if (len > 80) return luaL_argerror(L, 2, "at most 80 bytes");
    h->set_label(h->user, id, text);
    return 0;
}

static int scr_api_reviews_due(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    lua_pushinteger(L, h->reviews_due(h->user));
    return 1;
}

static int scr_api_review(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    lua_Integer max = luaL_optinteger(L, 1, 3);
    if (max < 1 || max > 8) return luaL_argerror(L, 1, "ask 1 to 8 questions");
    lua_pushinteger(L, h->review(h->user, (int)max));
    return 1;
}

static int scr_api_quests(lua_State *L)
{
    scr_level *lv = scr_self(L);
    const scr_host *h = scr_host_of(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->fields_ref);
    int fields = lua_gettop(L);
    lua_Unsigned n = lua_rawlen(L, fields);
    lua_createtable(L, (int)n, 0);
    int out = lua_gettop(L);
    for (lua_Unsigned i = 1; i <= n && i <= 64; i++) {
        if (lua_rawgeti(L, fields, (lua_Integer)i) != LUA_TTABLE) {
            lua_pop(L, 1);
            continue;
        }
        int f = lua_gettop(L);
        if (scr_rawfield(L, f, "id") != LUA_TSTRING) {
            lua_settop(L, out);
            continue;
        }
        const char *id = lua_tostring(L, -1);
        int levels = 0, won = 0;
        h->quest_status(h->user, id, &levels, &won);
        bool open = true;
        if (scr_rawfield(L, f, "requires") == LUA_TTABLE) {
            lua_Unsigned rn = lua_rawlen(L, -1);
            for (lua_Unsigned k = 1; k <= rn && open; k++) {
                if (lua_rawgeti(L, -1, (lua_Integer)k) == LUA_TSTRING)
                    open = h->has_skill(h->user, lua_tostring(L, -1));
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
        lua_createtable(L, 0, 6);
        lua_pushvalue(L, -2);
        lua_setfield(L, -2, "id");
        scr_rawfield(L, f, "name");
        lua_setfield(L, -2, "name");
        scr_rawfield(L, f, "requires");
        lua_setfield(L, -2, "requires");
        lua_pushinteger(L, levels);
        lua_setfield(L, -2, "levels");
        lua_pushinteger(L, won);
        lua_setfield(L, -2, "won");
        lua_pushboolean(L, open);
        lua_setfield(L, -2, "open");
        lua_rawseti(L, out, (lua_Integer)lua_rawlen(L, out) + 1);
        lua_settop(L, out);
    }
    return 1;
}

static int scr_api_enter_quest(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    lua_pushboolean(L, h->enter_quest(h->user, luaL_checkstring(L, 1)));
    return 1;
}

static int scr_api_time(lua_State *L)
{
    lua_pushnumber(L, scr_self(L)->time);
    return 1;
}

static int scr_api_skill(lua_State *L)
{
    scr_level *lv = scr_self(L);
    const char *id = luaL_checkstring(L, 1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->skills_ref);
    if (scr_rawfield(L, -1, id) != LUA_TTABLE) {
        lua_pushnil(L);
        return 1;
    }
    /* A copy, so a level cannot edit the catalogue other levels read. */
    int src = lua_gettop(L);
    lua_newtable(L);
    static const char *const fields[] = {"id", "name", "field", "side", "card"};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        scr_rawfield(L, src, fields[i]);
        lua_setfield(L, -2, fields[i]);
    }
    return 1;
}

static const luaL_Reg scr_api[] = {
#define SQ_API(name, params, returns, summary, example) {#name, scr_api_##name},
#include "script_api.def"
#undef SQ_API
    {NULL, NULL},
};

/* --- loading ---------------------------------------------------------------- */

static char *scr_read_text(const char *path, size_t max)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *text = malloc(max + 1);
    size_t n = text ? fread(text, 1, max, f) : 0;
    fclose(f);
    if (text) text[n] = '\0';
    return text;
}

/* Runs a shared script (scripts/NAME.lua) and keeps its table in the registry. */
static bool scr_load_shared(scr_level *lv, const char *data_root, const char *name, int *ref,
                            char *err, size_t err_size)
{
    char path[4200], chunk[4300];
    snprintf(path, sizeof path, "%s/scripts/%s.lua", data_root, name);
    snprintf(chunk, sizeof chunk, "@%s", path);
    char msg[SCR_MAX_MESSAGE + 64];
    scr_budget_start(lv->sb, lv->limits.load_seconds, "loading shared scripts");
    if (!scr_load_file(lv->sb, path, chunk, msg, sizeof msg) || !scr_call(lv->sb, 0, 1, msg, sizeof msg)) {
        snprintf(err, err_size, "%s: %s", path, msg);
        return false;
    }
    if (lua_type(lv->sb->L, -1) != LUA_TTABLE) {
        snprintf(err, err_size, "%s: must return a table", path);
        lua_pop(lv->sb->L, 1);
        return false;
    }
    *ref = luaL_ref(lv->sb->L, LUA_REGISTRYINDEX);
    return true;
}

typedef struct {
    char *first;
    size_t size;
    void (*report)(void *user, const char *file, int line, const char *message);
    void *user;
} scr_first_problem;

static void scr_keep_first(void *user, const char *file, int line, const char *message)
{
    scr_first_problem *fp = user;
    if (fp->report) fp->report(fp->user, file, line, message);
    if (fp->first[0]) return;
    if (line > 0)
        snprintf(fp->first, fp->size, "%s:%d: %s", file, line, message);
    else
        snprintf(fp->first, fp->size, "%s: %s", file, message);
}

static void scr_bare_map_def(scr_reader *r)
{
    lvl_def *def = r->def;
    const char *base = strrchr(r->path, '/');
    base = base ? base + 1 : r->path;
    def->format = LVL_FORMAT;
    def->bare_map = true;
    def->id = malloc(strlen(base) + 1);
    if (def->id) strcpy(def->id, base);
    def->title = malloc(strlen(base) + 1);
    if (def->title) strcpy(def->title, base);
    def->quest = malloc(8);
    if (def->quest) strcpy(def->quest, "sandbox");
    /* A map on its own shows the player at its start object, or its centre. */
    if (def->map.width > 0 && !lvl_object_find(def, "start", NULL)) {
        int cx = def->map.width / 2, cy = def->map.height / 2;
        for (int d = 0; d < def->map.width + def->map.height; d++) {
            bool placed = false;
            for (int y = cy - d; y <= cy + d && !placed; y++)
                for (int x = cx - d; x <= cx + d && !placed; x++)
                    if (!lvl_solid_at(&def->map, x, y)) {
                        scr_add_object(def, "start", NULL, x * LVL_TILE, y * LVL_TILE, 0);
                        placed = true;
                    }
            if (placed) break;
        }
    }
}

/* Shared by play and check: loads the file into a new level. report gets
 * every problem; the first also lands in err. */
static scr_level *scr_open(const char *path, const scr_env *env, lvl_def *def, char *err,
                           size_t err_size,
                           void (*report)(void *, const char *, int, const char *), void *user,
                           int *problems)
{
    memset(def, 0, sizeof *def);
    err[0] = '\0';
    *problems = 0;
    scr_level *lv = calloc(1, sizeof *lv);
    if (!lv) {
        snprintf(err, err_size, "%s: out of memory", path);
        return NULL;
    }
    lv->host = env->host;
    lv->limits = env->limits;
    lv->def = def;
    snprintf(lv->path, sizeof lv->path, "%s", path);
    lv->sb = scr_sandbox_new(env->limits.memory_bytes);
    if (!lv->sb) {
        snprintf(err, err_size, "%s: cannot start Lua", path);
        free(lv);
        return NULL;
    }
    lua_State *L = lv->sb->L;
    lua_newtable(L);
    lv->instances_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_newtable(L);
    lua_pushlightuserdata(L, lv);
    luaL_setfuncs(L, scr_api, 1);
    lua_setglobal(L, "sq");

    /* The helpers first: behaviours may use them through the global `quest`. */
    bool shared = scr_load_shared(lv, env->data_root, "helpers", &lv->helpers_ref, err, err_size);
    if (shared) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, lv->helpers_ref);
        lua_setglobal(L, "quest");
    }
    if (!shared || !scr_load_shared(lv, env->data_root, "skills", &lv->skills_ref, err, err_size) ||
        !scr_load_shared(lv, env->data_root, "fields", &lv->fields_ref, err, err_size) ||
        !scr_load_shared(lv, env->data_root, "behaviours", &lv->behaviours_ref, err, err_size)) {
        if (report) report(user, path, 0, err);
        (*problems)++;
        scr_level_destroy(lv);
        return NULL;
    }

    def->path = malloc(strlen(path) + 1);
    if (def->path) strcpy(def->path, path);
    char chunk[4200], msg[SCR_MAX_MESSAGE + 64];
    snprintf(chunk, sizeof chunk, "@%s", path);
    scr_first_problem fp = {err, err_size, report, user};
    scr_reader r = {L, lv->sb, path, ".", NULL, def, 0, false, env->limits.load_seconds,
                    scr_keep_first, &fp, env->data_root};
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash) *slash = '\0';
    r.dir = slash ? dir : ".";
    r.source = scr_read_text(path, 4u << 20);

    scr_budget_start(lv->sb, env->limits.load_seconds, "loading the level");
    if (scr_is_tmx(path)) { /* a bare Tiled map in its own XML: no Lua to run */
        scr_read_tmx(&r, path);
        scr_bare_map_def(&r);
        lua_newtable(L);
        lv->level_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    } else if (!scr_load_file(lv->sb, path, chunk, msg, sizeof msg) || !scr_call(lv->sb, 0, 1, msg, sizeof msg)) {
        /* Lua's own messages start with "file:line:" already. */
        if (strncmp(msg, path, strlen(path)) == 0) {
            if (report) report(user, path, -1, msg);
            snprintf(err, err_size, "%s", msg);
            r.problems++;
        } else {
            scr_problem(&r, 0, "%s", msg);
        }
    } else if (lua_type(L, -1) != LUA_TTABLE) {
        int t = lua_type(L, -1);
        static const char *const what[] = {"nothing", "a boolean", "a light userdata", "a number",
                                           "a string", "a table", "a function", "a userdata",
                                           "a thread"};
        scr_problem(&r, 0, "a level must return a table; this file returned %s",
                    t >= 0 && t < (int)(sizeof what / sizeof *what) ? what[t] : lua_typename(L, t));
        lua_pop(L, 1);
    } else if (scr_is_tiled(L, -1)) {
        scr_read_tiled(&r, -1, path);
        scr_bare_map_def(&r);
        lv->level_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    } else {
        scr_read_level(&r, lua_gettop(L));
        lv->level_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    }
    free(r.source);
    *problems = r.problems;
    if (r.problems) {
        scr_level_destroy(lv);
        return NULL;
    }
    return lv;
}

scr_level *scr_level_load(const char *path, const scr_env *env, lvl_def *def, char *err,
                          size_t err_size)
{
    int problems;
    scr_level *lv = scr_open(path, env, def, err, err_size, NULL, NULL, &problems);
    if (!lv) lvl_free(def);
    return lv;
}

void scr_level_destroy(scr_level *lv)
{
    if (!lv) return;
    scr_sandbox_free(lv->sb);
    free(lv);
}

size_t scr_level_memory(const scr_level *lv)
{
    return lv->sb->used;
}

/* --- events ----------------------------------------------------------------- */

void scr_level_start(scr_level *lv)
{
    lua_State *L = lv->sb->L;
    const lvl_def *def = lv->def;
    for (int i = 0; i < def->object_count; i++) {
        const lvl_object *o = &def->objects[i];
        if (strcmp(o->type, "start") == 0) continue; /* the game places the player */
        lua_createtable(L, 0, 4 + o->prop_count);
        for (int k = 0; k < o->prop_count; k++) {
            const lvl_prop *p = &o->props[k];
            if (p->kind == LVL_VALUE_STRING) lua_pushstring(L, p->string);
            else if (p->kind == LVL_VALUE_NUMBER) lua_pushnumber(L, p->number);
            else lua_pushboolean(L, p->boolean);
            lua_setfield(L, -2, p->key);
        }
        lua_pushstring(L, o->type);
        lua_setfield(L, -2, "type");
        if (o->name) {
            lua_pushstring(L, o->name);
            lua_setfield(L, -2, "name");
        }
        /* Objects stand on the tile that holds their point (Tiled point
         * objects sit anywhere inside a tile). */
        lua_pushinteger(L, o->x / LVL_TILE);
        lua_setfield(L, -2, "x");
        lua_pushinteger(L, o->y / LVL_TILE);
        lua_setfield(L, -2, "y");
        /* Spawning runs the behaviour's on_spawn: do it under a budget. */
        lua_pushlightuserdata(L, lv);
        lua_pushcclosure(L, scr_api_spawn, 1);
        lua_insert(L, -2);
        char err[SCR_MAX_MESSAGE + 64], what[96];
        snprintf(what, sizeof what, "spawning %s", o->type);
        scr_budget_start(lv->sb, lv->limits.call_seconds, what);
        if (!scr_call(lv->sb, 1, 1, err, sizeof err)) {
            char where[sizeof lv->path + sizeof err + 16];
            snprintf(where, sizeof where, "%s:%d: %s", lv->path, o->line, err);
            scr_report(lv, what, where);
            continue;
        }
        lua_pop(L, 1);
    }
    scr_call_level(lv, SCR_CB_START, 0);
}

static void scr_run_timers(scr_level *lv)
{
    lua_State *L = lv->sb->L;
    for (int i = 0; i < lv->timer_count;) {
        if (lv->timers[i].due > lv->time) {
            i++;
            continue;
        }
        int ref = lv->timers[i].fn_ref;
        lv->timers[i] = lv->timers[--lv->timer_count];
        lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
        luaL_unref(L, LUA_REGISTRYINDEX, ref);
        char err[SCR_MAX_MESSAGE + 64];
        scr_budget_start(lv->sb, lv->limits.call_seconds, "a timer (sq.after)");
        if (!scr_call(lv->sb, 0, 0, err, sizeof err)) scr_report(lv, "a timer (sq.after)", err);
    }
}

void scr_level_update(scr_level *lv, double dt)
{
    lua_State *L = lv->sb->L;
    lv->time += dt;
    scr_run_timers(lv);
    lua_pushnumber(L, dt);
    scr_call_level(lv, SCR_CB_UPDATE, 1);
    /* Behaviours with on_update: one call per instance that has one. */
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->instances_ref);
    int inst = lua_gettop(L);
    /* Ids first: behaviours may spawn or remove while we call them. */
    int cap = 256, n = 0;
    int *ids = malloc(sizeof *ids * (size_t)cap);
    lua_pushnil(L);
    while (ids && lua_next(L, inst)) {
        if (lua_isinteger(L, -2)) {
            if (n == cap) {
                int *grown = realloc(ids, sizeof *ids * (size_t)(cap *= 2));
                if (!grown) {
                    lua_pop(L, 2);
                    break;
                }
                ids = grown;
            }
            ids[n++] = (int)lua_tointeger(L, -2);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    for (int i = 0; ids && i < n; i++) {
        lua_pushnumber(L, dt);
        scr_call_behaviour(lv, ids[i], "on_update", 1);
    }
    free(ids);
}

void scr_level_touch(scr_level *lv, int entity, int other)
{
    lua_State *L = lv->sb->L;
    scr_push_instance(L, lv, other);
    scr_call_behaviour(lv, entity, "on_touch", 1);
    scr_push_instance(L, lv, entity);
    scr_push_instance(L, lv, other);
    scr_call_level(lv, SCR_CB_TOUCH, 2);
}

void scr_level_interact(scr_level *lv, int entity)
{
    scr_call_behaviour(lv, entity, "on_interact", 0);
    scr_push_instance(lv->sb->L, lv, entity);
    scr_call_level(lv, SCR_CB_INTERACT, 1);
}

void scr_level_collect(scr_level *lv, const char *skill)
{
    lua_pushstring(lv->sb->L, skill);
    scr_call_level(lv, SCR_CB_COLLECT, 1);
}

void scr_level_answer(scr_level *lv, const char *quiz_id, bool correct)
{
    lua_pushstring(lv->sb->L, quiz_id);
    lua_pushboolean(lv->sb->L, correct);
    scr_call_level(lv, SCR_CB_ANSWER, 2);
}

void scr_level_forget(scr_level *lv, int entity)
{
    lua_State *L = lv->sb->L;
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->instances_ref);
    lua_pushnil(L);
    lua_rawseti(L, -2, entity);
    lua_pop(L, 1);
}

/* --- checking --------------------------------------------------------------- */

typedef struct {
    scr_level *lv;
    const scr_check_env *env;
    const char *path;
} scr_check_ctx;

static bool scr_check_skill(void *user, const char *skill)
{
    scr_check_ctx *c = user;
    lua_State *L = c->lv->sb->L;
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->lv->skills_ref);
    bool known = scr_rawfield(L, -1, skill) == LUA_TTABLE;
    lua_pop(L, 2);
    return known;
}

static bool scr_check_behaviour(void *user, const char *type)
{
    scr_check_ctx *c = user;
    lua_State *L = c->lv->sb->L;
    if (strcmp(type, "start") == 0) return true;
    bool known = scr_push_behaviour(L, c->lv, type);
    if (known) lua_pop(L, 1);
    return known;
}

static bool scr_check_sprite(void *user, const char *sprite)
{
    scr_check_ctx *c = user;
    return !c->env->sprite_known || c->env->sprite_known(c->env->user, sprite);
}

static bool scr_check_sound(void *user, const char *sound)
{
    scr_check_ctx *c = user;
    return !c->env->sound_known || c->env->sound_known(c->env->user, sound);
}

static int scr_check_width(void *user, const char *text, int len)
{
    scr_check_ctx *c = user;
    return c->env->text_width(c->env->user, text, len);
}

static void scr_check_expand(void *user, const char *text, char *out, size_t size)
{
    scr_check_ctx *c = user;
    c->env->expand_keys(c->env->user, text, out, size);
}

static void scr_check_report(void *user, int line, const char *message)
{
    scr_check_ctx *c = user;
    c->env->report(c->env->user, c->path, line, message);
}

static void scr_print_note(void *user, const char *file, int line, const char *message)
{
    (void)user;
    if (line > 0)
        fprintf(stderr, "%s:%d: note: %s\n", file, line, message);
    else
        fprintf(stderr, "%s: note: %s\n", file, message);
}

int scr_check_file(const char *path, const char *data_root, const scr_check_env *env)
{
    return scr_check_file_noting(path, data_root, env, scr_print_note, NULL);
}

int scr_check_file_noting(const char *path, const char *data_root, const scr_check_env *env,
                          void (*note)(void *user, const char *file, int line, const char *message),
                          void *note_user)
{
    lvl_def def;
    char err[SCR_MAX_MESSAGE + 300];
    scr_env senv = {data_root, scr_default_limits(), NULL};
    int problems = 0;
    scr_level *lv = scr_open(path, &senv, &def, err, sizeof err, env->report, env->user, &problems);
    for (int i = 0; note && i < def.map.note_count; i++)
        note(note_user, def.map.notes[i].file, def.map.notes[i].line, def.map.notes[i].message);
    if (!lv) {
        lvl_free(&def);
        return problems ? problems : 1;
    }
    scr_check_ctx ctx = {lv, env, path};
    lvl_check_env cenv = {&ctx,
                          scr_check_skill,
                          scr_check_sprite,
                          scr_check_sound,
                          scr_check_behaviour,
                          env->text_width ? scr_check_width : NULL,
                          scr_check_report,
                          env->expand_keys ? scr_check_expand : NULL};
    problems += lvl_check(&def, &cenv);
    scr_level_destroy(lv);
    lvl_free(&def);
    return problems;
}

