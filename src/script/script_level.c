/* script_level: reads a level's returned table into a lvl_def. Every read is
 * raw and type-checked; every problem is reported as FILE:LINE: message,
 * with the nearest known key suggested for unknown ones. Loading stops at
 * the first problem; checking (--check) reports them all. */
#include "script_level.h"
#include "log.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const scr_level_keys[] = {
    "format", "id", "quest", "title", "brief", "map", "objects", "dialogue", "exercises",
    "quizzes", "hints", "goals", "requires", "grants", "music", "behaviours", "on_start", "on_update", "on_touch",
    "on_interact", "on_collect", "on_answer", "on_place", "on_take",
};

const char *const scr_callback_names[SCR_CB_COUNT] = {
    "on_start", "on_update", "on_touch", "on_interact", "on_collect", "on_answer", "on_place",
    "on_take",
};

void scr_problem(scr_reader *r, int line, const char *fmt, ...)
{
    char message[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    r->problems++;
    if (r->report) r->report(r->report_user, r->path, line, message);
}

int scr_line_of(scr_reader *r, const char *token)
{
    return scr_reader_find(r, token, 1, false);
}

/* A name declared inside a section (a quiz id under quizzes = ...). */
int scr_line_in(scr_reader *r, const char *section, const char *token)
{
    int from = scr_reader_find(r, section, 1, false);
    int line = scr_reader_find(r, token, from > 0 ? from : 1, false);
    return line ? line : from;
}

/* A string value inside a section (a goal's target, an object's name). */
static int scr_string_in(scr_reader *r, const char *section, const char *text, int from_line)
{
    int from = from_line > 0 ? from_line : scr_reader_find(r, section, 1, false);
    int line = scr_reader_find(r, text, from > 0 ? from : 1, true);
    return line ? line : from;
}

static int scr_edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 40 || lb > 40) return 99;
    int row[41];
    for (size_t j = 0; j <= lb; j++) row[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        int prev = row[0];
        row[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int cur = row[j];
            int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int best = prev + cost;
            if (row[j] + 1 < best) best = row[j] + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            prev = cur;
        }
    }
    return row[lb];
}

const char *scr_nearest(const char *word, const char *const *known, int count)
{
    const char *best = NULL;
    int best_d = 3; /* suggest only close misspellings */
    for (int i = 0; i < count; i++) {
        int d = scr_edit_distance(word, known[i]);
        if (d < best_d) best_d = d, best = known[i];
    }
    return best;
}

/* Reports keys of the table at idx that are not in `known`. */
void scr_unknown_keys(scr_reader *r, int idx, const char *where, const char *const *known,
                      int count)
{
    lua_State *L = r->L;
    idx = lua_absindex(L, idx);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            char key[80];
            scr_describe(L, -1, key, sizeof key);
            if (lua_type(L, -1) == LUA_TNUMBER && !where[0])
                scr_problem(r, 0, "the level has a list item (key %s); every field needs a name, "
                                  "like title = \"...\"", key);
            else
                scr_problem(r, 0, "%s has a key %s that is not a name", where[0] ? where : "the level",
                            key);
            continue;
        }
        const char *key = lua_tostring(L, -1);
        bool ok = false;
        for (int i = 0; i < count && !ok; i++) ok = strcmp(key, known[i]) == 0;
        if (ok) continue;
        const char *near = scr_nearest(key, known, count);
        char hint[80] = "";
        if (near) snprintf(hint, sizeof hint, " (did you mean '%s'?)", near);
        scr_problem(r, where[0] && strncmp(where, "quiz '", 6) == 0 ? scr_line_in(r, "quizzes", key)
                                                                   : scr_line_of(r, key),
                    "unknown key '%s'%s%s%s", key, where[0] ? " in " : "", where, hint);
    }
}

/* Things the reader could not keep for want of memory, since the last
 * scr_take_dropped: never dropped in silence. */
static _Thread_local unsigned scr_dropped;

unsigned scr_take_dropped(void)
{
    unsigned n = scr_dropped;
    scr_dropped = 0;
    return n;
}

char *scr_copy(const char *s)
{
    if (!s) return NULL;
    size_t n = strlen(s) + 1;
    char *c = malloc(n);
    if (c) memcpy(c, s, n);
    else scr_dropped++;
    return c;
}

void *scr_calloc(size_t count, size_t size)
{
    void *p = calloc(count, size);
    if (!p) scr_dropped++;
    return p;
}

/* Reads table[key] as a string of at most max bytes; missing is fine
 * unless required. */
