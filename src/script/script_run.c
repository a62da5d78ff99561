/* script_run: a level at run time. Routes the game's events to the level's
 * callbacks and its behaviours', runs its timers, and keeps what a tick
 * needs ready so that it costs nothing per entity beyond the Lua it runs:
 * each behaviour is looked up once, when the first entity of it spawns; the
 * entities whose behaviour has an on_update are listed with their function
 * and instance, and one protected call per tick walks that list (entities
 * without on_update are not in it). Nothing is formatted or looked up by
 * name, and no clock is read, per entity.
 *
 * A callback that fails is reported once and switched off; the rest of the
 * level goes on. A level over its budget is reported and stopped. */
#include "script_run.h"
#include "log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

scr_level *scr_self(lua_State *L)
{
    return lua_touserdata(L, lua_upvalueindex(1));
}

const scr_host *scr_host_of(lua_State *L)
{
    const scr_host *h = scr_self(L)->host;
    if (!h) luaL_error(L, "the game is not running this level (checking only)");
    return h;
}

bool scr_push_behaviour(lua_State *L, scr_level *lv, const char *type)
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

void scr_push_instance(lua_State *L, scr_level *lv, int id)
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

/* --- the entities the level spawned ------------------------------------------- */

static unsigned scr_hash(int id)
{
    return (unsigned)id * 2654435761u;
}

static scr_slot *scr_slot_find(scr_level *lv, int id)
{
    if (!lv->slot_cap) return NULL;
    unsigned mask = (unsigned)lv->slot_cap - 1;
    for (unsigned i = scr_hash(id) & mask;; i = (i + 1) & mask) {
        if (lv->slots[i].id == id) return &lv->slots[i];
        if (!lv->slots[i].id) return NULL;
    }
}

static bool scr_slot_grow(scr_level *lv)
{
    int cap = lv->slot_cap ? lv->slot_cap * 2 : 256;
    scr_slot *slots = calloc((size_t)cap, sizeof *slots), *old = lv->slots;
    if (!slots) return false;
    int old_cap = lv->slot_cap;
    lv->slots = slots;
    lv->slot_cap = cap;
    for (int i = 0; i < old_cap; i++) {
        if (!old[i].id) continue;
        unsigned mask = (unsigned)cap - 1, j = scr_hash(old[i].id) & mask;
        while (slots[j].id) j = (j + 1) & mask;
        slots[j] = old[i];
    }
    free(old);
    return true;
}

/* Removes a slot, moving later ones of its run back (no tombstones). */
static void scr_slot_remove(scr_level *lv, scr_slot *slot)
{
    unsigned mask = (unsigned)lv->slot_cap - 1, hole = (unsigned)(slot - lv->slots);
    for (unsigned i = (hole + 1) & mask; lv->slots[i].id; i = (i + 1) & mask) {
        unsigned home = scr_hash(lv->slots[i].id) & mask;
        /* Moves back when its home is not between the hole and it. */
        if (((i - home) & mask) >= ((i - hole) & mask)) {
            lv->slots[hole] = lv->slots[i];
            hole = i;
        }
    }
    lv->slots[hole].id = 0;
}

/* The kind (looked up once per type) for a behaviour table at index b. */
static int scr_kind_of(lua_State *L, scr_level *lv, const char *type, int b)
{
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->kind_of_ref);
    if (scr_rawfield(L, -1, type) == LUA_TNUMBER) {
        int kind = (int)lua_tointeger(L, -1);
        lua_pop(L, 2);
        return kind;
    }
    lua_pop(L, 1);
    if (lv->kind_count == lv->kind_cap) {
        int cap = lv->kind_cap ? lv->kind_cap * 2 : 16;
        scr_kind *grown = realloc(lv->kinds, sizeof *grown * (size_t)cap);
        if (!grown) luaL_error(L, "out of memory for behaviour '%s'", type);
        lv->kinds = grown;
        lv->kind_cap = cap;
    }
    int kind = lv->kind_count;
    lua_pushinteger(L, kind);
    lua_setfield(L, -2, type);
    lua_pop(L, 1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->kinds_ref);
    lua_pushvalue(L, b);
    lua_rawseti(L, -2, kind + 1);
    lua_pop(L, 1);
    scr_kind *k = &lv->kinds[lv->kind_count++];
    memset(k, 0, sizeof *k);
    snprintf(k->type, sizeof k->type, "%s", type);
    return kind;
}

