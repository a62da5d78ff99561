/* script_bind_quest: the sq.* functions quests build their mechanics from:
 * carrying a token and placing it on a slot, a readout panel, gates that
 * close again, timers that can be cancelled, state kept across a quest's
 * levels, the player's rank, and a quest's own Lua modules. */
#include "script_run.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

int scr_api_cancel(lua_State *L)
{
    scr_level *lv = scr_self(L);
    lua_Integer handle = luaL_checkinteger(L, 1);
    lua_pushboolean(L, handle >= 0 && scr_cancel_timer(L, lv, (uint64_t)handle));
    return 1;
}

int scr_api_close_gate(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    int id = scr_check_id(L, 1);
    if (!h->entity(h->user, id).exists) return 0;
    h->set_solid(h->user, id, true);
    h->set_sprite(h->user, id, "gate_closed", 1, 1);
    h->play_sound(h->user, "gate_open");
    return 0;
}

static int scr_push_id(lua_State *L, int id)
{
    if (id > 0)
        lua_pushinteger(L, id);
    else
        lua_pushnil(L);
    return 1;
}

int scr_api_carry(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    int id = scr_check_id(L, 1);
    lua_pushboolean(L, h->carry(h->user, id));
    return 1;
}

int scr_api_carried(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    return scr_push_id(L, h->carried(h->user));
}

int scr_api_drop(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    return scr_push_id(L, h->drop(h->user));
}

int scr_api_on_slot(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    return scr_push_id(L, h->on_slot(h->user, scr_check_id(L, 1)));
}

int scr_api_place(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    int token = scr_check_id(L, 1), slot = scr_check_id(L, 2);
    lua_pushboolean(L, h->place(h->user, token, slot));
    return 1;
}

static scr_tone scr_tone_of(lua_State *L, int idx)
{
    if (lua_type(L, idx) != LUA_TSTRING) return SCR_TONE_PLAIN;
    const char *t = lua_tostring(L, idx);
    if (!strcmp(t, "good")) return SCR_TONE_GOOD;
    if (!strcmp(t, "warn")) return SCR_TONE_WARN;
    if (!strcmp(t, "bad")) return SCR_TONE_BAD;
    luaL_error(L, "sq.panel: tone is good, warn or bad, not '%s'", t);
    return SCR_TONE_PLAIN;
}

static double scr_unit(lua_State *L, int idx, const char *what, double none)
{
    if (lua_isnoneornil(L, idx)) return none;
    if (!lua_isnumber(L, idx)) luaL_error(L, "sq.panel: '%s' must be a number from 0 to 1", what);
    double v = lua_tonumber(L, idx);
    if (!(v >= 0 && v <= 1)) luaL_error(L, "sq.panel: '%s' must be from 0 to 1, not %f", what, v);
    return v;
}

int scr_api_panel(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    if (lua_isnoneornil(L, 1)) {
        h->panel(h->user, NULL);
        return 0;
    }
    luaL_checktype(L, 1, LUA_TTABLE);
    scr_panel p;
    memset(&p, 0, sizeof p);
    if (scr_rawfield(L, 1, "title") != LUA_TNIL)
        p.title = scr_check_text(L, -1, "panel", "the title", SCR_MAX_SPEAKER);
    /* The strings stay on the stack until the host has copied them. */
    lua_Unsigned n = lua_rawlen(L, 1);
    if (n > SCR_PANEL_LINES) return luaL_error(L, "sq.panel: at most %d lines", SCR_PANEL_LINES);
    for (lua_Unsigned i = 1; i <= n; i++) {
        scr_panel_line *line = &p.lines[p.count++];
        line->marker = -1;
        int t = lua_rawgeti(L, 1, (lua_Integer)i);
        if (t == LUA_TSTRING) {
            line->text = scr_check_text(L, -1, "panel", "a line", SCR_MAX_LABEL);
            continue;
        }
        if (t != LUA_TTABLE) return luaL_error(L, "sq.panel: line %d is a string or a table", (int)i);
        int e = lua_gettop(L);
        lua_rawgeti(L, e, 1);
        line->text = scr_check_text(L, -1, "panel", "a line's words", SCR_MAX_LABEL);
        scr_rawfield(L, e, "value");
        line->bar = !lua_isnil(L, -1);
        line->value = scr_unit(L, -1, "value", 0);
        scr_rawfield(L, e, "marker");
        line->marker = scr_unit(L, -1, "marker", -1);
        scr_rawfield(L, e, "tone");
        line->tone = scr_tone_of(L, -1);
    }
    h->panel(h->user, &p);
    return 0;
}

