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
    "format", "id", "quest", "title", "brief", "map", "objects", "dialogue", "quizzes", "hints",
    "goals", "requires", "grants", "music", "behaviours", "on_start", "on_update", "on_touch",
    "on_interact", "on_collect", "on_answer",
};

const char *const scr_callback_names[SCR_CB_COUNT] = {
    "on_start", "on_update", "on_touch", "on_interact", "on_collect", "on_answer",
};

/* The built-in tiles an inline map can name, in gid order (gid = index + 1). */
static const char *const scr_builtin_tiles[] = {
    "floor_0", "floor_1", "floor_2", "carpet", "wall_top", "wall_face", "floor_shadow",
    "desk", "plant", "bookshelf", "server_rack",
};
enum {
    TILE_FLOOR0 = 1, TILE_FLOOR1, TILE_FLOOR2, TILE_CARPET, TILE_WALL_TOP, TILE_WALL_FACE,
    TILE_SHADOW, TILE_DESK, TILE_PLANT, TILE_BOOKSHELF, TILE_RACK,
};
#define SCR_BUILTIN_COUNT ((int)(sizeof scr_builtin_tiles / sizeof *scr_builtin_tiles))

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

/* Skips a Lua long bracket opening at p ("[[" or "[==["); returns its level
 * or -1 when p does not open one. */
static int scr_long_open(const char *p)
{
    if (*p != '[') return -1;
    int level = 0;
    for (p++; *p == '='; p++) level++;
    return *p == '[' ? level : -1;
}

/* Finds where token first appears at or after line `from`: as a name outside
 * strings and comments, or (in_string) as the whole text of a string
 * literal. A tiny Lua lexer, enough to never match inside comments. */
static int scr_find_line(const char *src, const char *token, int from, bool in_string)
{
    if (!src || !token || !*token) return 0;
    size_t tlen = strlen(token);
    int line = 1;
    const char *p = src;
    while (*p) {
        if (*p == '\n') {
            line++;
            p++;
        } else if (p[0] == '-' && p[1] == '-') {
            int level = scr_long_open(p + 2);
            if (level >= 0) {
                p += 4 + level;
                for (; *p; p++) {
                    if (*p == '\n') line++;
                    if (*p == ']' && strncmp(p + 1, "==========", (size_t)level) == 0 &&
                        p[1 + level] == ']') {
                        p += 2 + level;
                        break;
                    }
                }
            } else {
                while (*p && *p != '\n') p++;
            }
        } else if (*p == '"' || *p == '\'' || scr_long_open(p) >= 0) {
            int level = scr_long_open(p);
            char quote = *p;
            const char *start = p + (level >= 0 ? 2 + level : 1);
            const char *q = start;
            int start_line = line;
            while (*q) {
                if (level < 0 && *q == '\\' && q[1]) {
                    if (q[1] == '\n') line++;
                    q += 2;
                    continue;
                }
                if (level < 0 && (*q == quote || *q == '\n')) break;
                if (level >= 0 && *q == ']' && strncmp(q + 1, "==========", (size_t)level) == 0 &&
                    q[1 + level] == ']')
                    break;
                if (*q == '\n') line++;
                q++;
            }
            if (in_string && start_line >= from && (size_t)(q - start) == tlen &&
                strncmp(start, token, tlen) == 0)
                return start_line;
            p = *q ? q + (level >= 0 ? 2 + level : 1) : q;
        } else if (*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) {
            const char *start = p;
            while (*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                   (*p >= '0' && *p <= '9'))
                p++;
            if (!in_string && line >= from && (size_t)(p - start) == tlen &&
                strncmp(start, token, tlen) == 0)
                return line;
        } else {
            p++;
        }
    }
    return 0;
}

int scr_line_of(scr_reader *r, const char *token)
{
    return scr_find_line(r->source, token, 1, false);
}

/* A name declared inside a section (a quiz id under quizzes = ...). */
static int scr_line_in(scr_reader *r, const char *section, const char *token)
{
    int from = scr_find_line(r->source, section, 1, false);
    int line = scr_find_line(r->source, token, from > 0 ? from : 1, false);
    return line ? line : from;
}

