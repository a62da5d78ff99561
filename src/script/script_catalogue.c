/* script_catalogue: the skill catalogue and the rank rule, read from the
 * game's own Lua (scripts/skills/, the packs' skills.lua, scripts/ranks.lua)
 * into a sandbox that lives as long as the game, so a rank is worked out
 * without a level. */
#include "script_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct scr_catalogue {
    scr_sandbox *sb;
    int skills_ref, ranks_ref, fields_ref;
};

static bool scr_cat_run(scr_catalogue *cat, const char *data_root, const char *name, int *ref,
                        char *err, size_t err_size)
{
    char path[4200], chunk[4300], msg[SCR_MAX_MESSAGE + 64];
    snprintf(path, sizeof path, "%s/scripts/%s.lua", data_root, name);
    snprintf(chunk, sizeof chunk, "@%s", path);
    scr_phase_begin(cat->sb, SCR_PHASE_LOAD, SCR_DEFAULT_LOAD_INSTRUCTIONS,
                    SCR_DEFAULT_KILL_SECONDS);
    if (!scr_load_file_cached(cat->sb, path, chunk, msg, sizeof msg) ||
        !scr_call(cat->sb, 0, 1, msg, sizeof msg)) {
        snprintf(err, err_size, "%s: %s", path, msg);
        return false;
    }
    if (lua_type(cat->sb->L, -1) != LUA_TTABLE) {
        lua_pop(cat->sb->L, 1);
        snprintf(err, err_size, "%s: must return a table", path);
        return false;
    }
    *ref = luaL_ref(cat->sb->L, LUA_REGISTRYINDEX);
    return true;
}

scr_catalogue *scr_catalogue_load(const char *data_root, const char *const *skill_packs,
                                  int skill_pack_count, char *err, size_t err_size)
{
    scr_catalogue *cat = calloc(1, sizeof *cat);
    if (!cat) return NULL;
    cat->sb = scr_sandbox_new(SCR_DEFAULT_MEMORY, err, err_size);
    bool skills = false;
    if (cat->sb) {
        scr_phase_begin(cat->sb, SCR_PHASE_LOAD, SCR_DEFAULT_LOAD_INSTRUCTIONS,
                        SCR_DEFAULT_KILL_SECONDS);
        skills = scr_skills_build(cat->sb, data_root, skill_packs, skill_pack_count, err, err_size);
        if (skills) cat->skills_ref = luaL_ref(cat->sb->L, LUA_REGISTRYINDEX);
    }
    if (!skills || !scr_cat_run(cat, data_root, "ranks", &cat->ranks_ref, err, err_size) ||
        !scr_cat_run(cat, data_root, "fields", &cat->fields_ref, err, err_size)) {
        scr_catalogue_free(cat);
        return NULL;
    }
    return cat;
}

void scr_catalogue_free(scr_catalogue *cat)
{
    if (!cat) return;
    scr_sandbox_free(cat->sb);
    free(cat);
}

static int scr_cat_int(lua_State *L, int t, const char *key)
{
    int v = 0;
    if (scr_rawfield(L, t, key) == LUA_TNUMBER && lua_isinteger(L, -1)) {
        lua_Integer n = lua_tointeger(L, -1);
        v = n < 0 ? 0 : (n > 100000 ? 100000 : (int)n);
    }
    lua_pop(L, 1);
    return v;
}

/* Strings handed out stay valid: they live in the catalogue's tables, which
 * are kept for the catalogue's lifetime. */
static const char *scr_cat_string(lua_State *L, int t, const char *key)
{
    const char *s = scr_rawfield(L, t, key) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    lua_pop(L, 1);
    return s;
}

scr_rank scr_catalogue_rank(scr_catalogue *cat, const scr_rank_facts *facts)
{
    scr_rank r = {0, "Junior Backend Developer", NULL, 0, 0, 0, 0, NULL, NULL};
    if (!cat) return r;
    lua_State *L = cat->sb->L;
    int top = lua_gettop(L);
    int developer = 0, engineer = 0;
    lua_rawgeti(L, LUA_REGISTRYINDEX, cat->skills_ref);
    int skills = lua_gettop(L);
    for (int i = 0; i < facts->held_count; i++) {
        if (scr_rawfield(L, skills, facts->held[i]) == LUA_TTABLE) {
            const char *side = scr_cat_string(L, lua_gettop(L), "side");
            if (side && strcmp(side, "engineer") == 0) engineer++;
            else developer++;
        }
        lua_pop(L, 1);
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, cat->ranks_ref);
    int ranks = lua_gettop(L);
    lua_Unsigned n = lua_rawlen(L, ranks);
    for (lua_Unsigned i = 1; i <= n && i <= 64; i++) {
        if (lua_rawgeti(L, ranks, (lua_Integer)i) != LUA_TTABLE) {
            lua_pop(L, 1);
            continue;
        }
        int t = lua_gettop(L);
        int need_d = scr_cat_int(L, t, "developer"), need_e = scr_cat_int(L, t, "engineer");
        int need_m = scr_cat_int(L, t, "mastered"), need_q = scr_cat_int(L, t, "quests");
        const char *passed = scr_cat_string(L, t, "passed");
        const char *passed_text = scr_cat_string(L, t, "passed_text");
        const char *title = scr_cat_string(L, t, "title");
        const char *card = scr_cat_string(L, t, "card");
        lua_pop(L, 1); /* the strings live on in the ranks table */
        bool won = !passed || (facts->won && facts->won(facts->user, passed));
        if (developer >= need_d && engineer >= need_e && facts->mastered >= need_m &&
            facts->quests_complete >= need_q && won) {
            r.index = (int)i - 1;
            r.title = title ? title : "?";
            r.card = card;
            r.next_title = NULL;
            r.need_developer = r.need_engineer = r.need_mastered = r.need_quests = 0;
            r.need_passed = NULL;
        } else if (!r.next_title) {
            r.next_title = title;
            r.need_developer = need_d > developer ? need_d - developer : 0;
            r.need_engineer = need_e > engineer ? need_e - engineer : 0;
            r.need_mastered = need_m > facts->mastered ? need_m - facts->mastered : 0;
            r.need_quests = need_q > facts->quests_complete ? need_q - facts->quests_complete : 0;
            r.need_passed = won ? NULL : passed_text ? passed_text : passed;
        }
    }
    lua_settop(L, top);
    return r;
}