void scr_track_entity(lua_State *L, scr_level *lv, int id, const char *type, int b)
{
    b = lua_absindex(L, b);
    int kind = scr_kind_of(L, lv, type, b);
    if ((lv->entity_count + 1) * 2 > lv->slot_cap && !scr_slot_grow(lv))
        luaL_error(L, "out of memory for entity %d", id);
    scr_slot *slot = scr_slot_find(lv, id);
    if (slot && slot->update >= 0) {
        /* An id the game gave again without removing it first: the old
         * entity's updates end here. */
        lv->updaters[slot->update].id = 0;
        lv->update_dead++;
        lua_rawgeti(L, LUA_REGISTRYINDEX, lv->updates_ref);
        lua_pushnil(L);
        lua_rawseti(L, -2, 2 * slot->update + 1);
        lua_pop(L, 1);
    } else if (!slot) {
        unsigned mask = (unsigned)lv->slot_cap - 1, i = scr_hash(id) & mask;
        while (lv->slots[i].id) i = (i + 1) & mask;
        slot = &lv->slots[i];
        lv->entity_count++;
    }
    *slot = (scr_slot){id, kind, -1};
    if (scr_rawfield(L, b, "on_update") != LUA_TFUNCTION) {
        lua_pop(L, 1);
        return;
    }
    if (lv->update_count == lv->update_cap) {
        int cap = lv->update_cap ? lv->update_cap * 2 : 64;
        scr_updater *grown = realloc(lv->updaters, sizeof *grown * (size_t)cap);
        if (!grown) luaL_error(L, "out of memory for entity %d", id);
        lv->updaters = grown;
        lv->update_cap = cap;
    }
    int i = lv->update_count++;
    lv->updaters[i] = (scr_updater){id, kind};
    slot->update = i;
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->updates_ref);
    lua_insert(L, -2);
    if (lv->kinds[kind].off[SCR_ON_UPDATE]) lua_pop(L, 1);
    else lua_rawseti(L, -2, 2 * i + 1);
    scr_push_instance(L, lv, id);
    lua_rawseti(L, -2, 2 * i + 2);
    lua_pop(L, 1);
}

/* Closes the gaps removed entities left in the update list (between passes). */
static void scr_compact_updates(scr_level *lv)
{
    lua_State *L = scr_thread(lv->sb);
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->updates_ref);
    int t = lua_gettop(L), kept = 0;
    for (int i = 0; i < lv->update_count; i++) {
        if (!lv->updaters[i].id) continue;
        if (kept != i) {
            lv->updaters[kept] = lv->updaters[i];
            lua_rawgeti(L, t, 2 * i + 1);
            lua_rawseti(L, t, 2 * kept + 1);
            lua_rawgeti(L, t, 2 * i + 2);
            lua_rawseti(L, t, 2 * kept + 2);
            scr_slot_find(lv, lv->updaters[kept].id)->update = kept;
        }
        kept++;
    }
    for (int i = 2 * kept + 1; i <= 2 * lv->update_count; i++) {
        lua_pushnil(L);
        lua_rawseti(L, t, i);
    }
    lua_pop(L, 1);
    lv->update_count = kept;
    lv->update_dead = 0;
}

void scr_level_forget(scr_level *lv, int entity)
{
    lua_State *L = scr_thread(lv->sb);
    if (!lua_checkstack(L, 4)) return;
    scr_slot *slot = scr_slot_find(lv, entity);
    if (slot) {
        if (slot->update >= 0) {
            lv->updaters[slot->update].id = 0;
            lv->update_dead++;
            lua_rawgeti(L, LUA_REGISTRYINDEX, lv->updates_ref);
            lua_pushnil(L);
            lua_rawseti(L, -2, 2 * slot->update + 1);
            lua_pushnil(L);
            lua_rawseti(L, -2, 2 * slot->update + 2);
            lua_pop(L, 1);
        }
        scr_slot_remove(lv, slot);
        lv->entity_count--;
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->instances_ref);
    lua_pushnil(L);
    lua_rawseti(L, -2, entity);
    lua_pop(L, 1);
}