char *scr_read_text(scr_reader *r, int table, const char *key, bool required,
                    const char *where, size_t max)
{
    lua_State *L = r->L;
    int t = scr_rawfield(L, table, key);
    char *value = NULL;
    size_t len;
    if (t == LUA_TSTRING && lua_tolstring(L, -1, &len) && len > max) {
        scr_problem(r, scr_line_of(r, key), "'%s' in %s is %zu bytes long; it may have at most %zu",
                    key, where, len, max);
    } else if (t == LUA_TSTRING) {
        value = scr_copy(lua_tostring(L, -1));
    } else if (t == LUA_TNIL) {
        if (required) scr_problem(r, 0, "%s needs '%s'", where, key);
    } else {
        scr_problem(r, scr_line_of(r, key), "'%s' in %s must be a string, not a %s", key, where,
                    lua_typename(L, t));
    }
    lua_pop(L, 1);
    return value;
}

char *scr_read_string(scr_reader *r, int table, const char *key, bool required, const char *where)
{
    return scr_read_text(r, table, key, required, where, (size_t)-1);
}

bool scr_read_int(scr_reader *r, int table, const char *key, int *out, const char *where)
{
    lua_State *L = r->L;
    int t = scr_rawfield(L, table, key);
    bool ok = false;
    if (t == LUA_TNUMBER && lua_isinteger(L, -1)) {
        lua_Integer v = lua_tointeger(L, -1);
        if (v >= -1000000000 && v <= 1000000000) {
            *out = (int)v;
            ok = true;
        } else {
            scr_problem(r, scr_line_of(r, key), "'%s' in %s is out of range", key, where);
        }
    } else if (t != LUA_TNIL) {
        scr_problem(r, scr_line_of(r, key), "'%s' in %s must be a whole number", key, where);
    }
    lua_pop(L, 1);
    return ok;
}

/* A list of strings: table[key] = { "a", "b" } (a single string is one item). */
char **scr_read_string_list(scr_reader *r, int table, const char *key, int *count,
                            const char *where, size_t max)
{
    lua_State *L = r->L;
    *count = 0;
    int t = scr_rawfield(L, table, key);
    char **list = NULL;
    if (t == LUA_TSTRING || t == LUA_TTABLE) {
        lua_Unsigned n = t == LUA_TSTRING ? 1 : lua_rawlen(L, -1);
        if (n > 10000) {
            scr_problem(r, scr_line_of(r, key), "'%s' in %s has %llu items; at most 10000", key,
                        where, (unsigned long long)n);
            n = 10000;
        }
        list = scr_calloc((size_t)n + 1, sizeof *list);
        for (lua_Unsigned i = 1; list && i <= n; i++) {
            if (t == LUA_TSTRING) lua_pushvalue(L, -1);
            else lua_rawgeti(L, -1, (lua_Integer)i);
            size_t len = 0;
            if (lua_type(L, -1) != LUA_TSTRING)
                scr_problem(r, scr_line_of(r, key), "item %d of '%s' in %s must be a string",
                            (int)i, key, where);
            else if (lua_tolstring(L, -1, &len) && len > max)
                scr_problem(r, scr_line_of(r, key),
                            "item %d of '%s' in %s is %zu bytes long; it may have at most %zu",
                            (int)i, key, where, len, max);
            else if ((list[*count] = scr_copy(lua_tostring(L, -1))) != NULL)
                (*count)++;
            lua_pop(L, 1);
        }
    } else if (t != LUA_TNIL) {
        scr_problem(r, scr_line_of(r, key), "'%s' in %s must be a list of strings", key, where);
    }
    lua_pop(L, 1);
    return list;
}

/* Appends the Lua value at the top of the stack (a string, number or
 * boolean) to the object's props under key. */
void scr_add_prop(lua_State *L, lvl_object *o, const char *key)
{
    int vt = lua_type(L, -1);
    if (vt != LUA_TSTRING && vt != LUA_TNUMBER && vt != LUA_TBOOLEAN) return;
    lvl_prop *grown = realloc(o->props, sizeof *grown * (size_t)(o->prop_count + 1));
    if (!grown) {
        scr_dropped++;
        return;
    }
    o->props = grown;
    lvl_prop *p = &grown[o->prop_count++];
    memset(p, 0, sizeof *p);
    p->key = scr_copy(key);
    if (vt == LUA_TSTRING) {
        p->kind = LVL_VALUE_STRING;
        p->string = scr_copy(lua_tostring(L, -1));
    } else if (vt == LUA_TNUMBER) {
        p->kind = LVL_VALUE_NUMBER;
        p->number = lua_tonumber(L, -1);
    } else {
        p->kind = LVL_VALUE_BOOL;
        p->boolean = lua_toboolean(L, -1);
    }
}

