/* script_load: loading a level. Loads the shared scripts and the level into
 * one sandbox, binds the sq.* API (listed in script_api.def), reads the
 * level's table into a lvl_def, and checks it for `skillquest --check`.
 * Loading runs on the load budget; the shared scripts get a budget of their
 * own, so what they cost is never the level's. */
#include "script_run.h"
#include "log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const luaL_Reg scr_api[] = {
#define SQ_API(name, params, returns, summary, example) {#name, scr_api_##name},
#include "script_api.def"
#undef SQ_API
    {NULL, NULL},
};

/* The registry tables of a level and its sq table, in a protected call. */
static int scr_setup_level(lua_State *L)
{
    scr_level *lv = lua_touserdata(L, 1);
    int *refs[] = {&lv->instances_ref, &lv->kinds_ref, &lv->kind_of_ref, &lv->updates_ref};
    for (size_t i = 0; i < sizeof refs / sizeof *refs; i++) {
        lua_newtable(L);
        *refs[i] = luaL_ref(L, LUA_REGISTRYINDEX);
    }
    lua_newtable(L);
    lua_pushlightuserdata(L, lv);
    luaL_setfuncs(L, scr_api, 1);
    lua_setglobal(L, "sq");
    return 0;
}

/* Runs a shared script (scripts/NAME.lua) and keeps its table in the registry. */
static bool scr_load_shared(scr_level *lv, const char *data_root, const char *name, int *ref,
                            char *err, size_t err_size)
{
    char path[4200], chunk[4300];
    snprintf(path, sizeof path, "%s/scripts/%s.lua", data_root, name);
    snprintf(chunk, sizeof chunk, "@%s", path);
    char msg[SCR_MAX_MESSAGE + 300];
    lua_State *L = lv->sb->L;
    if (!scr_load_file_cached(lv->sb, path, chunk, msg, sizeof msg) ||
        !scr_call(lv->sb, 0, 1, msg, sizeof msg)) {
        snprintf(err, err_size, "%s: %s", path, msg);
        return false;
    }
    if (lua_type(L, -1) != LUA_TTABLE) {
        snprintf(err, err_size, "%s: must return a table", path);
        lua_pop(L, 1);
        return false;
    }
    *ref = luaL_ref(L, LUA_REGISTRYINDEX);
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
    def->id = scr_copy(base);
    def->title = scr_copy(base);
    def->quest = scr_copy("sandbox");
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

/* The level's own callbacks, looked up once. */
static void scr_keep_callbacks(scr_level *lv)
{
    lua_State *L = lv->sb->L;
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->level_ref);
    int level = lua_gettop(L);
    for (int i = 0; i < SCR_CB_COUNT; i++) {
        if (lua_type(L, level) == LUA_TTABLE &&
            scr_rawfield(L, level, scr_callback_names[i]) == LUA_TFUNCTION) {
            lv->callback_ref[i] = luaL_ref(L, LUA_REGISTRYINDEX);
        } else {
            lua_settop(L, level);
        }
    }
    lua_settop(L, level - 1);
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
    snprintf(lv->data_root, sizeof lv->data_root, "%s", env->data_root ? env->data_root : ".");
    const char *slash = strrchr(lv->path, '/');
    lv->name = slash ? slash + 1 : lv->path;
    lv->level_ref = lv->modules_ref = LUA_NOREF;
    for (int i = 0; i < SCR_CB_COUNT; i++) lv->callback_ref[i] = LUA_NOREF;
    char msg[SCR_MAX_MESSAGE + 300];
    lv->sb = scr_sandbox_new(env->limits.memory_bytes, msg, sizeof msg);
    if (lv->sb && env->host && env->host->print) {
        lv->sb->print = env->host->print;
        lv->sb->print_user = env->host->user;
    }
    if (!lv->sb || !scr_protect(lv->sb, scr_setup_level, lv, msg, sizeof msg)) {
        snprintf(err, err_size, "%s: %s", path, msg);
        if (report) report(user, path, 0, msg);
        *problems = 1;
        scr_level_destroy(lv);
        return NULL;
    }
    lua_State *L = lv->sb->L;

    /* The helpers first: behaviours may use them through the global `quest`. */
    scr_phase_begin(lv->sb, SCR_PHASE_LOAD, env->limits.load_instructions, env->limits.kill_seconds);
    bool shared = scr_load_shared(lv, env->data_root, "helpers", &lv->helpers_ref, err, err_size);
    if (shared) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, lv->helpers_ref);
        lua_setglobal(L, "quest");
    }
    if (shared) {
        shared = scr_skills_build(lv->sb, env->data_root, env->skill_packs, env->skill_pack_count,
                                  err, err_size);
        if (shared) lv->skills_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    }
    if (!shared || !scr_load_shared(lv, env->data_root, "fields", &lv->fields_ref, err, err_size) ||
        !scr_load_shared(lv, env->data_root, "behaviours", &lv->behaviours_ref, err, err_size)) {
        if (report) report(user, path, 0, err);
        *problems = 1;
        scr_level_destroy(lv);
        return NULL;
    }

    def->path = malloc(strlen(path) + 1);
    if (def->path) strcpy(def->path, path);
    char chunk[4200];
    snprintf(chunk, sizeof chunk, "@%s", path);
    scr_first_problem fp = {err, err_size, report, user};
    scr_reader r = {L, lv->sb, path, ".", NULL, def, 0, false, 0.0, scr_keep_first, &fp,
                    env->data_root, NULL};
    if (!def->path) scr_problem(&r, 0, "out of memory");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", path);
    char *cut = strrchr(dir, '/');
    if (cut) *cut = '\0';
    r.dir = cut ? dir : ".";
    r.source = scr_read_file_text(path, 4u << 20, NULL, NULL);
    scr_take_dropped();

    /* Draws made while the file runs come from its name; from its id on. */
    scr_phase_begin(lv->sb, SCR_PHASE_LOAD, env->limits.load_instructions, env->limits.kill_seconds);
    char stream[4200];
    snprintf(stream, sizeof stream, "file:%s", lv->name);
    scr_random_seed(lv->sb, env->seed, stream);
    if (scr_is_tmx(path)) { /* a bare Tiled map in its own XML: no Lua to run */
        scr_read_tmx(&r, path);
        scr_bare_map_def(&r);
        lua_newtable(L);
        lv->level_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    } else if (!scr_load_file(lv->sb, path, chunk, msg, sizeof msg) ||
               !scr_call(lv->sb, 0, 1, msg, sizeof msg)) {
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
    } else if (scr_is_bank(path)) {
        scr_read_bank(&r, lua_gettop(L));
        lv->level_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    } else if (scr_is_tiled(L, -1)) {
        scr_read_tiled(&r, -1, path);
        scr_bare_map_def(&r);
        lv->level_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    } else {
        scr_read_level(&r, lua_gettop(L));
        lv->level_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    }
    unsigned dropped = scr_take_dropped();
    if (dropped)
        scr_problem(&r, 0, "out of memory while reading the level: %u of its parts could not be "
                           "kept", dropped);
    if (!r.problems && def->object_count > SCR_MAX_ENTITIES)
        scr_problem(&r, scr_line_of(&r, "map"),
                    "the level places %d objects; a level may have at most %d entities",
                    def->object_count, SCR_MAX_ENTITIES);
    scr_reader_forget_lines(&r);
    free(r.source);
    *problems = r.problems;
    if (r.problems) {
        scr_level_destroy(lv);
        return NULL;
    }
    scr_random_seed(lv->sb, env->seed, def->id ? def->id : lv->name);
    scr_keep_callbacks(lv);
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
    free(lv->kinds);
    free(lv->updaters);
    free(lv->slots);
    free(lv->timers);
    free(lv);
}