static const char *scr_key(lua_State *L, int arg, const char *fn)
{
    const char *key = scr_check_text(L, arg, fn, "the key", 31);
    for (const char *c = key; *c; c++)
        if (!isalnum((unsigned char)*c) && *c != '_' && *c != '.')
            luaL_error(L, "sq.%s: a key is letters, digits, '_' and '.', not '%s'", fn, key);
    if (!*key) luaL_error(L, "sq.%s: the key is empty", fn);
    return key;
}

int scr_api_keep(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    const char *key = scr_key(L, 1, "keep");
    const char *value = NULL;
    switch (lua_type(L, 2)) {
    case LUA_TNIL:
    case LUA_TNONE: break;
    case LUA_TBOOLEAN: value = lua_toboolean(L, 2) ? "true" : "false"; break;
    case LUA_TNUMBER:
        lua_pushvalue(L, 2);
        value = lua_tostring(L, -1);
        break;
    case LUA_TSTRING: value = scr_check_text(L, 2, "keep", "the value", 127); break;
    default: return luaL_error(L, "sq.keep: a value is a string, a number or a boolean");
    }
    if (value)
        for (const char *c = value; *c; c++)
            if ((unsigned char)*c < 0x20) return luaL_error(L, "sq.keep: the value has a control character");
    if (!h->keep(h->user, key, value)) return luaL_error(L, "sq.keep: no room for more kept values");
    return 0;
}

int scr_api_kept(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    const char *value = h->kept(h->user, scr_key(L, 1, "kept"));
    if (value)
        lua_pushstring(L, value);
    else
        lua_pushnil(L);
    return 1;
}

int scr_api_rank(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    const char *title = "";
    char next[400];
    next[0] = '\0';
    lua_pushinteger(L, h->rank(h->user, &title, next, sizeof next));
    lua_pushstring(L, title ? title : "");
    lua_pushstring(L, next);
    return 3;
}

/* A module is a Lua file in lib/ beside the level (lib/ is never read as
 * levels): run once, in this sandbox, under
 * the budget of whatever is running now (the load, or this tick). */
static bool scr_module_exists(const char *path)
{
    FILE *probe = fopen(path, "rb");
    if (probe) fclose(probe);
    return probe != NULL;
}

int scr_api_module(lua_State *L)
{
    scr_level *lv = scr_self(L);
    const char *name = scr_check_text(L, 1, "module", "the module's name", SCR_MAX_NAME);
    for (const char *c = name; *c; c++)
        if (!islower((unsigned char)*c) && !isdigit((unsigned char)*c) && *c != '_')
            return luaL_error(L, "sq.module: a module's name is lower-case letters, digits and '_', "
                                 "not '%s'", name);
    if (lv->modules_ref == LUA_NOREF) {
        lua_newtable(L);
        lv->modules_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->modules_ref);
    int cache = lua_gettop(L);
    if (scr_rawfield(L, cache, name) != LUA_TNIL) return 1;
    lua_pop(L, 1);
    char path[4200];
    const char *slash = strrchr(lv->path, '/');
    int dir_len = slash ? (int)(slash - lv->path) : 1;
    snprintf(path, sizeof path, "%.*s/lib/%s.lua", dir_len, slash ? lv->path : ".", name);
    /* Not beside the level: its quest's own folder, a sibling (the office
     * levels of the web quest share levels/web/lib). */
    bool found = scr_module_exists(path);
    if (!found && lv->def && lv->def->quest && slash) {
        snprintf(path, sizeof path, "%.*s/../%s/lib/%s.lua", dir_len, lv->path, lv->def->quest,
                 name);
        found = scr_module_exists(path);
    }
    /* Last, the game's own shared modules (scripts/lib: the architecture
     * simulator), so any level can build on them. */
    if (!found) snprintf(path, sizeof path, "%s/scripts/lib/%s.lua", lv->data_root, name);
    char chunk[4300], err[SCR_MAX_MESSAGE + 300];
    snprintf(chunk, sizeof chunk, "@%s", path);
    if (!scr_load_file(lv->sb, path, chunk, err, sizeof err))
        return luaL_error(L, "sq.module: %s: %s", path, err);
    lua_call(L, 0, 1); /* errors go on to the caller, file and line included */
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, cache, name);
    return 1;
}
