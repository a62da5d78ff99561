/* script_tiled: maps exported from the Tiled editor in its Lua format, used
 * as Tiled writes them: orthogonal, 16 px tiles, tile layers in every
 * encoding Tiled writes (Lua arrays, base64, base64+zlib, base64+gzip; zstd
 * is refused by name), flip bits kept in the gids, embedded tilesets with
 * PNG images and a `solid` tile property, object layers whose objects carry a
 * type (Tiled 1.8) or class (1.9+) and custom properties. */
#include "script_level.h"
#include "tiled.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Map and image names come from untrusted files: relative, inside the
 * level's folder tree, no way up. */
static bool scr_safe_relative(const char *name)
{
    if (!name[0] || name[0] == '/' || strchr(name, '\\') || strchr(name, ':')) return false;
    for (const char *p = name; *p;) {
        const char *slash = strchr(p, '/');
        size_t len = slash ? (size_t)(slash - p) : strlen(p);
        if (len == 2 && p[0] == '.' && p[1] == '.') return false;
        if (!slash) break;
        p = slash + 1;
    }
    return true;
}

static char *scr_join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *path = malloc(n);
    if (path) snprintf(path, n, "%s/%s", dir, name);
    return path;
}

bool scr_is_tiled(lua_State *L, int idx)
{
    bool orientation = scr_rawfield(L, idx, "orientation") == LUA_TSTRING;
    lua_pop(L, 1);
    bool layers = scr_rawfield(L, idx, "layers") == LUA_TTABLE;
    lua_pop(L, 1);
    return orientation && layers;
}

static lua_Integer scr_int_field(lua_State *L, int idx, const char *key, lua_Integer fallback)
{
    lua_Integer v = fallback;
    if (scr_rawfield(L, idx, key) == LUA_TNUMBER) {
        if (lua_isinteger(L, -1)) {
            v = lua_tointeger(L, -1);
        } else {
            /* A float out of range (or NaN) cannot become an integer: refuse it. */
            lua_Number n = lua_tonumber(L, -1);
            if (n > -1e15 && n < 1e15) v = (lua_Integer)n;
        }
    }
    lua_pop(L, 1);
    return v;
}

