/* script_bind_world: the sq.* functions about things in the world: spawning
 * and removing entities, where they are, how they move and look, timers,
 * time and randomness. Every argument is checked: a wrong type or a value
 * out of range is an error that names the function (and the field), never
 * a silent default. */
#include "script_run.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static double scr_checktiles(lua_State *L, int arg)
{
    double v = luaL_checknumber(L, arg);
    if (!(v > -100000.0 && v < 100000.0)) luaL_argerror(L, arg, "out of range");
    return v;
}

int scr_check_id(lua_State *L, int arg)
{
    lua_Integer id = luaL_checkinteger(L, arg);
    if (id < 1 || id > 0x7fffffff) luaL_argerror(L, arg, "not an entity id");
    return (int)id;
}

const char *scr_check_text(lua_State *L, int arg, const char *fn, const char *what, size_t max)
{
    size_t len;
    const char *s = luaL_checklstring(L, arg, &len);
    if (len > max)
        luaL_error(L, "sq.%s: %s is %I bytes long; it may have at most %I", fn, what,
                   (lua_Integer)len, (lua_Integer)max);
    return s;
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

/* --- sq.spawn ----------------------------------------------------------------- */

/* desc.x or desc.y, in tiles. */
static double scr_spawn_coord(lua_State *L, const char *key)
{
    int t = scr_rawfield(L, 1, key);
    if (t == LUA_TNIL)
        luaL_error(L, "sq.spawn: '%s' is missing (the tile coordinates x and y are needed)", key);
    if (t != LUA_TNUMBER)
        luaL_error(L, "sq.spawn: '%s' must be a number (tiles), not a %s", key, lua_typename(L, t));
    double v = lua_tonumber(L, -1);
    lua_pop(L, 1);
    if (!(v > -10000 && v < 10000))
        luaL_error(L, "sq.spawn: '%s' is out of range (-10000 to 10000 tiles)", key);
    return v;
}

/* An optional string field of desc (at 1) or of the behaviour (at b, type
 * given), left on the stack (so no copy can leak when a later check
 * raises); NULL when absent. */
static const char *scr_spawn_string(lua_State *L, int t, const char *type, const char *key)
{
    int vt = scr_rawfield(L, t, key);
    if (vt == LUA_TNIL) return NULL;
    if (vt != LUA_TSTRING) {
        if (type) luaL_error(L, "sq.spawn: behaviour '%s': '%s' must be a string, not a %s", type,
                             key, lua_typename(L, vt));
        luaL_error(L, "sq.spawn: '%s' must be a string, not a %s", key, lua_typename(L, vt));
    }
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    if (len > SCR_MAX_NAME)
        luaL_error(L, "sq.spawn: '%s' is %I bytes long; it may have at most %d", key,
                   (lua_Integer)len, SCR_MAX_NAME);
    return s;
}

static bool scr_spawn_flag(lua_State *L, int b, const char *type, const char *key)
{
    int t = scr_rawfield(L, b, key);
    if (t != LUA_TNIL && t != LUA_TBOOLEAN)
        luaL_error(L, "sq.spawn: behaviour '%s': '%s' must be true or false, not a %s", type, key,
                   lua_typename(L, t));
    bool v = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return v;
}

static int scr_whole(lua_State *L, int index, const char *type, const char *key, int lo, int hi)
{
    lua_Number n = lua_tonumber(L, index);
    if (lua_type(L, index) != LUA_TNUMBER || !(n >= lo && n <= hi) || n != floor(n))
        luaL_error(L, "sq.spawn: behaviour '%s': '%s' must be whole numbers from %d to %d", type,
                   key, lo, hi);
    return (int)n;
}

static int scr_spawn_int(lua_State *L, int b, const char *type, const char *key, int fallback,
                         int lo, int hi)
{
    int v = fallback;
    if (scr_rawfield(L, b, key) != LUA_TNIL) v = scr_whole(L, -1, type, key, lo, hi);
    lua_pop(L, 1);
    return v;
}

/* size = {w, h}, offset = {dx, dy}. */
static void scr_spawn_pair(lua_State *L, int b, const char *type, const char *key, int *x, int *y,
                           int lo, int hi)
{
    int t = scr_rawfield(L, b, key);
    if (t == LUA_TTABLE) {
        lua_rawgeti(L, -1, 1);
        lua_rawgeti(L, -2, 2);
        *x = scr_whole(L, -2, type, key, lo, hi);
        *y = scr_whole(L, -1, type, key, lo, hi);
        lua_pop(L, 2);
    } else if (t != LUA_TNIL) {
        luaL_error(L, "sq.spawn: behaviour '%s': '%s' must be a pair like {12, 10}, not a %s",
                   type, key, lua_typename(L, t));
    }
    lua_pop(L, 1);
}

int scr_api_spawn(lua_State *L)
{
    scr_level *lv = scr_self(L);
    const scr_host *h = scr_host_of(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    const char *type = scr_spawn_string(L, 1, NULL, "type");
    if (!type) return luaL_error(L, "sq.spawn: 'type' is missing (the behaviour to spawn)");
    int type_idx = lua_gettop(L);
    scr_spawn_desc d;
    memset(&d, 0, sizeof d);
    d.type = type;
    double x = scr_spawn_coord(L, "x"), y = scr_spawn_coord(L, "y");
    d.name = scr_spawn_string(L, 1, NULL, "name"); /* the name, or nil, stays on the stack */
    int name_idx = lua_gettop(L);
    if (!scr_push_behaviour(L, lv, type)) return luaL_error(L, "sq.spawn: unknown behaviour '%s'", type);
    int b = lua_gettop(L);
    if (lv->entity_count >= SCR_MAX_ENTITIES)
        return luaL_error(L, "sq.spawn: a level may have at most %d entities at once",
                          SCR_MAX_ENTITIES);
    d.x = x * LVL_TILE;
    d.y = y * LVL_TILE;
    d.w = d.h = LVL_TILE;
    scr_spawn_pair(L, b, type, "size", &d.w, &d.h, 0, 32);
    scr_spawn_pair(L, b, type, "offset", &d.sprite_dx, &d.sprite_dy, -32, 32);
    /* Centre the collider on its tile's bottom edge (feet on the floor). */
    d.x += (LVL_TILE - d.w) / 2.0;
    const char *align = scr_spawn_string(L, b, type, "align");
    if (align && strcmp(align, "top") != 0 && strcmp(align, "bottom") != 0)
        return luaL_error(L, "sq.spawn: behaviour '%s': 'align' must be \"top\" or \"bottom\"", type);
    if (!align || strcmp(align, "top") != 0) d.y += LVL_TILE - d.h;
    d.sprite = scr_spawn_string(L, b, type, "sprite");
    d.frames = scr_spawn_int(L, b, type, "frames", 1, 1, 64);
    d.rate = scr_spawn_int(L, b, type, "rate", 8, 1, 255);
    /* The object's own picture, when it names one (a prop, a sign, a sign's post). */
    const char *own = scr_spawn_string(L, 1, NULL, "sprite");
    if (own) {
        d.sprite = own;
        d.frames = scr_spawn_int(L, 1, NULL, "frames", 1, 1, 64);
        d.rate = scr_spawn_int(L, 1, NULL, "rate", 8, 1, 255);
    }
    d.solid = scr_spawn_flag(L, b, type, "solid");
    d.sensor = scr_spawn_flag(L, b, type, "sensor");
    d.moves = scr_spawn_flag(L, b, type, "moves");
    d.bounce = scr_spawn_flag(L, b, type, "bounce");
    d.hidden = scr_spawn_flag(L, b, type, "hidden");
    int id = h->spawn(h->user, &d); /* the strings stay on the stack meanwhile */
    if (id <= 0) return luaL_error(L, "sq.spawn: the game has no room for another entity ('%s')", type);
    /* The instance: id, type, name and every field of desc as props. */
    scr_push_instance(L, lv, id);
    int inst = lua_gettop(L);
    lua_pushvalue(L, type_idx);
    lua_setfield(L, inst, "type");
    lua_pushvalue(L, name_idx);
    lua_setfield(L, inst, "name");
    lua_getfield(L, inst, "props");
    int props = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, props);
    }
    lua_settop(L, inst);
    scr_track_entity(L, lv, id, type, b);
    if (scr_rawfield(L, b, "on_spawn") == LUA_TFUNCTION) {
        lua_pushvalue(L, inst);
        lua_call(L, 1, 0); /* runs under the caller's budget */
    }
    lua_pushinteger(L, id);
    return 1;
}