/* --- checking --------------------------------------------------------------- */

typedef struct {
    scr_level *lv;
    const scr_check_env *env;
    const char *path;
    const lvl_def *bank; /* the quest's bank.lua beside the level, or NULL */
} scr_check_ctx;

static bool scr_check_exercise_known(void *user, const char *id)
{
    scr_check_ctx *c = user;
    return c->bank && lvl_quiz_find(c->bank, id);
}

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

/* Fields every object may have, whatever its behaviour. */
static const char *const scr_object_keys[] = {"tile", "sprite", "frames", "rate", "sound", "look",
                                              "facing"};
#define SCR_OBJECT_KEYS ((int)(sizeof scr_object_keys / sizeof *scr_object_keys))
#define SCR_MAX_PROP_NAMES 64

/* An object's fields against the ones its behaviour declares (`props`): a
 * misspelt one would be silently ignored in play. A behaviour that declares
 * none is not judged. */
static int scr_check_props(scr_level *lv, const lvl_def *def, const scr_check_env *env,
                           const char *path)
{
    lua_State *L = lv->sb->L;
    int problems = 0;
    /* The misspelt name's own line (a legend entry), else the object's. */
    char *source = scr_is_tmx(path) ? NULL : scr_read_file_text(path, 4u << 20, NULL, NULL);
    for (int i = 0; i < def->object_count; i++) {
        const lvl_object *o = &def->objects[i];
        if (o->prop_count == 0 || !scr_push_behaviour(L, lv, o->type)) continue;
        if (scr_rawfield(L, -1, "props") != LUA_TTABLE) {
            lua_pop(L, 2);
            continue;
        }
        int props = lua_gettop(L);
        const char *names[SCR_MAX_PROP_NAMES];
        int count = 0;
        for (int k = 0; k < SCR_OBJECT_KEYS; k++) names[count++] = scr_object_keys[k];
        lua_pushnil(L);
        while (lua_next(L, props)) {
            lua_pop(L, 1);
            if (lua_type(L, -1) == LUA_TSTRING && count < SCR_MAX_PROP_NAMES)
                names[count++] = lua_tostring(L, -1); /* the key stays in the table */
        }
        for (int k = 0; k < o->prop_count; k++) {
            const char *key = o->props[k].key;
            bool known = false;
            for (int n = 0; n < count && !known; n++) known = strcmp(names[n], key) == 0;
            if (known) continue;
            const char *near = scr_nearest(key, names, count);
            char msg[300];
            if (strcmp(key, "name") == 0)
                /* In Tiled, a custom property 'name' sits just under the object's own
                 * Name field, and is easily mistaken for it. */
                snprintf(msg, sizeof msg, "a %s has no field 'name': give the object its name in "
                                          "Tiled's own Name field, not as a custom property", o->type);
            else
                snprintf(msg, sizeof msg, "a %s has no field '%s'%s%s%s", o->type, key,
                         near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "");
            int line = source ? scr_find_line(source, key, 1, false) : 0;
            env->report(env->user, path, line > 0 ? line : o->line, msg);
            problems++;
        }
        lua_pop(L, 2);
    }
    free(source);
    return problems;
}