static bool scr_true_property(lua_State *L, int idx, const char *key)
{
    bool yes = false;
    if (scr_rawfield(L, idx, "properties") == LUA_TTABLE) {
        yes = scr_rawfield(L, -1, key) == LUA_TBOOLEAN && lua_toboolean(L, -1);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return yes;
}

static void scr_read_tilesets(scr_reader *r, int map, const char *map_dir)
{
    lua_State *L = r->L;
    lvl_map *m = &r->def->map;
    if (scr_rawfield(L, map, "tilesets") != LUA_TTABLE) {
        lua_pop(L, 1);
        return;
    }
    int list = lua_gettop(L);
    lua_Unsigned n = lua_rawlen(L, list);
    if (n > 64) {
        scr_problem(r, 0, "the map has %llu tilesets; at most 64", (unsigned long long)n);
        n = 64;
    }
    m->tilesets = calloc((size_t)n + 1, sizeof *m->tilesets);
    for (lua_Unsigned i = 1; m->tilesets && i <= n; i++) {
        if (lua_rawgeti(L, list, (lua_Integer)i) != LUA_TTABLE) {
            lua_pop(L, 1);
            continue;
        }
        int ts = lua_gettop(L);
        char *file = scr_read_string(r, ts, "filename", false, "a tileset");
        if (file) {
            scr_problem(r, 0, "the map uses the external tileset '%s'; in Tiled, embed it (the "
                              "Embed Tileset button in the Tilesets view, or Preferences > "
                              "Export Options > Embed tilesets) and export again", file);
            r->tileset_refused = true;
            free(file);
            lua_pop(L, 1);
            continue;
        }
        char *image = scr_read_string(r, ts, "image", false, "a tileset");
        lvl_tileset *set = &m->tilesets[m->tileset_count];
        /* Range-check before narrowing: 4294967297 must not become 1. */
        lua_Integer firstgid = scr_int_field(L, ts, "firstgid", 0);
        lua_Integer count = scr_int_field(L, ts, "tilecount", 0);
        lua_Integer columns = scr_int_field(L, ts, "columns", 0);
        lua_Integer tile_w = scr_int_field(L, ts, "tilewidth", 0);
        lua_Integer tile_h = scr_int_field(L, ts, "tileheight", 0);
        lua_Integer margin = scr_int_field(L, ts, "margin", 0);
        lua_Integer spacing = scr_int_field(L, ts, "spacing", 0);
        bool in_range = firstgid >= 1 && firstgid <= (lua_Integer)LVL_GID_MASK && count >= 1 &&
                        count <= 65536 && columns >= 1 && columns <= 65536;
        set->firstgid = in_range ? (uint32_t)firstgid : 0;
        set->count = in_range ? (int)count : 0;
        set->columns = in_range ? (int)columns : 0;
        set->tile_w = tile_w > 0 && tile_w <= 4096 ? (int)tile_w : 0;
        set->tile_h = tile_h > 0 && tile_h <= 4096 ? (int)tile_h : 0;
        bool ok = true;
        if (!image) {
            scr_problem(r, 0, "tileset %d has no single image (image collections are not "
                              "supported): use one PNG with all tiles", (int)i);
            ok = false;
        } else if (!scr_safe_relative(image)) {
            scr_problem(r, 0, "tileset image '%s' must be a relative path inside the level's "
                              "folder", image);
            ok = false;
        }
        if (set->tile_w != LVL_TILE || set->tile_h != LVL_TILE) {
            scr_problem(r, 0, "tileset %d has %dx%d tiles; SkillQuest uses %dx%d", (int)i,
                        set->tile_w, set->tile_h, LVL_TILE, LVL_TILE);
            ok = false;
        }
        if (margin || spacing) {
            scr_problem(r, 0, "tileset %d has a margin or spacing; export its image without them",
                        (int)i);
            ok = false;
        }
        if (set->firstgid < 1 || set->count < 1 || set->count > 65536 || set->columns < 1) {
            scr_problem(r, 0, "tileset %d has a bad firstgid, tilecount or columns", (int)i);
            ok = false;
        }
        if (ok) {
            set->image = scr_join(map_dir, image);
            struct stat st;
            if (set->image && stat(set->image, &st) != 0) {
                scr_problem(r, 0, "tileset image '%s' is missing next to the map", image);
            }
            set->solid = calloc((size_t)set->count, 1);
            /* Tiled lists only the tiles that have properties, by local id. */
            if (set->solid && scr_rawfield(L, ts, "tiles") == LUA_TTABLE) {
                int tiles = lua_gettop(L);
                lua_Unsigned tn = lua_rawlen(L, tiles);
                for (lua_Unsigned k = 1; k <= tn && k <= 65536; k++) {
                    if (lua_rawgeti(L, tiles, (lua_Integer)k) == LUA_TTABLE) {
                        lua_Integer id = scr_int_field(L, -1, "id", -1);
                        if (id >= 0 && id < set->count && scr_true_property(L, lua_gettop(L), "solid"))
                            set->solid[id] = 1;
                    }
                    lua_pop(L, 1);
                }
            }
            lua_pop(L, 1);
            m->tileset_count++;
        } else {
            memset(set, 0, sizeof *set);
            r->tileset_refused = true;
        }
        free(image);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static bool scr_gid_solid(const lvl_map *m, uint32_t raw)
{
    uint32_t gid = raw & LVL_GID_MASK;
    for (int i = m->tileset_count - 1; gid && i >= 0; i--) {
        const lvl_tileset *ts = &m->tilesets[i];
        if (gid >= ts->firstgid) {
            uint32_t local = gid - ts->firstgid;
            return local < (uint32_t)ts->count && ts->solid && ts->solid[local];
        }
    }
    return false;
}

static void scr_read_tile_layer(scr_reader *r, int layer, const char *name)
{
    lua_State *L = r->L;
    lvl_map *m = &r->def->map;
    size_t count = (size_t)m->width * (size_t)m->height;
    if (m->layer_count == LVL_MAX_LAYERS) {
        scr_problem(r, 0, "tile layer '%s': at most %d tile layers are drawn; merge some", name,
                    LVL_MAX_LAYERS);
        return;
    }
    if (scr_rawfield(L, layer, "chunks") != LUA_TNIL) {
        lua_pop(L, 1);
        scr_problem(r, 0, "tile layer '%s' is infinite (chunked); untick Map > Infinite in Tiled",
                    name);
        return;
    }
    lua_pop(L, 1);
    uint32_t *cells = calloc(count, sizeof *cells);
    if (!cells) return;
    char *encoding = scr_read_string(r, layer, "encoding", false, "a tile layer");
    char *compression = scr_read_string(r, layer, "compression", false, "a tile layer");
    bool ok = false;
    int dt = scr_rawfield(L, layer, "data");
    if ((!encoding || strcmp(encoding, "lua") == 0) && dt == LUA_TTABLE) {
        lua_Unsigned n = lua_rawlen(L, -1);
        if (n != count) {
            scr_problem(r, 0, "tile layer '%s' has %llu tiles; a %dx%d map needs %zu", name,
                        (unsigned long long)n, m->width, m->height, count);
        } else {
            ok = true;
            for (size_t i = 0; i < count && ok; i++) {
                lua_rawgeti(L, -1, (lua_Integer)i + 1);
                lua_Integer v = lua_isinteger(L, -1) ? lua_tointeger(L, -1) : -1;
                lua_pop(L, 1);
                if (v < 0 || v > 0xffffffffLL) {
                    scr_problem(r, 0, "tile layer '%s' tile %zu is not a tile id", name, i + 1);
                    ok = false;
                }
                cells[i] = (uint32_t)v;
            }
        }
    } else if (encoding && dt == LUA_TSTRING) {
        size_t len;
        const char *data = lua_tolstring(L, -1, &len);
        char err[200];
        ok = tld_decode_layer(data, len, encoding, compression, cells, count, err, sizeof err);
        if (!ok) scr_problem(r, 0, "tile layer '%s': %s", name, err);
    } else {
        scr_problem(r, 0, "tile layer '%s' has no data Tiled's Lua export would write", name);
    }
    lua_pop(L, 1);
    free(encoding);
    free(compression);
    if (!ok) {
        free(cells);
        return;
    }
    bool layer_solid = scr_true_property(L, layer, "solid");
    int unknown = 0;
    uint32_t first_unknown = 0;
    for (size_t i = 0; i < count; i++) {
        uint32_t gid = cells[i] & LVL_GID_MASK;
        if (!gid) continue;
        bool known = false;
        for (int t = 0; t < m->tileset_count && !known; t++)
            known = gid >= m->tilesets[t].firstgid &&
                    gid < m->tilesets[t].firstgid + (uint32_t)m->tilesets[t].count;
        if (!known) {
            if (!unknown++) first_unknown = gid;
            cells[i] = 0;
            continue;
        }
        if (layer_solid || scr_gid_solid(m, cells[i])) m->solid[i] = 1;
    }
    /* One message per layer; none when a tileset was already refused, since
     * its tiles are unknown for that reason alone. */
    if (unknown && !r->tileset_refused)
        scr_problem(r, 0, "tile layer '%s' uses tile %u%s, which no tileset has", name, first_unknown,
                    unknown > 1 ? " (and others)" : "");
    m->layers[m->layer_count++] = cells;
}

static void scr_read_object_layer(scr_reader *r, int layer)
{
    lua_State *L = r->L;
    if (scr_rawfield(L, layer, "objects") != LUA_TTABLE) {
        lua_pop(L, 1);
        return;
    }
    int list = lua_gettop(L);
    lua_Unsigned n = lua_rawlen(L, list);
    if (n > 10000) n = 10000;
    for (lua_Unsigned i = 1; i <= n; i++) {
        if (lua_rawgeti(L, list, (lua_Integer)i) != LUA_TTABLE) {
            lua_pop(L, 1);
            continue;
        }
        int o = lua_gettop(L);
        char *type = scr_read_string(r, o, "type", false, "an object");
        if (!type || !*type) {
            free(type);
            type = scr_read_string(r, o, "class", false, "an object");
        }
        char *name = scr_read_string(r, o, "name", false, "an object");
        lua_Integer id = scr_int_field(L, o, "id", 0);
        if (!type || !*type) {
            scr_problem(r, 0, "object %lld%s%s%s has no type (Tiled's Class field): set it to "
                              "start, exit, npc, terminal, skill, gate, bug or a level behaviour",
                        (long long)id, name && *name ? " '" : "", name ? name : "",
                        name && *name ? "'" : "");
        } else {
            double x = 0, y = 0;
            if (scr_rawfield(L, o, "x") == LUA_TNUMBER) x = lua_tonumber(L, -1);
            lua_pop(L, 1);
            if (scr_rawfield(L, o, "y") == LUA_TNUMBER) y = lua_tonumber(L, -1);
            lua_pop(L, 1);
            if (!(x >= 0 && y >= 0 && x < 1e6 && y < 1e6)) x = y = -1;
            lvl_object *obj = scr_add_object(r->def, type, name && *name ? name : NULL, (int)x,
                                             (int)y, 0);
            if (obj && scr_rawfield(L, o, "properties") == LUA_TTABLE) {
                int props = lua_gettop(L);
                lua_pushnil(L);
                while (lua_next(L, props)) {
                    if (lua_type(L, -2) == LUA_TSTRING) scr_add_prop(L, obj, lua_tostring(L, -2));
                    lua_pop(L, 1);
                }
            }
            if (obj) lua_pop(L, 1);
        }
        free(type);
        free(name);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

void scr_read_tiled(scr_reader *r, int idx, const char *map_path)
{
    lua_State *L = r->L;
    idx = lua_absindex(L, idx);
    const char *saved_path = r->path;
    char *saved_source = r->source;
    r->path = map_path; /* problems in the map name the map file, and its lines */
    r->source = NULL;
    FILE *mf = fopen(map_path, "rb");
    if (mf) {
        r->source = malloc((4u << 20) + 1);
        size_t got = r->source ? fread(r->source, 1, 4u << 20, mf) : 0;
        if (r->source) r->source[got] = '\0';
        fclose(mf);
    }
    char *orientation = scr_read_string(r, idx, "orientation", true, "the map");
    if (orientation && strcmp(orientation, "orthogonal") != 0) {
        scr_problem(r, 0, "this map is %s; SkillQuest reads orthogonal maps only (Tiled: Map > "
                          "Map Properties > Orientation)", orientation);
        free(orientation);
        r->path = saved_path;
        free(r->source);
        r->source = saved_source;
        return;
    }
    free(orientation);
    lua_Integer w = scr_int_field(L, idx, "width", 0), h = scr_int_field(L, idx, "height", 0);
    lua_Integer tw = scr_int_field(L, idx, "tilewidth", 0), th = scr_int_field(L, idx, "tileheight", 0);
    if (w < 1 || h < 1 || w > LVL_MAX_SIDE || h > LVL_MAX_SIDE) {
        scr_problem(r, 0, "the map is %lldx%lld tiles; each side must be 1 to %d", (long long)w,
                    (long long)h, LVL_MAX_SIDE);
        r->path = saved_path;
        free(r->source);
        r->source = saved_source;
        return;
    }
    if (tw != LVL_TILE || th != LVL_TILE) {
        scr_problem(r, 0, "the map has %lldx%lld tiles; SkillQuest uses %dx%d", (long long)tw,
                    (long long)th, LVL_TILE, LVL_TILE);
        r->path = saved_path;
        free(r->source);
        r->source = saved_source;
        return;
    }
    lvl_map *m = &r->def->map;
    m->width = (int)w;
    m->height = (int)h;
    m->solid = calloc((size_t)w * (size_t)h, 1);
    if (!m->solid) {
        r->path = saved_path;
        free(r->source);
        r->source = saved_source;
        return;
    }
    free(m->source);
    m->source = malloc(strlen(map_path) + 1);
    if (m->source) strcpy(m->source, map_path);
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", map_path);
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = '\0';
    else
        strcpy(dir, ".");
    scr_read_tilesets(r, idx, dir);

    scr_rawfield(L, idx, "layers");
    int layers = lua_gettop(L);
    lua_Unsigned n = lua_rawlen(L, layers);
    if (n > 64) n = 64;
    for (lua_Unsigned i = 1; i <= n; i++) {
        if (lua_rawgeti(L, layers, (lua_Integer)i) != LUA_TTABLE) {
            lua_pop(L, 1);
            continue;
        }
        int layer = lua_gettop(L);
        char *type = scr_read_string(r, layer, "type", false, "a layer");
        char *name = scr_read_string(r, layer, "name", false, "a layer");
        const char *shown = name ? name : "?";
        if (type && strcmp(type, "tilelayer") == 0)
            scr_read_tile_layer(r, layer, shown);
        else if (type && strcmp(type, "objectgroup") == 0)
            scr_read_object_layer(r, layer);
        else
            scr_problem(r, 0, "layer '%s' is %s %s; SkillQuest reads tile and object layers", shown,
                        type && type[0] && strchr("aeiou", type[0]) ? "an" : "a",
                        type ? type : "layer of unknown type");
        free(type);
        free(name);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    r->path = saved_path;
    free(r->source);
    r->source = saved_source;
}

void scr_read_map_file(scr_reader *r, const char *name)
{
    lua_State *L = r->L;
    int line = scr_line_of(r, "map");
    if (!scr_safe_relative(name) || strlen(name) < 5 || strcmp(name + strlen(name) - 4, ".lua")) {
        scr_problem(r, line, "map '%s' must be a Tiled Lua export (.lua) given by a relative path "
                             "inside the level's folder", name);
        return;
    }
    char *path = scr_join(r->dir, name);
    if (!path) return;
    char err[SCR_MAX_MESSAGE + 64];
    char chunkname[4200];
    snprintf(chunkname, sizeof chunkname, "@%s", path);
    scr_budget_start(r->sb, r->load_seconds, "loading the map");
    if (!scr_load_file(r->sb, path, chunkname, err, sizeof err)) {
        scr_problem(r, line, "map '%s': %s", name, err);
        free(path);
        return;
    }
    if (!scr_call(r->sb, 0, 1, err, sizeof err)) {
        scr_problem(r, line, "map '%s': %s", name, err);
        free(path);
        return;
    }
    if (lua_type(L, -1) != LUA_TTABLE || !scr_is_tiled(L, -1))
        scr_problem(r, line, "map '%s' is not a Tiled Lua export (it has no orientation and "
                             "layers)", name);
    else
        scr_read_tiled(r, -1, path);
    lua_pop(L, 1);
    free(path);
}