/* --- the rest ------------------------------------------------------------------- */

int scr_api_remove(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    h->remove(h->user, scr_check_id(L, 1));
    return 0;
}

int scr_api_entity(lua_State *L)
{
    scr_push_entity(L, scr_host_of(L), scr_check_id(L, 1));
    return 1;
}

int scr_api_player(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    scr_push_entity(L, h, h->player(h->user));
    return 1;
}

int scr_api_move(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    int id = scr_check_id(L, 1);
    h->move(h->user, id, scr_checktiles(L, 2) * LVL_TILE, scr_checktiles(L, 3) * LVL_TILE);
    return 0;
}

int scr_api_set_velocity(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    int id = scr_check_id(L, 1);
    double vx = scr_checktiles(L, 2), vy = scr_checktiles(L, 3);
    if (vx * vx + vy * vy > 64.0 * 64.0) return luaL_error(L, "sq.set_velocity: speed above 64 tiles per second");
    h->set_velocity(h->user, id, vx * LVL_TILE, vy * LVL_TILE);
    return 0;
}

int scr_api_set_solid(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    int id = scr_check_id(L, 1);
    luaL_checktype(L, 2, LUA_TBOOLEAN);
    h->set_solid(h->user, id, lua_toboolean(L, 2));
    return 0;
}