static void scr_check_warn(void *user, int line, const char *message)
{
    scr_check_ctx *c = user;
    if (line > 0) fprintf(stderr, "%s:%d: %s\n", c->path, line, message);
    else fprintf(stderr, "%s: %s\n", c->path, message);
}

static void scr_print_note(void *user, const char *file, int line, const char *message)
{
    (void)user;
    if (line > 0)
        fprintf(stderr, "%s:%d: note: %s\n", file, line, message);
    else
        fprintf(stderr, "%s: note: %s\n", file, message);
}

static int scr_check_one(const char *path, const char *data_root, const scr_check_env *env,
                         void (*note)(void *user, const char *file, int line, const char *message),
                         void *note_user, lvl_def *keep);

int scr_check_file(const char *path, const char *data_root, const scr_check_env *env)
{
    return scr_check_one(path, data_root, env, scr_print_note, NULL, NULL);
}

int scr_check_file_noting(const char *path, const char *data_root, const scr_check_env *env,
                          void (*note)(void *user, const char *file, int line, const char *message),
                          void *note_user)
{
    return scr_check_one(path, data_root, env, note, note_user, NULL);
}

int scr_check_file_keeping(const char *path, const char *data_root, const scr_check_env *env,
                           lvl_def *out)
{
    return scr_check_one(path, data_root, env, scr_print_note, NULL, out);
}

static int scr_check_one(const char *path, const char *data_root, const scr_check_env *env,
                         void (*note)(void *user, const char *file, int line, const char *message),
                         void *note_user, lvl_def *keep)
{
    if (keep) memset(keep, 0, sizeof *keep);
    lvl_def def;
    char err[SCR_MAX_MESSAGE + 300];
    scr_env senv = {data_root, scr_default_limits(), NULL, 0, env->skill_packs, env->skill_pack_count};
    int problems = 0;
    scr_level *lv = scr_open(path, &senv, &def, err, sizeof err, env->report, env->user, &problems);
    for (int i = 0; note && i < def.map.note_count; i++)
        note(note_user, def.map.notes[i].file, def.map.notes[i].line, def.map.notes[i].message);
    if (!lv) {
        lvl_free(&def);
        return problems ? problems : 1;
    }
    /* A level may ask its quest bank's exercises: read the bank beside it. */
    lvl_def bank;
    memset(&bank, 0, sizeof bank);
    bool have_bank = false;
    if (!scr_is_bank(path)) {
        char bank_path[4200];
        const char *slash = strrchr(path, '/');
        snprintf(bank_path, sizeof bank_path, "%.*s%sbank.lua", slash ? (int)(slash - path + 1) : 0,
                 path, "");
        FILE *f = fopen(bank_path, "rb");
        if (f) {
            fclose(f);
            char berr[SCR_MAX_MESSAGE + 300];
            scr_level *blv = scr_level_load(bank_path, &senv, &bank, berr, sizeof berr);
            have_bank = blv != NULL;
            scr_level_destroy(blv);
        }
    }
    scr_check_ctx ctx = {lv, env, path, have_bank ? &bank : NULL};
    lvl_check_env cenv = {&ctx,
                          scr_check_skill,
                          scr_check_sprite,
                          scr_check_sound,
                          scr_check_behaviour,
                          env->text_width ? scr_check_width : NULL,
                          scr_check_report,
                          env->expand_keys ? scr_check_expand : NULL,
                          scr_check_exercise_known,
                          scr_check_warn};
    problems += lvl_check(&def, &cenv);
    problems += scr_check_props(lv, &def, env, path);
    if (have_bank) lvl_free(&bank);
    scr_level_destroy(lv);
    if (keep) *keep = def;
    else lvl_free(&def);
    return problems;
}