/* --- errors --------------------------------------------------------------------- */

void scr_report(scr_level *lv, const char *what, const char *err)
{
    if (lv->stopped) return; /* said once */
    bool stop = lv->sb->over_budget || lv->sb->killed;
    char name[300];
    snprintf(name, sizeof name, "%s:", lv->name);
    /* Every message names the level's file, at its line when Lua knew one. */
    bool named = strstr(err, name) != NULL;
    char message[sizeof lv->path + 2 * SCR_MAX_MESSAGE + 200];
    if (stop)
        snprintf(message, sizeof message, "%s%s%.*s (in %.100s); the level's scripts are stopped",
                 named ? "" : lv->path, named ? "" : ": ", 2 * SCR_MAX_MESSAGE, err, what);
    else
        snprintf(message, sizeof message, "%s%s%.*s (%.100s is switched off)", named ? "" : lv->path,
                 named ? "" : ": ", 2 * SCR_MAX_MESSAGE, err, what);
    log_error("script: %s", message);
    if (lv->host) lv->host->report(lv->host->user, message);
    if (stop) lv->stopped = true;
}

/* Calls the function below nargs arguments; on failure reports it as what
 * and returns false (the caller switches it off). Pops everything. */
static bool scr_run(scr_level *lv, int nargs, const char *what)
{
    char err[SCR_MAX_MESSAGE + 300];
    if (scr_call(lv->sb, nargs, 0, err, sizeof err)) return true;
    scr_report(lv, what, err);
    return false;
}

/* Calls level[cb] with nargs arguments already pushed. Pops them. */
static void scr_call_level(scr_level *lv, int cb, int nargs)
{
    lua_State *L = scr_thread(lv->sb);
    if (lv->callback_off[cb] || lv->callback_ref[cb] == LUA_NOREF || lv->stopped) {
        lua_pop(L, nargs);
        return;
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->callback_ref[cb]);
    lua_insert(L, -nargs - 1);
    if (!scr_run(lv, nargs, scr_callback_names[cb])) lv->callback_off[cb] = true;
}

/* Calls an entity's behaviour callback (on_touch or on_interact) with its
 * instance and nargs arguments already pushed. Pops them. */
static void scr_call_behaviour(scr_level *lv, int id, int on, const char *cb, int nargs)
{
    lua_State *L = scr_thread(lv->sb);
    int base = lua_gettop(L) - nargs;
    scr_slot *slot = scr_slot_find(lv, id);
    if (!slot || lv->kinds[slot->kind].off[on] || lv->stopped) {
        lua_settop(L, base);
        return;
    }
    int kind = slot->kind;
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->kinds_ref);
    lua_rawgeti(L, -1, kind + 1);
    if (scr_rawfield(L, -1, cb) != LUA_TFUNCTION) {
        lua_settop(L, base);
        return;
    }
    lua_insert(L, base + 1);        /* the function below the arguments */
    lua_settop(L, base + 1 + nargs); /* without the kind's tables */
    scr_push_instance(L, lv, id);
    lua_insert(L, base + 2);
    char err[SCR_MAX_MESSAGE + 300];
    if (scr_call(lv->sb, nargs + 1, 0, err, sizeof err)) return;
    char what[SCR_MAX_NAME + 20];
    snprintf(what, sizeof what, "%s.%s", lv->kinds[kind].type, cb);
    lv->kinds[kind].off[on] = true;
    scr_report(lv, what, err);
}

/* --- events ---------------------------------------------------------------------- */

static bool scr_live(scr_level *lv)
{
    return lv && !lv->stopped && lua_checkstack(scr_thread(lv->sb), 8);
}

void scr_level_tick_begin(scr_level *lv)
{
    if (!lv || lv->stopped) return;
    scr_phase_begin(lv->sb, SCR_PHASE_TICK, lv->limits.tick_instructions, lv->limits.kill_seconds);
}

static bool scr_timer_before(const scr_timer *a, const scr_timer *b)
{
    return a->due < b->due || (a->due == b->due && a->seq < b->seq);
}