/* Copies every string/number/boolean field of the table at idx, except the
 * object's own type, name and position, into its props. */
void scr_read_props(scr_reader *r, int idx, lvl_object *o)
{
    lua_State *L = r->L;
    idx = lua_absindex(L, idx);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        if (lua_type(L, -2) == LUA_TSTRING) {
            const char *key = lua_tostring(L, -2);
            if (strcmp(key, "type") && strcmp(key, "name") && strcmp(key, "x") && strcmp(key, "y"))
                scr_add_prop(L, o, key);
        }
        lua_pop(L, 1);
    }
}

lvl_object *scr_add_object(lvl_def *def, const char *type, const char *name, int x, int y,
                           int line)
{
    /* The list grows to the next power of two (16 at least): a 512x512
     * map of objects would otherwise copy it once per object. */
    int count = def->object_count;
    if (count < 16 || (count & (count - 1)) == 0) {
        size_t cap = count < 16 ? 16 : (size_t)count * 2;
        lvl_object *grown = realloc(def->objects, sizeof *grown * cap);
        if (!grown) {
            scr_dropped++;
            return NULL;
        }
        def->objects = grown;
    }
    lvl_object *o = &def->objects[def->object_count++];
    memset(o, 0, sizeof *o);
    o->type = scr_copy(type);
    o->name = scr_copy(name);
    o->x = x;
    o->y = y;
    o->line = line;
    return o;
}

/* --- the rest of the level table -------------------------------------------- */