int scr_api_open_gate(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    int id = scr_check_id(L, 1);
    if (!h->entity(h->user, id).exists) return 0;
    h->set_solid(h->user, id, false);
    h->set_sprite(h->user, id, "gate_open", 1, 1);
    h->play_sound(h->user, "gate_open");
    return 0;
}

int scr_api_set_sprite(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    int id = scr_check_id(L, 1);
    const char *sprite = scr_check_text(L, 2, "set_sprite", "the sprite's name", SCR_MAX_NAME);
    lua_Integer frames = luaL_optinteger(L, 3, 1), rate = luaL_optinteger(L, 4, 8);
    if (frames < 1 || frames > 64) return luaL_argerror(L, 3, "frames must be 1..64");
    if (rate < 1 || rate > 255) return luaL_argerror(L, 4, "rate must be 1..255");
    h->set_sprite(h->user, id, sprite, (int)frames, (int)rate);
    return 0;
}

int scr_api_set_label(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    int id = scr_check_id(L, 1);
    const char *text = scr_check_text(L, 2, "set_label", "the label", SCR_MAX_LABEL);
    h->set_label(h->user, id, text, lua_toboolean(L, 3));
    return 0;
}

int scr_api_after(lua_State *L)
{
    scr_level *lv = scr_self(L);
    double seconds = luaL_checknumber(L, 1);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    if (!(seconds >= 0 && seconds < 86400)) return luaL_argerror(L, 1, "seconds out of range");
    lua_pushinteger(L, (lua_Integer)scr_add_timer(L, lv, seconds, 2));
    return 1;
}

int scr_api_time(lua_State *L)
{
    lua_pushnumber(L, scr_self(L)->time);
    return 1;
}

int scr_api_random(lua_State *L)
{
    return scr_random(L);
}