bool scr_cancel_timer(lua_State *L, scr_level *lv, uint64_t handle)
{
    for (int i = 0; i < lv->timer_count; i++)
        if (lv->timers[i].seq == handle && lv->timers[i].fn_ref != LUA_NOREF) {
            luaL_unref(L, LUA_REGISTRYINDEX, lv->timers[i].fn_ref);
            lv->timers[i].fn_ref = LUA_NOREF; /* popped in its turn, never run */
            return true;
        }
    return false;
}

uint64_t scr_add_timer(lua_State *L, scr_level *lv, double seconds, int arg)
{
    if (lv->timer_count == SCR_MAX_TIMERS)
        luaL_error(L, "sq.after: more than %d timers are waiting", SCR_MAX_TIMERS);
    if (lv->timer_count == lv->timer_cap) {
        int cap = lv->timer_cap ? lv->timer_cap * 2 : 32;
        scr_timer *grown = realloc(lv->timers, sizeof *grown * (size_t)cap);
        if (!grown) luaL_error(L, "sq.after: out of memory for a timer");
        lv->timers = grown;
        lv->timer_cap = cap;
    }
    lua_pushvalue(L, arg);
    scr_timer t = {lv->time + seconds, lv->timer_seq++, luaL_ref(L, LUA_REGISTRYINDEX)};
    int i = lv->timer_count++;
    while (i > 0 && scr_timer_before(&t, &lv->timers[(i - 1) / 2])) {
        lv->timers[i] = lv->timers[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    lv->timers[i] = t;
    return t.seq;
}

static scr_timer scr_pop_timer(scr_level *lv)
{
    scr_timer top = lv->timers[0], last = lv->timers[--lv->timer_count];
    int i = 0, n = lv->timer_count;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && scr_timer_before(&lv->timers[c + 1], &lv->timers[c])) c++;
        if (!scr_timer_before(&lv->timers[c], &last)) break;
        lv->timers[i] = lv->timers[c];
        i = c;
    }
    if (n) lv->timers[i] = last;
    return top;
}

/* The timers due, earliest first. A timer made while they run (even with
 * no delay) waits for the next tick: a timer that sets itself again cannot
 * keep the pass going. */
static void scr_run_timers(scr_level *lv)
{
    lua_State *L = scr_thread(lv->sb);
    uint64_t made_before = lv->timer_seq;
    while (lv->timer_count && !lv->stopped && lv->timers[0].due <= lv->time &&
           lv->timers[0].seq < made_before) {
        scr_timer t = scr_pop_timer(lv);
        if (t.fn_ref == LUA_NOREF) continue; /* cancelled */
        lua_rawgeti(L, LUA_REGISTRYINDEX, t.fn_ref);
        luaL_unref(L, LUA_REGISTRYINDEX, t.fn_ref);
        scr_run(lv, 0, "a timer (sq.after)");
    }
}

/* Raises the budget's error for an on_update that went over it in C work at
 * its very end, at the line of its function (at `fn`). */
static int scr_over_at(lua_State *L, int fn)
{
    char message[200];
    scr_budget_message(scr_sandbox_of(L), message, sizeof message);
    lua_Debug ar;
    lua_pushvalue(L, fn);
    lua_getinfo(L, ">S", &ar);
    if (ar.linedefined > 0) lua_pushfstring(L, "%s:%d: %s", ar.short_src, ar.linedefined, message);
    else lua_pushstring(L, message);
    return lua_error(L);
}

/* One pass over the update list, from update_next to update_end, inside
 * one protected call. An error leaves update_next just past the entity
 * that raised it. Removed entities and switched-off behaviours have no
 * function in the list. */
static int scr_update_pass(lua_State *L)
{
    scr_level *lv = lua_touserdata(L, 1);
    const scr_sandbox *sb = lv->sb;
    lua_settop(L, 0);
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->updates_ref);
    lua_pushnumber(L, lv->dt);
    for (int i = lv->update_next; i < lv->update_end; i++) {
        if (lua_rawgeti(L, 1, 2 * i + 1) != LUA_TFUNCTION) {
            lua_pop(L, 1);
            continue;
        }
        lua_rawgeti(L, 1, 2 * i + 2);
        lua_pushvalue(L, 2);
        lv->update_next = i + 1;
        lua_call(L, 2, 0);
        if (sb->over_budget | sb->killed) {
            lua_rawgeti(L, 1, 2 * i + 1);
            return scr_over_at(L, lua_gettop(L));
        }
    }
    lv->update_next = lv->update_end;
    return 0;
}