static void scr_read_objects(scr_reader *r, int level)
{
    lua_State *L = r->L;
    int t = scr_rawfield(L, level, "objects");
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (t != LUA_TTABLE) {
        scr_problem(r, scr_line_of(r, "objects"), "'objects' must be a list of tables");
        lua_pop(L, 1);
        return;
    }
    int list = lua_gettop(L);
    lua_Unsigned n = lua_rawlen(L, list);
    if (n > 10000) {
        scr_problem(r, scr_line_of(r, "objects"), "'objects' has %llu entries; at most 10000",
                    (unsigned long long)n);
        n = 10000;
    }
    int line = scr_line_of(r, "objects");
    for (lua_Unsigned i = 1; i <= n; i++) {
        if (lua_rawgeti(L, list, (lua_Integer)i) != LUA_TTABLE) {
            scr_problem(r, line, "objects[%d] must be a table", (int)i);
            lua_pop(L, 1);
            continue;
        }
        int entry = lua_gettop(L);
        char label[40];
        snprintf(label, sizeof label, "objects[%d]", (int)i);
        char *type = scr_read_text(r, entry, "type", true, label, SCR_MAX_NAME);
        char *name = scr_read_text(r, entry, "name", false, label, SCR_MAX_NAME);
        int x = -1, y = -1;
        scr_read_int(r, entry, "x", &x, label);
        scr_read_int(r, entry, "y", &y, label);
        int where = name ? scr_string_in(r, "objects", name, line) : line;
        if (name && where) line = where + 1; /* the next object is further down */
        if (x < 0 || y < 0)
            scr_problem(r, where, "objects[%d] needs whole-number tile coordinates x and y", (int)i);
        if (type) {
            lvl_object *o = scr_add_object(r->def, type, name, x * LVL_TILE, y * LVL_TILE, where);
            if (o) scr_read_props(r, entry, o);
        }
        free(type), free(name);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void scr_read_dialogue(scr_reader *r, int level)
{
    lua_State *L = r->L;
    int t = scr_rawfield(L, level, "dialogue");
    if (t != LUA_TTABLE) {
        if (t != LUA_TNIL)
            scr_problem(r, scr_line_of(r, "dialogue"), "'dialogue' must be a table of conversations");
        lua_pop(L, 1);
        return;
    }
    int table = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, table)) {
        if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TTABLE) {
            scr_problem(r, scr_line_of(r, "dialogue"),
                        "each dialogue is name = { lines... }, a list of pages");
            lua_pop(L, 1);
            continue;
        }
        const char *id = lua_tostring(L, -2);
        lvl_dialogue *grown = realloc(r->def->dialogues,
                                      sizeof *grown * (size_t)(r->def->dialogue_count + 1));
        if (!grown) {
            scr_dropped++;
            lua_pop(L, 2);
            break;
        }
        r->def->dialogues = grown;
        lvl_dialogue *d = &grown[r->def->dialogue_count++];
        memset(d, 0, sizeof *d);
        d->id = scr_copy(id);
        d->decl_line = scr_line_in(r, "dialogue", id);
        int lines = lua_gettop(L);
        lua_Unsigned n = lua_rawlen(L, lines);
        if (n == 0) scr_problem(r, d->decl_line, "dialogue '%s' has no lines", id);
        if (n > 200) {
            scr_problem(r, d->decl_line, "dialogue '%s' has %llu lines; at most 200", id,
                        (unsigned long long)n);
            n = 200;
        }
        d->lines = scr_calloc((size_t)n + 1, sizeof *d->lines);
        const char *speaker = "";
        for (lua_Unsigned i = 1; d->lines && i <= n; i++) {
            int vt = lua_rawgeti(L, lines, (lua_Integer)i);
            char *who = NULL, *text = NULL;
            if (vt == LUA_TSTRING) {
                text = scr_copy(lua_tostring(L, -1));
            } else if (vt == LUA_TTABLE) {
                int e = lua_gettop(L);
                who = scr_read_string(r, e, "speaker", false, "a dialogue line");
                text = scr_read_string(r, e, "text", false, "a dialogue line");
                if (!who && lua_rawgeti(L, e, 1) == LUA_TSTRING) who = scr_copy(lua_tostring(L, -1));
                lua_settop(L, e);
                if (!text && lua_rawgeti(L, e, 2) == LUA_TSTRING) text = scr_copy(lua_tostring(L, -1));
                lua_settop(L, e);
            }
            if (!text) scr_problem(r, d->decl_line, "dialogue '%s' line %d has no text", id, (int)i);
            if (text && strlen(text) > SCR_MAX_PAGE)
                scr_problem(r, d->decl_line, "dialogue '%s' line %d is %zu bytes long; a page may "
                            "have at most %d (split it into lines)", id, (int)i, strlen(text),
                            SCR_MAX_PAGE);
            if (who && strlen(who) > SCR_MAX_SPEAKER)
                scr_problem(r, d->decl_line, "dialogue '%s' line %d: the speaker's name is %zu "
                            "bytes long; it may have at most %d", id, (int)i, strlen(who),
                            SCR_MAX_SPEAKER);
            d->lines[d->line_count].speaker = scr_copy(who ? who : speaker);
            d->lines[d->line_count].text = text ? text : scr_copy("");
            speaker = d->lines[d->line_count].speaker;
            d->line_count++;
            free(who);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void scr_read_goals(scr_reader *r, int level)
{
    lua_State *L = r->L;
    int t = scr_rawfield(L, level, "goals");
    if (t != LUA_TTABLE) {
        if (t != LUA_TNIL) scr_problem(r, scr_line_of(r, "goals"), "'goals' must be a list");
        lua_pop(L, 1);
        return;
    }
    int list = lua_gettop(L);
    lua_Unsigned n = lua_rawlen(L, list);
    if (n > 100) {
        scr_problem(r, scr_line_of(r, "goals"), "'goals' has %llu entries; at most 100",
                    (unsigned long long)n);
        n = 100;
    }
    r->def->goals = scr_calloc((size_t)n + 1, sizeof *r->def->goals);
    static const char *const kinds[] = {"collect", "talk", "answer", "reach"};
    int line = scr_line_of(r, "goals");
    for (lua_Unsigned i = 1; r->def->goals && i <= n; i++) {
        if (lua_rawgeti(L, list, (lua_Integer)i) != LUA_TTABLE) {
            scr_problem(r, line, "goals[%d] must be a table like { collect = \"http\" }", (int)i);
            lua_pop(L, 1);
            continue;
        }
        int e = lua_gettop(L);
        lvl_goal *g = &r->def->goals[r->def->goal_count];
        bool found = false;
        for (int k = 0; k < 4; k++) {
            char *target = scr_read_text(r, e, kinds[k], false, "a goal", SCR_MAX_NAME);
            if (!target) continue;
            if (found) {
                scr_problem(r, line, "goals[%d] names more than one of collect, talk, answer, reach",
                            (int)i);
                free(target);
                continue;
            }
            g->kind = (lvl_goal_kind)k;
            g->target = target;
            found = true;
        }
        static const char *const keys[] = {"collect", "talk", "answer", "reach", "text", "hint"};
        scr_unknown_keys(r, e, "a goal", keys, 6);
        g->text = scr_read_text(r, e, "text", false, "a goal", SCR_MAX_PAGE);
        g->hint = scr_read_text(r, e, "hint", false, "a goal", SCR_MAX_PAGE);
        g->decl_line = g->target ? scr_string_in(r, "goals", g->target, 0) : line;
        if (found) {
            r->def->goal_count++;
        } else {
            free(g->text);
            free(g->hint);
            g->text = g->hint = NULL;
            scr_problem(r, line, "goals[%d] needs one of collect, talk, answer or reach", (int)i);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void scr_read_grants(scr_reader *r, int level)
{
    lua_State *L = r->L;
    int t = scr_rawfield(L, level, "grants");
    if (t == LUA_TTABLE) {
        int e = lua_gettop(L);
        static const char *const keys[] = {"skills", "xp"};
        scr_unknown_keys(r, e, "grants", keys, 2);
        r->def->grants = scr_read_string_list(r, e, "skills", &r->def->grant_count, "grants",
                                              SCR_MAX_NAME);
        scr_read_int(r, e, "xp", &r->def->xp, "grants");
        if (r->def->xp < 0 || r->def->xp > 10000)
            scr_problem(r, scr_line_of(r, "xp"), "grants.xp must be between 0 and 10000");
    } else if (t != LUA_TNIL) {
        scr_problem(r, scr_line_of(r, "grants"), "'grants' must be a table like "
                                                 "{ skills = { \"http\" }, xp = 50 }");
    }
    lua_pop(L, 1);
}

void scr_read_level(scr_reader *r, int level)
{
    lua_State *L = r->L;
    lvl_def *def = r->def;
    scr_unknown_keys(r, level, "", scr_level_keys,
                     (int)(sizeof scr_level_keys / sizeof *scr_level_keys));
    def->format = 0;
    int ft = scr_rawfield(L, level, "format");
    if (ft == LUA_TNUMBER && lua_isinteger(L, -1)) def->format = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    int format_line = scr_line_of(r, "format");
    if (ft == LUA_TNIL)
        scr_problem(r, 0, "the level needs 'format = %d' (the level API version)", LVL_FORMAT);
    else if (def->format > LVL_FORMAT)
        scr_problem(r, format_line, "format %d is newer than this game understands (%d): update "
                    "SkillQuest", def->format, LVL_FORMAT);
    else if (def->format != LVL_FORMAT)
        scr_problem(r, format_line, "format must be %d, the level API version this game reads",
                    LVL_FORMAT);
    def->id = scr_read_text(r, level, "id", true, "the level", SCR_MAX_NAME);
    def->quest = scr_read_text(r, level, "quest", true, "the level", SCR_MAX_NAME);
    /* The title heads the opening page, as its speaker. */
    def->title = scr_read_text(r, level, "title", true, "the level", SCR_MAX_SPEAKER);
    def->brief = scr_read_text(r, level, "brief", false, "the level", SCR_MAX_PAGE);
    def->music = scr_read_text(r, level, "music", false, "the level", SCR_MAX_NAME);
    def->requires = scr_read_string_list(r, level, "requires", &def->require_count, "the level",
                                         SCR_MAX_NAME);
    def->hints = scr_read_string_list(r, level, "hints", &def->hint_count, "the level",
                                      SCR_MAX_PAGE);
    scr_read_grants(r, level);

    int mt = scr_rawfield(L, level, "map");
    if (mt == LUA_TTABLE) {
        scr_read_inline_map(r, lua_gettop(L));
    } else if (mt == LUA_TSTRING) {
        scr_read_map_file(r, lua_tostring(L, -1));
    } else {
        scr_problem(r, scr_line_of(r, "map"), mt == LUA_TNIL
                        ? "the level needs a 'map': { rows = {...}, legend = {...} } or a Tiled "
                          "map file name"
                        : "'map' must be a table or a file name");
    }
    lua_pop(L, 1);
    scr_read_objects(r, level);
    scr_read_dialogue(r, level);
    scr_read_exercises(r, level);
    scr_read_goals(r, level);
    for (int i = 0; i < SCR_CB_COUNT; i++) {
        int t = scr_rawfield(L, level, scr_callback_names[i]);
        if (t == LUA_TFUNCTION) def->has_callbacks = true;
        if (t != LUA_TNIL && t != LUA_TFUNCTION)
            scr_problem(r, scr_line_of(r, scr_callback_names[i]), "'%s' must be a function",
                        scr_callback_names[i]);
        lua_pop(L, 1);
    }
    int bt = scr_rawfield(L, level, "behaviours");
    if (bt == LUA_TTABLE) def->has_callbacks = true; /* its own behaviours may ask and teach too */
    if (bt != LUA_TNIL && bt != LUA_TTABLE)
        scr_problem(r, scr_line_of(r, "behaviours"), "'behaviours' must be a table of behaviours");
    lua_pop(L, 1);
}
