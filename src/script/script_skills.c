/* script_skills: the skill catalogue as one Lua table, built from the
 * shipped files (every .lua file in scripts/skills/, in name order) and then the skills.lua
 * of level packs. Each file returns id -> card; a card may only be defined
 * once, so a pack cannot quietly change a shipped skill. */
#include "script_internal.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCR_SKILL_FILES_MAX 64

static int scr_name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Merges the table on top of the stack into `all` (its origins in
 * `origin`), then pops it. */
static bool scr_skills_merge(lua_State *L, int all, int origin, const char *path, char *err,
                             size_t err_size)
{
    int part = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, part)) {
        lua_pushvalue(L, -2); /* the key, for lua_rawget */
        if (lua_type(L, -1) == LUA_TSTRING && lua_rawget(L, origin) == LUA_TSTRING) {
            snprintf(err, err_size, "%s: skill '%s' is already defined in %s", path,
                     lua_tostring(L, -3), lua_tostring(L, -1));
            lua_settop(L, part - 1);
            return false;
        }
        lua_pop(L, 1);
        lua_pushvalue(L, -2);
        lua_pushvalue(L, -2);
        lua_rawset(L, all);
        lua_pushvalue(L, -2);
        lua_pushstring(L, path);
        lua_rawset(L, origin);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return true;
}

static bool scr_skills_run(scr_sandbox *sb, const char *path, int all, int origin, char *err,
                           size_t err_size)
{
    char chunk[4300], msg[SCR_MAX_MESSAGE + 64];
    snprintf(chunk, sizeof chunk, "@%s", path);
    if (!scr_load_file_cached(sb, path, chunk, msg, sizeof msg) || !scr_call(sb, 0, 1, msg, sizeof msg)) {
        if (scr_has_position(msg))
            snprintf(err, err_size, "%s", msg);
        else
            snprintf(err, err_size, "%s: %s", path, msg);
        return false;
    }
    if (lua_type(sb->L, -1) != LUA_TTABLE) {
        lua_pop(sb->L, 1);
        snprintf(err, err_size, "%s: must return a table of skills", path);
        return false;
    }
    return scr_skills_merge(sb->L, all, origin, path, err, err_size);
}

/* The shipped files' names, sorted; returns how many (at most max). */
static int scr_skills_shipped(const char *dir, char **names, int max)
{
    DIR *d = opendir(dir);
    if (!d) return 0;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < max) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < 5 || strcmp(e->d_name + len - 4, ".lua") != 0) continue;
        names[n] = malloc(len + 1);
        if (names[n]) memcpy(names[n++], e->d_name, len + 1);
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof *names, scr_name_cmp);
    return n;
}

bool scr_skills_build(scr_sandbox *sb, const char *data_root, const char *const *packs,
                      int pack_count, char *err, size_t err_size)
{
    lua_State *L = sb->L;
    lua_newtable(L);
    int all = lua_gettop(L);
    lua_newtable(L);
    int origin = lua_gettop(L);
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/scripts/skills", data_root);
    char *names[SCR_SKILL_FILES_MAX];
    int count = scr_skills_shipped(dir, names, SCR_SKILL_FILES_MAX);
    bool ok = count > 0;
    if (!ok) snprintf(err, err_size, "%s: no skill files (*.lua) found", dir);
    for (int i = 0; i < count; i++) {
        char path[4500];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        if (ok) ok = scr_skills_run(sb, path, all, origin, err, err_size);
        free(names[i]);
    }
    for (int i = 0; ok && i < pack_count; i++)
        ok = scr_skills_run(sb, packs[i], all, origin, err, err_size);
    lua_settop(L, all);
    if (!ok) lua_pop(L, 1);
    return ok;
}