/* A behaviour's on_update failed: none of its entities runs it any more. */
static void scr_switch_off_updates(scr_level *lv, int kind)
{
    lv->kinds[kind].off[SCR_ON_UPDATE] = true;
    lua_State *L = scr_thread(lv->sb);
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->updates_ref);
    for (int i = 0; i < lv->update_count; i++) {
        if (lv->updaters[i].kind != kind) continue;
        lua_pushnil(L);
        lua_rawseti(L, -2, 2 * i + 1);
    }
    lua_pop(L, 1);
}

void scr_level_update(scr_level *lv, double dt)
{
    if (!scr_live(lv)) return;
    lua_State *L = scr_thread(lv->sb);
    lv->time += dt;
    scr_run_timers(lv);
    lua_pushnumber(L, dt);
    scr_call_level(lv, SCR_CB_UPDATE, 1);
    lv->dt = dt;
    lv->update_next = 0;
    lv->update_end = lv->update_count;
    char err[SCR_MAX_MESSAGE + 300];
    while (lv->update_next < lv->update_end && !lv->stopped) {
        if (scr_protect(lv->sb, scr_update_pass, lv, err, sizeof err)) break;
        int kind = lv->updaters[lv->update_next - 1].kind;
        char what[SCR_MAX_NAME + 20];
        snprintf(what, sizeof what, "%s.on_update", lv->kinds[kind].type);
        scr_report(lv, what, err);
        scr_switch_off_updates(lv, kind);
    }
    lv->update_end = 0;
    if (lv->update_dead && lv->update_dead * 8 >= lv->update_count) scr_compact_updates(lv);
}

void scr_level_touch(scr_level *lv, int entity, int other)
{
    if (!scr_live(lv)) return;
    lua_State *L = scr_thread(lv->sb);
    scr_push_instance(L, lv, other);
    scr_call_behaviour(lv, entity, SCR_ON_TOUCH, "on_touch", 1);
    scr_push_instance(L, lv, entity);
    scr_push_instance(L, lv, other);
    scr_call_level(lv, SCR_CB_TOUCH, 2);
}

void scr_level_interact(scr_level *lv, int entity)
{
    if (!scr_live(lv)) return;
    scr_call_behaviour(lv, entity, SCR_ON_INTERACT, "on_interact", 0);
    scr_push_instance(scr_thread(lv->sb), lv, entity);
    scr_call_level(lv, SCR_CB_INTERACT, 1);
}

void scr_level_collect(scr_level *lv, const char *skill)
{
    if (!scr_live(lv)) return;
    lua_pushstring(scr_thread(lv->sb), skill);
    scr_call_level(lv, SCR_CB_COLLECT, 1);
}

void scr_level_answer(scr_level *lv, const char *quiz_id, bool correct)
{
    if (!scr_live(lv)) return;
    lua_State *L = scr_thread(lv->sb);
    lua_pushstring(L, quiz_id);
    lua_pushboolean(L, correct);
    scr_call_level(lv, SCR_CB_ANSWER, 2);
}

/* A behaviour's on_place or on_take for entity id, then the level's: the
 * instance of each, then `other`'s. With results: the first false a
 * callback returns refuses, with its reason. */