/* A string value inside a section (a goal's target, an object's name). */
static int scr_string_in(scr_reader *r, const char *section, const char *text, int from_line)
{
    int from = from_line > 0 ? from_line : scr_find_line(r->source, section, 1, false);
    int line = scr_find_line(r->source, text, from > 0 ? from : 1, true);
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

static char *scr_copy(const char *s)
{
    if (!s) return NULL;
    size_t n = strlen(s) + 1;
    char *c = malloc(n);
    if (c) memcpy(c, s, n);
    return c;
}

/* Reads table[key] as a string; missing is fine unless required. */
char *scr_read_string(scr_reader *r, int table, const char *key, bool required, const char *where)
{
    lua_State *L = r->L;
    int t = scr_rawfield(L, table, key);
    char *value = NULL;
    if (t == LUA_TSTRING) {
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

static bool scr_read_int(scr_reader *r, int table, const char *key, int *out, const char *where)
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
static char **scr_read_string_list(scr_reader *r, int table, const char *key, int *count,
                                   const char *where)
{
    lua_State *L = r->L;
    *count = 0;
    int t = scr_rawfield(L, table, key);
    char **list = NULL;
    if (t == LUA_TSTRING) {
        list = calloc(1, sizeof *list);
        if (list) list[(*count)++] = scr_copy(lua_tostring(L, -1));
    } else if (t == LUA_TTABLE) {
        lua_Unsigned n = lua_rawlen(L, -1);
        if (n > 10000) n = 10000;
        list = calloc((size_t)n + 1, sizeof *list);
        for (lua_Unsigned i = 1; list && i <= n; i++) {
            if (lua_rawgeti(L, -1, (lua_Integer)i) == LUA_TSTRING)
                list[(*count)++] = scr_copy(lua_tostring(L, -1));
            else
                scr_problem(r, scr_line_of(r, key), "item %d of '%s' in %s must be a string",
                            (int)i, key, where);
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
    if (!grown) return;
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
static void scr_read_props(scr_reader *r, int idx, lvl_object *o)
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
    lvl_object *grown = realloc(def->objects, sizeof *grown * (size_t)(def->object_count + 1));
    if (!grown) return NULL;
    def->objects = grown;
    lvl_object *o = &def->objects[def->object_count++];
    memset(o, 0, sizeof *o);
    o->type = scr_copy(type);
    o->name = scr_copy(name);
    o->x = x;
    o->y = y;
    o->line = line;
    return o;
}

/* --- inline maps ---------------------------------------------------------- */

typedef enum { CELL_FLOOR, CELL_CARPET, CELL_WALL, CELL_VOID, CELL_PROP } scr_cell_kind;

typedef struct {
    scr_cell_kind kind;
    int prop_tile;      /* for CELL_PROP */
    bool has_object;
} scr_cell;

static bool scr_tile_word(const char *word, scr_cell *cell)
{
    static const struct {
        const char *name;
        scr_cell_kind kind;
        int tile;
    } words[] = {
        {"floor", CELL_FLOOR, 0},        {"carpet", CELL_CARPET, 0},
        {"wall", CELL_WALL, 0},          {"void", CELL_VOID, 0},
        {"desk", CELL_PROP, TILE_DESK},  {"plant", CELL_PROP, TILE_PLANT},
        {"bookshelf", CELL_PROP, TILE_BOOKSHELF}, {"server_rack", CELL_PROP, TILE_RACK},
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strcmp(word, words[i].name) == 0) {
            cell->kind = words[i].kind;
            cell->prop_tile = words[i].tile;
            return true;
        }
    return false;
}

/* The default legend; a level's own legend adds to it and overrides it. */
static const struct {
    char ch;
    const char *meaning;
} scr_default_legend[] = {
    {'#', "wall"},   {'.', "floor"}, {',', "carpet"},   {' ', "void"},    {'D', "desk"},
    {'P', "plant"},  {'B', "bookshelf"}, {'R', "server_rack"}, {'@', "start"}, {'E', "exit"},
};

static void scr_push_legend_entry(scr_reader *r, int legend, char ch)
{
    lua_State *L = r->L;
    char key[2] = {ch, '\0'};
    if (legend && scr_rawfield(L, legend, key) != LUA_TNIL) return;
    if (legend) lua_pop(L, 1);
    for (size_t i = 0; i < sizeof scr_default_legend / sizeof *scr_default_legend; i++)
        if (scr_default_legend[i].ch == ch) {
            lua_pushstring(L, scr_default_legend[i].meaning);
            return;
        }
    lua_pushnil(L);
}

static uint32_t scr_floor_tile(int x, int y)
{
    unsigned h = ((unsigned)x * 73856093u) ^ ((unsigned)y * 19349663u);
    unsigned pick = (h >> 3) % 8;
    return pick < 6 ? TILE_FLOOR0 : (uint32_t)(TILE_FLOOR0 + pick - 5);
}

static bool scr_alloc_map(scr_reader *r, lvl_map *map, int w, int h, int layers)
{
    map->width = w;
    map->height = h;
    map->layer_count = layers;
    size_t cells = (size_t)w * (size_t)h;
    for (int i = 0; i < layers; i++) map->layers[i] = calloc(cells, sizeof(uint32_t));
    map->solid = calloc(cells, 1);
    bool ok = map->solid != NULL;
    for (int i = 0; i < layers; i++) ok = ok && map->layers[i];
    if (!ok) scr_problem(r, 0, "out of memory for a %dx%d map", w, h);
    return ok;
}

static void scr_builtin_tileset(lvl_map *map)
{
    map->tilesets = calloc(1, sizeof *map->tilesets);
    if (!map->tilesets) return;
    lvl_tileset *ts = &map->tilesets[0];
    ts->firstgid = 1;
    ts->count = SCR_BUILTIN_COUNT;
    ts->tile_w = ts->tile_h = LVL_TILE;
    ts->names = calloc(SCR_BUILTIN_COUNT, sizeof *ts->names);
    for (int i = 0; ts->names && i < SCR_BUILTIN_COUNT; i++) ts->names[i] = scr_copy(scr_builtin_tiles[i]);
    map->tileset_count = 1;
}

static void scr_read_inline_map(scr_reader *r, int map_idx)
{
    lua_State *L = r->L;
    static const char *const keys[] = {"rows", "legend"};
    scr_unknown_keys(r, map_idx, "map", keys, 2);
    int rows_t = scr_rawfield(L, map_idx, "rows");
    if (rows_t != LUA_TTABLE) {
        scr_problem(r, scr_line_of(r, "map"), "map needs 'rows', a list of strings, one per row");
        lua_pop(L, 1);
        return;
    }
    int rows = lua_gettop(L);
    lua_Unsigned h = lua_rawlen(L, rows);
    int legend = 0;
    if (scr_rawfield(L, map_idx, "legend") == LUA_TTABLE)
        legend = lua_gettop(L);
    else if (!lua_isnil(L, -1))
        scr_problem(r, scr_line_of(r, "legend"), "map legend must be a table");
    if (h == 0 || h > LVL_MAX_SIDE) {
        scr_problem(r, scr_line_of(r, "rows"), "map has %llu rows; it needs 1 to %d",
                    (unsigned long long)h, LVL_MAX_SIDE);
        lua_settop(L, rows - 1);
        return;
    }
    size_t w = 0;
    /* Each row's own line: found in order, so equal rows get their own lines. */
    int *row_lines = calloc((size_t)h, sizeof *row_lines);
    int search_from = scr_line_of(r, "rows");
    for (lua_Unsigned y = 1; y <= h; y++) {
        size_t len = 0;
        if (lua_rawgeti(L, rows, (lua_Integer)y) != LUA_TSTRING) {
            scr_problem(r, search_from > 0 ? search_from + 1 : 0, "map row %d is not a string", (int)y);
            free(row_lines);
            lua_settop(L, rows - 1);
            return;
        }
        const char *text = lua_tolstring(L, -1, &len);
        int line = scr_find_line(r->source, text, search_from > 0 ? search_from : 1, true);
        if (line > 0) search_from = line + (len > 0 ? 0 : 1);
        if (row_lines) row_lines[y - 1] = line;
        if (line > 0 && y > 1 && row_lines && row_lines[y - 2] == line) search_from = line + 1;
        lua_pop(L, 1);
        if (y == 1) w = len;
        if (len != w) {
            scr_problem(r, line, "map row %d is %zu characters wide; row 1 is %zu: every row must "
                        "be as wide", (int)y, len, w);
            free(row_lines);
            lua_settop(L, rows - 1);
            return;
        }
    }
    if (w == 0 || w > LVL_MAX_SIDE) {
        scr_problem(r, scr_line_of(r, "rows"), "map rows are %zu characters wide; they need 1 to %d",
                    w, LVL_MAX_SIDE);
        free(row_lines);
        lua_settop(L, rows - 1);
        return;
    }
    lvl_map *map = &r->def->map;
    if (!scr_alloc_map(r, map, (int)w, (int)h, 2)) {
        free(row_lines);
        lua_settop(L, rows - 1);
        return;
    }
    scr_builtin_tileset(map);
    scr_cell *cells = calloc(w * h, sizeof *cells);
    if (!cells) {
        free(row_lines);
        lua_settop(L, rows - 1);
        return;
    }
    for (int y = 0; y < (int)h; y++) {
        lua_rawgeti(L, rows, y + 1);
        const char *row = lua_tostring(L, -1);
        for (int x = 0; x < (int)w; x++) {
            scr_cell *cell = &cells[y * (int)w + x];
            unsigned char ch = (unsigned char)row[x];
            int line = row_lines ? row_lines[y] : 0;
            scr_push_legend_entry(r, legend, (char)ch);
            int vt = lua_type(L, -1);
            if (vt == LUA_TSTRING) {
                const char *meaning = lua_tostring(L, -1);
                if (!scr_tile_word(meaning, cell)) {
                    /* Anything else names a behaviour placed on floor. */
                    cell->kind = CELL_FLOOR;
                    cell->has_object = true;
                    scr_add_object(r->def, meaning, NULL, x * LVL_TILE, y * LVL_TILE, line);
                    if (strcmp(meaning, "exit") == 0 || strcmp(meaning, "gate") == 0)
                        cell->kind = strcmp(meaning, "exit") == 0 ? CELL_WALL : CELL_FLOOR;
                }
            } else if (vt == LUA_TTABLE) {
                int entry = lua_gettop(L);
                char where[40];
                snprintf(where, sizeof where, "legend entry '%c'", ch);
                char *type = scr_read_string(r, entry, "type", true, where);
                char *name = scr_read_string(r, entry, "name", false, where);
                char *tile = scr_read_string(r, entry, "tile", false, where);
                cell->kind = CELL_FLOOR;
                if (tile && !scr_tile_word(tile, cell))
                    scr_problem(r, line, "legend '%c': unknown tile '%s' (floor, carpet, wall, "
                                "void, desk, plant, bookshelf, server_rack)", ch, tile);
                if (type) {
                    lvl_object *o = scr_add_object(r->def, type, name, x * LVL_TILE, y * LVL_TILE, line);
                    if (o) scr_read_props(r, entry, o);
                    cell->has_object = true;
                }
                free(type), free(name), free(tile);
            } else {
                scr_problem(r, line, "map row %d uses '%c', which the legend does not define", y + 1,
                            ch);
                cell->kind = CELL_VOID;
            }
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    free(row_lines);
    lua_settop(L, rows - 1);
    /* Autotile: walls show their face where floor below can see it; floor
     * under a wall face gets its shadow; things on carpet keep the carpet. */
    for (int y = 0; y < (int)h; y++)
        for (int x = 0; x < (int)w; x++) {
            size_t i = (size_t)y * w + (size_t)x;
            scr_cell *c = &cells[i];
            bool wall_below = y + 1 >= (int)h || cells[i + w].kind == CELL_WALL ||
                              cells[i + w].kind == CELL_VOID;
            bool wall_above = y > 0 && cells[i - w].kind == CELL_WALL;
            bool carpet_near = (x > 0 && cells[i - 1].kind == CELL_CARPET) ||
                               (x + 1 < (int)w && cells[i + 1].kind == CELL_CARPET);
            switch (c->kind) {
            case CELL_WALL:
                map->layers[0][i] = wall_below ? TILE_WALL_TOP : TILE_WALL_FACE;
                map->solid[i] = 1;
                break;
            case CELL_VOID:
                map->solid[i] = 1;
                break;
            case CELL_CARPET:
                map->layers[0][i] = TILE_CARPET;
                break;
            case CELL_PROP:
                map->layers[0][i] = carpet_near ? TILE_CARPET : scr_floor_tile(x, y);
                map->layers[1][i] = (uint32_t)c->prop_tile;
                map->solid[i] = 1;
                break;
            case CELL_FLOOR:
                map->layers[0][i] = c->has_object && carpet_near ? TILE_CARPET : scr_floor_tile(x, y);
                break;
            }
            if (!map->solid[i] && wall_above && !map->layers[1][i]) map->layers[1][i] = TILE_SHADOW;
        }
    free(cells);
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
        char *type = scr_read_string(r, entry, "type", true, label);
        char *name = scr_read_string(r, entry, "name", false, label);
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
        if (n > 200) n = 200;
        d->lines = calloc((size_t)n + 1, sizeof *d->lines);
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

static void scr_read_quizzes(scr_reader *r, int level)
{
    lua_State *L = r->L;
    int t = scr_rawfield(L, level, "quizzes");
    if (t != LUA_TTABLE) {
        if (t != LUA_TNIL) scr_problem(r, scr_line_of(r, "quizzes"), "'quizzes' must be a table");
        lua_pop(L, 1);
        return;
    }
    static const char *const keys[] = {"question", "choices", "answer", "explanation", "skill"};
    int table = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, table)) {
        if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TTABLE) {
            scr_problem(r, scr_line_of(r, "quizzes"), "each quiz is name = { question = ..., ... }");
            lua_pop(L, 1);
            continue;
        }
        const char *id = lua_tostring(L, -2);
        lvl_quiz *grown = realloc(r->def->quizzes, sizeof *grown * (size_t)(r->def->quiz_count + 1));
        if (!grown) {
            lua_pop(L, 2);
            break;
        }
        r->def->quizzes = grown;
        lvl_quiz *q = &grown[r->def->quiz_count++];
        memset(q, 0, sizeof *q);
        int e = lua_gettop(L);
        char where[120];
        snprintf(where, sizeof where, "quiz '%s'", id);
        q->id = scr_copy(id);
        q->decl_line = scr_line_in(r, "quizzes", id);
        scr_unknown_keys(r, e, where, keys, 5);
        q->question = scr_read_string(r, e, "question", true, where);
        q->explanation = scr_read_string(r, e, "explanation", false, where);
        q->skill = scr_read_string(r, e, "skill", false, where);
        q->choices = scr_read_string_list(r, e, "choices", &q->choice_count, where);
        bool has_answer = scr_rawfield(L, e, "answer") != LUA_TNIL;
        lua_pop(L, 1);
        if (!has_answer)
            scr_problem(r, q->decl_line, "quiz '%s' needs 'answer' (the number of the right choice)",
                        id);
        else
            scr_read_int(r, e, "answer", &q->answer, where);
        /* The old form is a choice exercise: its choices become items. */
        q->kind = LVL_EX_CHOICE;
        if (q->choice_count > 0) {
            q->items = calloc((size_t)q->choice_count, sizeof *q->items);
            if (!q->items) {
                scr_problem(r, q->decl_line, "out of memory reading quiz '%s'", id);
            } else {
                q->item_count = q->choice_count;
                for (int i = 0; i < q->choice_count; i++) {
                    q->items[i].text = scr_copy(q->choices[i]);
                    q->items[i].right = i + 1 == q->answer;
                }
            }
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
    if (n > 100) n = 100;
    r->def->goals = calloc((size_t)n + 1, sizeof *r->def->goals);
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
            char *target = scr_read_string(r, e, kinds[k], false, "a goal");
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
        g->text = scr_read_string(r, e, "text", false, "a goal");
        g->hint = scr_read_string(r, e, "hint", false, "a goal");
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
        r->def->grants = scr_read_string_list(r, e, "skills", &r->def->grant_count, "grants");
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
    def->id = scr_read_string(r, level, "id", true, "the level");
    def->quest = scr_read_string(r, level, "quest", true, "the level");
    def->title = scr_read_string(r, level, "title", true, "the level");
    def->brief = scr_read_string(r, level, "brief", false, "the level");
    def->music = scr_read_string(r, level, "music", false, "the level");
    def->requires = scr_read_string_list(r, level, "requires", &def->require_count, "the level");
    def->hints = scr_read_string_list(r, level, "hints", &def->hint_count, "the level");
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
    scr_read_quizzes(r, level);
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
    if (bt != LUA_TNIL && bt != LUA_TTABLE)
        scr_problem(r, scr_line_of(r, "behaviours"), "'behaviours' must be a table of behaviours");
    lua_pop(L, 1);
}