const char *scr_catalogue_rank_title(scr_catalogue *cat, int index)
{
    if (!cat || index < 0) return NULL;
    lua_State *L = cat->sb->L;
    int top = lua_gettop(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, cat->ranks_ref);
    const char *title = NULL;
    if (lua_rawgeti(L, -1, (lua_Integer)index + 1) == LUA_TTABLE)
        title = scr_cat_string(L, lua_gettop(L), "title");
    lua_settop(L, top);
    return title;
}

static void scr_cat_copy(char *dst, size_t size, const char *src)
{
    snprintf(dst, size, "%s", src ? src : "");
}

static int scr_skill_order(const void *pa, const void *pb)
{
    const scr_skill_info *a = pa, *b = pb;
    int c = strcmp(a->field, b->field);
    if (c) return c;
    if (a->engineer != b->engineer) return a->engineer ? 1 : -1;
    return strcmp(a->id, b->id);
}

/* Fills s from the skill table at index t, named id. */
static void scr_cat_fill(lua_State *L, int t, const char *id, scr_skill_info *s)
{
    memset(s, 0, sizeof *s);
    scr_cat_copy(s->id, sizeof s->id, id);
    scr_cat_copy(s->name, sizeof s->name, scr_cat_string(L, t, "name"));
    scr_cat_copy(s->field, sizeof s->field, scr_cat_string(L, t, "field"));
    scr_cat_copy(s->card, sizeof s->card, scr_cat_string(L, t, "card"));
    const char *side = scr_cat_string(L, t, "side");
    s->engineer = side && strcmp(side, "engineer") == 0;
    if (scr_rawfield(L, t, "requires") == LUA_TTABLE) {
        lua_Unsigned rn = lua_rawlen(L, -1);
        for (lua_Unsigned k = 1; k <= rn && s->require_count < SCR_SKILL_REQUIRES; k++) {
            if (lua_rawgeti(L, -1, (lua_Integer)k) == LUA_TSTRING)
                scr_cat_copy(s->requires[s->require_count++], sizeof s->requires[0],
                             lua_tostring(L, -1));
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

int scr_catalogue_skills(scr_catalogue *cat, scr_skill_info *out, int max)
{
    if (!cat) return 0;
    lua_State *L = cat->sb->L;
    int top = lua_gettop(L), n = 0;
    lua_rawgeti(L, LUA_REGISTRYINDEX, cat->skills_ref);
    int skills = lua_gettop(L);
    lua_pushnil(L);
    while (n < max && lua_next(L, skills)) {
        if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TTABLE)
            scr_cat_fill(L, lua_gettop(L), lua_tostring(L, -2), &out[n++]);
        lua_pop(L, 1);
    }
    /* lua_next may have stopped early at max: drop its key too. */
    lua_settop(L, top);
    qsort(out, (size_t)n, sizeof *out, scr_skill_order);
    return n;
}

bool scr_catalogue_find(scr_catalogue *cat, const char *id, scr_skill_info *out)
{
    if (!cat || !id) return false;
    lua_State *L = cat->sb->L;
    int top = lua_gettop(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, cat->skills_ref);
    lua_pushstring(L, id);
    bool found = lua_rawget(L, -2) == LUA_TTABLE;
    if (found) scr_cat_fill(L, lua_gettop(L), id, out);
    lua_settop(L, top);
    return found;
}

bool scr_field_name(scr_catalogue *cat, const char *field, char *out, size_t size)
{
    if (!cat || !field) return false;
    lua_State *L = cat->sb->L;
    int top = lua_gettop(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, cat->fields_ref);
    int fields = lua_gettop(L);
    bool found = false;
    lua_Unsigned n = lua_rawlen(L, fields);
    for (lua_Unsigned i = 1; i <= n && i <= 64 && !found; i++) {
        if (lua_rawgeti(L, fields, (lua_Integer)i) == LUA_TTABLE) {
            const char *id = scr_cat_string(L, lua_gettop(L), "id");
            const char *name = scr_cat_string(L, lua_gettop(L), "name");
            if (id && name && strcmp(id, field) == 0) {
                snprintf(out, size, "%s", name);
                found = true;
            }
        }
        lua_pop(L, 1);
    }
    lua_settop(L, top);
    return found;
}