static int scr_place_call(scr_level *lv, int id, int other, const char *cb, int level_cb,
                          char *why, size_t why_size)
{
    lua_State *L = scr_thread(lv->sb);
    int base = lua_gettop(L);
    int verdict = 0; /* -1 refused, 1 taken, 0 nobody said */
    scr_slot *slot = scr_slot_find(lv, id);
    char err[SCR_MAX_MESSAGE + 300];
    if (slot && !lv->stopped) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, lv->kinds_ref);
        lua_rawgeti(L, -1, slot->kind + 1);
        if (scr_rawfield(L, -1, cb) == LUA_TFUNCTION) {
            scr_push_instance(L, lv, id);
            scr_push_instance(L, lv, other);
            if (scr_call(lv->sb, 2, 2, err, sizeof err)) {
                if (lua_type(L, -2) == LUA_TBOOLEAN) verdict = lua_toboolean(L, -2) ? 1 : -1;
                if (verdict < 0 && lua_type(L, -1) == LUA_TSTRING)
                    snprintf(why, why_size, "%s", lua_tostring(L, -1));
            } else {
                char what[SCR_MAX_NAME + 20];
                snprintf(what, sizeof what, "%s.%s", lv->kinds[slot->kind].type, cb);
                scr_report(lv, what, err);
            }
        }
        lua_settop(L, base);
    }
    if (verdict >= 0 && !lv->callback_off[level_cb] && lv->callback_ref[level_cb] != LUA_NOREF &&
        !lv->stopped) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, lv->callback_ref[level_cb]);
        scr_push_instance(L, lv, id);
        scr_push_instance(L, lv, other);
        if (scr_call(lv->sb, 2, 2, err, sizeof err)) {
            if (lua_type(L, -2) == LUA_TBOOLEAN) {
                bool yes = lua_toboolean(L, -2);
                verdict = yes ? 1 : -1;
                if (!yes && lua_type(L, -1) == LUA_TSTRING)
                    snprintf(why, why_size, "%s", lua_tostring(L, -1));
            }
        } else {
            scr_report(lv, scr_callback_names[level_cb], err);
            lv->callback_off[level_cb] = true;
        }
        lua_settop(L, base);
    }
    return verdict;
}

bool scr_level_is_slot(scr_level *lv, int id)
{
    if (!lv || lv->stopped) return false;
    lua_State *L = scr_thread(lv->sb);
    scr_slot *slot = scr_slot_find(lv, id);
    if (!slot || !lua_checkstack(L, 4)) return false;
    int base = lua_gettop(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->kinds_ref);
    lua_rawgeti(L, -1, slot->kind + 1);
    bool yes = scr_rawfield(L, -1, "on_place") == LUA_TFUNCTION;
    lua_pop(L, 1);
    yes = yes || (scr_rawfield(L, -1, "slot") == LUA_TBOOLEAN && lua_toboolean(L, -1));
    lua_settop(L, base);
    return yes;
}

bool scr_level_place(scr_level *lv, int slot, int token, char *why, size_t why_size)
{
    why[0] = '\0';
    if (!scr_live(lv)) return false;
    /* A slot takes what nobody refused (on_place returning nothing takes it). */
    return scr_place_call(lv, slot, token, "on_place", SCR_CB_PLACE, why, why_size) >= 0;
}

void scr_level_take(scr_level *lv, int slot, int token)
{
    char why[8];
    if (scr_live(lv)) scr_place_call(lv, slot, token, "on_take", SCR_CB_TAKE, why, sizeof why);
}

/* Spawning one object of the level's definition, in a protected call. */
typedef struct {
    scr_level *lv;
    const lvl_object *o;
} scr_spawn_job;

static int scr_spawn_object(lua_State *L)
{
    scr_spawn_job *job = lua_touserdata(L, 1);
    const lvl_object *o = job->o;
    lua_pushlightuserdata(L, job->lv);
    lua_pushcclosure(L, scr_api_spawn, 1);
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
    lua_call(L, 1, 0);
    return 0;
}

void scr_level_start(scr_level *lv)
{
    if (!scr_live(lv)) return;
    const lvl_def *def = lv->def;
    for (int i = 0; i < def->object_count && !lv->stopped; i++) {
        const lvl_object *o = &def->objects[i];
        if (strcmp(o->type, "start") == 0) continue; /* the game places the player */
        scr_spawn_job job = {lv, o};
        char err[SCR_MAX_MESSAGE + 300];
        if (scr_protect(lv->sb, scr_spawn_object, &job, err, sizeof err)) continue;
        char what[SCR_MAX_NAME + 20], where[sizeof lv->path + sizeof err + 16];
        snprintf(what, sizeof what, "spawning %s", o->type);
        snprintf(where, sizeof where, "%s:%d: %s", lv->path, o->line, err);
        scr_report(lv, what, where);
    }
    scr_call_level(lv, SCR_CB_START, 0);
}

size_t scr_level_memory(const scr_level *lv)
{
    return lv->sb->used;
}

bool scr_level_stopped(const scr_level *lv)
{
    return lv->stopped;
}

uint64_t scr_level_random_state(const scr_level *lv)
{
    return lv->sb->rng.state;
}
