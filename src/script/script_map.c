/* script_map: a level's inline map, { rows = {...}, legend = {...} }: rows
 * of characters, each a tile, a prop or a behaviour placed on floor, turned
 * into tile layers with autotiling (walls show their face where the floor
 * below sees them, shadows under walls, carpet under things on carpet). */
#include "script_level.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* The places the art draws: a map's `theme` swaps the floor and the walls
 * for that place's own (floor_data, wall_top_data, wall_face_data). */
static const char *const scr_themes[] = {
    "web", "data", "ai", "quantum", "crypto", "scraping", "apis", "security", "iot",
    "automation", "games", "mentoring", "architect", "hub",
};
#define SCR_THEME_COUNT ((int)(sizeof scr_themes / sizeof *scr_themes))

static void scr_theme_tiles(lvl_tileset *ts, const char *theme)
{
    if (!ts->names || !theme) return;
    static const int themed[] = {TILE_FLOOR0, TILE_FLOOR1, TILE_FLOOR2, TILE_WALL_TOP,
                                 TILE_WALL_FACE};
    static const char *const base[] = {"floor", "floor", "floor", "wall_top", "wall_face"};
    for (size_t i = 0; i < sizeof themed / sizeof *themed; i++) {
        char name[64];
        snprintf(name, sizeof name, "%s_%s", base[i], theme);
        char *copy = scr_copy(name);
        if (!copy) continue;
        free(ts->names[themed[i] - 1]);
        ts->names[themed[i] - 1] = copy;
    }
}

static void scr_builtin_tileset(lvl_map *map)
{
    map->tilesets = scr_calloc(1, sizeof *map->tilesets);
    if (!map->tilesets) return;
    lvl_tileset *ts = &map->tilesets[0];
    ts->firstgid = 1;
    ts->count = SCR_BUILTIN_COUNT;
    ts->tile_w = ts->tile_h = LVL_TILE;
    ts->names = scr_calloc(SCR_BUILTIN_COUNT, sizeof *ts->names);
    for (int i = 0; ts->names && i < SCR_BUILTIN_COUNT; i++) ts->names[i] = scr_copy(scr_builtin_tiles[i]);
    map->tileset_count = 1;
}

void scr_read_inline_map(scr_reader *r, int map_idx)
{
    lua_State *L = r->L;
    static const char *const keys[] = {"rows", "legend", "theme"};
    scr_unknown_keys(r, map_idx, "map", keys, 3);
    const char *theme = NULL;
    char *asked = scr_read_text(r, map_idx, "theme", false, "the map", SCR_MAX_NAME);
    for (int i = 0; asked && i < SCR_THEME_COUNT && !theme; i++)
        if (strcmp(asked, scr_themes[i]) == 0) theme = scr_themes[i];
    if (asked && !theme) {
        const char *near = scr_nearest(asked, scr_themes, SCR_THEME_COUNT);
        scr_problem(r, scr_line_of(r, "theme"),
                    "unknown map theme '%s'%s%s%s (web, data, ai, quantum, crypto, scraping, apis, "
                    "security, iot, automation, games, mentoring, architect, hub)",
                    asked, near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "");
    }
    free(asked);
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
        int line = scr_reader_find(r, text, search_from > 0 ? search_from : 1, true);
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
    if (map->tilesets) scr_theme_tiles(&map->tilesets[0], theme);
    scr_cell *cells = calloc(w * h, sizeof *cells);
    if (!cells) {
        scr_problem(r, 0, "out of memory for a %zux%llu map", w, (unsigned long long)h);
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
                char *type = scr_read_text(r, entry, "type", true, where, SCR_MAX_NAME);
                char *name = scr_read_text(r, entry, "name", false, where, SCR_MAX_NAME);
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

