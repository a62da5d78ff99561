/* script_tiled: maps from the Tiled editor, in both of the formats it saves.
 *   - A .tmx (Tiled's own XML, with .tsx tilesets) is read by src/tiled with expat.
 *   - A Lua export (File > Export As > Lua, embedded or external .tsx tilesets) is a
 *     Lua chunk: it runs in the level's sandbox, and its table is walked here into the
 *     same document model (tld_map) the .tmx reader fills.
 * Either way src/tiled turns the model into the level's map and objects, so one map
 * gives one level whichever way it was saved. Problems name the map file, with the
 * line in a .tmx or .tsx (a Lua export's table has no lines). */
#include "script_level.h"
#include "tiled.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- reading the Lua export's table into the model --------------------------------- */

typedef struct {
    scr_reader *r;
    tld_map *map;
    int layer_total;
    int object_total;
} lt_ctx;

static lua_Integer lt_int(lua_State *L, int idx, const char *key, lua_Integer fallback)
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

/* Range-checked before narrowing: 4294967297 must not become 1. */
static int lt_int_in(lua_State *L, int idx, const char *key, lua_Integer lo, lua_Integer hi,
                     int fallback)
{
    lua_Integer v = lt_int(L, idx, key, fallback);
    return v >= lo && v <= hi ? (int)v : fallback;
}

static double lt_num(lua_State *L, int idx, const char *key, double fallback)
{
    double v = fallback;
    if (scr_rawfield(L, idx, key) == LUA_TNUMBER) {
        v = lua_tonumber(L, -1);
        if (!(v > -1e9 && v < 1e9)) v = fallback;
    }
    lua_pop(L, 1);
    return v;
}

static bool lt_bool(lua_State *L, int idx, const char *key, bool fallback)
{
    bool v = fallback;
    if (scr_rawfield(L, idx, key) == LUA_TBOOLEAN) v = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return v;
}

/* { r, g, b [, a] } as the export writes colours; false when absent or malformed. */
static bool lt_color(lua_State *L, int idx, const char *key, uint8_t rgba[4])
{
    bool ok = false;
    if (scr_rawfield(L, idx, key) == LUA_TTABLE) {
        int t = lua_gettop(L);
        lua_Unsigned n = lua_rawlen(L, t);
        ok = n == 3 || n == 4;
        for (lua_Unsigned i = 1; ok && i <= 4; i++) {
            lua_Integer v = i == 4 && n == 3 ? 255 : -1;
            if (i <= n && lua_rawgeti(L, t, (lua_Integer)i) == LUA_TNUMBER && lua_isinteger(L, -1))
                v = lua_tointeger(L, -1);
            if (i <= n) lua_pop(L, 1);
            ok = v >= 0 && v <= 255;
            if (ok) rgba[i - 1] = (uint8_t)v;
        }
    }
    lua_pop(L, 1);
    return ok;
}

/* transparentcolor = "#ff00ff" */
static void lt_trans(lt_ctx *c, int idx, uint32_t *rgb, bool *has)
{
    char *v = scr_read_string(c->r, idx, "transparentcolor", false, "a tileset or image layer");
    uint8_t k[4];
    if (v && tld_parse_color(v, k)) {
        *rgb = (uint32_t)k[0] << 16 | (uint32_t)k[1] << 8 | k[2];
        *has = true;
    } else if (v) {
        scr_problem(c->r, 0, "transparentcolor '%s' is not a colour", v);
    }
    free(v);
}

/* properties = { ["name"] = value, ... }: a Lua value's type is the property's. */
static void lt_props(lt_ctx *c, int idx, tld_props *props)
{
    lua_State *L = c->r->L;
    if (scr_rawfield(L, idx, "properties") != LUA_TTABLE) {
        lua_pop(L, 1);
        return;
    }
    int t = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        if (lua_type(L, -2) == LUA_TSTRING) {
            const char *name = lua_tostring(L, -2);
            int vt = lua_type(L, -1);
            tld_prop *p = NULL;
            if (vt == LUA_TSTRING) {
                p = tld_props_add(props, name, TLD_PROP_STRING, lua_tostring(L, -1));
            } else if (vt == LUA_TNUMBER) {
                if ((p = tld_props_add(props, name, TLD_PROP_NUMBER, NULL)))
                    p->number = lua_tonumber(L, -1);
            } else if (vt == LUA_TBOOLEAN) {
                if ((p = tld_props_add(props, name, TLD_PROP_BOOL, NULL)))
                    p->boolean = lua_toboolean(L, -1);
            } else if (vt == LUA_TTABLE) {
                /* An object reference is { id = N }; anything else a class value. */
                lua_Integer id = lt_int(L, lua_gettop(L), "id", -1);
                if (id >= 0 && (p = tld_props_add(props, name, TLD_PROP_NUMBER, NULL)))
                    p->number = (double)id;
                else if (id < 0)
                    p = tld_props_add(props, name, TLD_PROP_CLASS, NULL);
            }
            if (!p && vt != LUA_TFUNCTION && props->count >= TLD_MAX_PROPS)
                scr_problem(c->r, 0, "too many properties (at most %d on one thing)",
                            TLD_MAX_PROPS);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void lt_tileset(lt_ctx *c, int idx, tld_tileset *ts, int index)
{
    lua_State *L = c->r->L;
    ts->file = tld_strdup(c->map->file);
    ts->firstgid = (uint32_t)lt_int_in(L, idx, "firstgid", 1, LVL_GID_MASK, 0);
    ts->name = scr_read_string(c->r, idx, "name", false, "a tileset");
    char *file = scr_read_string(c->r, idx, "filename", false, "a tileset");
    if (file) { /* external: the .tsx holds the rest */
        ts->source = file;
        return;
    }
    ts->tile_w = lt_int_in(L, idx, "tilewidth", 1, 4096, 0);
    ts->tile_h = lt_int_in(L, idx, "tileheight", 1, 4096, 0);
    ts->spacing = lt_int_in(L, idx, "spacing", 0, 4096, 0);
    ts->margin = lt_int_in(L, idx, "margin", 0, 4096, 0);
    ts->columns = lt_int_in(L, idx, "columns", 0, 65536, 0);
    ts->tilecount = lt_int_in(L, idx, "tilecount", 0, 65536, 0);
    ts->image = scr_read_string(c->r, idx, "image", false, "a tileset");
    ts->image_w = lt_int_in(L, idx, "imagewidth", 0, 65536, 0);
    ts->image_h = lt_int_in(L, idx, "imageheight", 0, 65536, 0);
    ts->alignment = scr_read_string(c->r, idx, "objectalignment", false, "a tileset");
    lt_trans(c, idx, &ts->transparent, &ts->has_transparent);
    if (scr_rawfield(L, idx, "tileoffset") == LUA_TTABLE) {
        ts->offset_x = lt_int_in(L, lua_gettop(L), "x", -65536, 65536, 0);
        ts->offset_y = lt_int_in(L, lua_gettop(L), "y", -65536, 65536, 0);
    }
    lua_pop(L, 1);
    if (scr_rawfield(L, idx, "grid") == LUA_TTABLE)
        ts->grid_orientation = scr_read_string(c->r, lua_gettop(L), "orientation", false, "a grid");
    lua_pop(L, 1);
    lt_props(c, idx, &ts->props);
    if (scr_rawfield(L, idx, "tiles") == LUA_TTABLE) {
        int tiles = lua_gettop(L);
        lua_Unsigned n = lua_rawlen(L, tiles);
        if (n > 65536) n = 65536;
        ts->tiles = calloc(n ? (size_t)n : 1, sizeof *ts->tiles);
        for (lua_Unsigned k = 1; ts->tiles && k <= n; k++) {
            if (lua_rawgeti(L, tiles, (lua_Integer)k) == LUA_TTABLE) {
                int t = lua_gettop(L);
                tld_tile_data *td = &ts->tiles[ts->tile_count++];
                td->id = lt_int_in(L, t, "id", 0, 65535, -1);
                td->type = scr_read_string(c->r, t, "type", false, "a tile");
                if (!td->type) td->type = scr_read_string(c->r, t, "class", false, "a tile");
                td->image = scr_read_string(c->r, t, "image", false, "a tile");
                lt_props(c, t, &td->props);
                if (scr_rawfield(L, t, "animation") == LUA_TTABLE) {
                    int a = lua_gettop(L);
                    lua_Unsigned fn = lua_rawlen(L, a);
                    if (fn > TLD_MAX_FRAMES) {
                        scr_problem(c->r, 0,
                                    "tileset %d: tile %d's animation has more than %d "
                                    "frames",
                                    index + 1, td->id, TLD_MAX_FRAMES);
                        fn = TLD_MAX_FRAMES;
                    }
                    td->frames = calloc(fn ? (size_t)fn : 1, sizeof *td->frames);
                    for (lua_Unsigned f = 1; td->frames && f <= fn; f++) {
                        if (lua_rawgeti(L, a, (lua_Integer)f) == LUA_TTABLE) {
                            td->frames[td->frame_count].tile =
                                lt_int_in(L, lua_gettop(L), "tileid", 0, 65535, 0);
                            td->frames[td->frame_count].duration_ms =
                                lt_int_in(L, lua_gettop(L), "duration", 0, 0x7fffffff, 100);
                            td->frame_count++;
                        }
                        lua_pop(L, 1);
                    }
                }
                lua_pop(L, 1);
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

/* data = { gid, ... } or a base64 string, count cells into out. */
static bool lt_cells(lt_ctx *c, int idx, const char *encoding, const char *compression,
                     uint32_t *out, int w, int h, const char *name)
{
    lua_State *L = c->r->L;
    size_t count = (size_t)w * (size_t)h;
    bool ok = false;
    int dt = scr_rawfield(L, idx, "data");
    if ((!encoding || strcmp(encoding, "lua") == 0) && dt == LUA_TTABLE) {
        lua_Unsigned n = lua_rawlen(L, -1);
        if (n != count) {
            scr_problem(c->r, 0, "tile layer '%s' has %llu tiles; a %dx%d %s needs %zu", name,
                        (unsigned long long)n, w, h, c->map->infinite ? "chunk" : "map", count);
        } else {
            ok = true;
            for (size_t i = 0; i < count && ok; i++) {
                lua_rawgeti(L, -1, (lua_Integer)i + 1);
                lua_Integer v = lua_isinteger(L, -1) ? lua_tointeger(L, -1) : -1;
                lua_pop(L, 1);
                if (v < 0 || v > 0xffffffffLL) {
                    scr_problem(c->r, 0, "tile layer '%s' tile %zu is not a tile id", name, i + 1);
                    ok = false;
                }
                out[i] = (uint32_t)v;
            }
        }
    } else if (encoding && dt == LUA_TSTRING) {
        size_t len;
        const char *data = lua_tolstring(L, -1, &len);
        char err[300];
        ok = tld_decode_layer(data, len, encoding, compression, out, count, err, sizeof err);
        if (!ok) scr_problem(c->r, 0, "tile layer '%s': %s", name, err);
    } else {
        scr_problem(c->r, 0, "tile layer '%s' has no data Tiled's Lua export would write", name);
    }
    lua_pop(L, 1);
    return ok;
}

static void lt_tile_layer(lt_ctx *c, int idx, tld_layer *l)
{
    lua_State *L = c->r->L;
    const char *name = l->name ? l->name : "?";
    char *encoding = scr_read_string(c->r, idx, "encoding", false, "a tile layer");
    char *compression = scr_read_string(c->r, idx, "compression", false, "a tile layer");
    l->x = lt_int_in(L, idx, "x", -(1 << 24), 1 << 24, 0);
    l->y = lt_int_in(L, idx, "y", -(1 << 24), 1 << 24, 0);
    if (scr_rawfield(L, idx, "chunks") == LUA_TTABLE) {
        int chunks = lua_gettop(L);
        lua_Unsigned n = lua_rawlen(L, chunks);
        size_t total = 0;
        c->map->infinite = true;
        l->chunks = calloc(n ? (size_t)n : 1, sizeof *l->chunks);
        for (lua_Unsigned k = 1; l->chunks && k <= n; k++) {
            if (lua_rawgeti(L, chunks, (lua_Integer)k) == LUA_TTABLE) {
                int t = lua_gettop(L);
                tld_chunk ch = {lt_int_in(L, t, "x", -(1 << 24), 1 << 24, 0),
                                lt_int_in(L, t, "y", -(1 << 24), 1 << 24, 0),
                                lt_int_in(L, t, "width", 1, TLD_MAX_SIDE, 0),
                                lt_int_in(L, t, "height", 1, TLD_MAX_SIDE, 0), NULL};
                total += (size_t)ch.w * (size_t)ch.h;
                if (ch.w < 1 || ch.h < 1 || total > TLD_MAX_TILES) {
                    scr_problem(c->r, 0,
                                "tile layer '%s': chunk %llu has a bad size, or the "
                                "chunks hold more than %u tiles",
                                name, (unsigned long long)k, TLD_MAX_TILES);
                } else if ((ch.gids = calloc((size_t)ch.w * (size_t)ch.h, sizeof *ch.gids))) {
                    if (lt_cells(c, t, encoding, compression, ch.gids, ch.w, ch.h, name))
                        l->chunks[l->chunk_count++] = ch;
                    else
                        free(ch.gids);
                }
            }
            lua_pop(L, 1);
        }
    } else {
        lua_Integer w = lt_int(L, idx, "width", 0), h = lt_int(L, idx, "height", 0);
        bool fits = w >= 1 && h >= 1 && w <= TLD_MAX_SIDE && h <= TLD_MAX_SIDE;
        l->width = fits ? (int)w : 0;
        l->height = fits ? (int)h : 0;
        size_t count = (size_t)l->width * (size_t)l->height;
        if (!fits || count > TLD_MAX_TILES) {
            /* As large as the map: the converter says so, naming the map. */
            if (w != c->map->width || h != c->map->height)
                scr_problem(c->r, 0,
                            "tile layer '%s' is %lldx%lld tiles; each side must be 1 to %d", name,
                            (long long)w, (long long)h, TLD_MAX_SIDE);
        } else if ((l->gids = calloc(count, sizeof *l->gids)) &&
                   !lt_cells(c, idx, encoding, compression, l->gids, l->width, l->height, name)) {
            free(l->gids);
            l->gids = NULL;
        }
    }
    lua_pop(L, 1);
    free(encoding);
    free(compression);
}

static void lt_object(lt_ctx *c, int idx, tld_object *o)
{
    lua_State *L = c->r->L;
    const char *where = "an object";
    o->id = lt_int_in(L, idx, "id", 0, 0x7fffffff, 0);
    o->name = scr_read_string(c->r, idx, "name", false, where);
    /* Tiled 1.9 exported the class as `class`, before and since as `type`. */
    o->type = scr_read_string(c->r, idx, "type", false, where);
    if (!o->type || !*o->type) {
        free(o->type);
        o->type = scr_read_string(c->r, idx, "class", false, where);
    }
    o->x = lt_num(L, idx, "x", 0);
    o->y = lt_num(L, idx, "y", 0);
    o->w = lt_num(L, idx, "width", 0);
    o->h = lt_num(L, idx, "height", 0);
    o->rotation = lt_num(L, idx, "rotation", 0);
    o->visible = lt_bool(L, idx, "visible", true);
    lua_Integer gid = lt_int(L, idx, "gid", 0);
    o->gid = gid > 0 && gid <= 0xffffffffLL ? (uint32_t)gid : 0;
    lt_props(c, idx, &o->props);
    char *shape = scr_read_string(c->r, idx, "shape", false, where);
    static const char *const shapes[] = {"rectangle", "point",    "ellipse",
                                         "polygon",   "polyline", "text"};
    for (int i = 0; shape && i < 6; i++)
        if (strcmp(shape, shapes[i]) == 0) o->shape = (tld_shape)i;
    free(shape);
    if (o->shape == TLD_SHAPE_TEXT && (o->text = calloc(1, sizeof *o->text))) {
        tld_text *t = o->text;
        t->text = scr_read_string(c->r, idx, "text", false, "a text object");
        t->font_family = scr_read_string(c->r, idx, "fontfamily", false, "a text object");
        t->pixel_size = lt_int_in(L, idx, "pixelsize", 1, 4096, 16);
        t->wrap = lt_bool(L, idx, "wrap", false);
        t->bold = lt_bool(L, idx, "bold", false);
        t->italic = lt_bool(L, idx, "italic", false);
        t->underline = lt_bool(L, idx, "underline", false);
        t->strikeout = lt_bool(L, idx, "strikeout", false);
        t->kerning = lt_bool(L, idx, "kerning", true);
        t->color[3] = 255;
        lt_color(L, idx, "color", t->color);
        char *h = scr_read_string(c->r, idx, "halign", false, "a text object");
        char *v = scr_read_string(c->r, idx, "valign", false, "a text object");
        t->halign = !h                          ? TLD_HALIGN_LEFT
                    : strcmp(h, "center") == 0  ? TLD_HALIGN_CENTER
                    : strcmp(h, "right") == 0   ? TLD_HALIGN_RIGHT
                    : strcmp(h, "justify") == 0 ? TLD_HALIGN_JUSTIFY
                                                : TLD_HALIGN_LEFT;
        t->valign = !v                         ? TLD_VALIGN_TOP
                    : strcmp(v, "center") == 0 ? TLD_VALIGN_CENTER
                    : strcmp(v, "bottom") == 0 ? TLD_VALIGN_BOTTOM
                                               : TLD_VALIGN_TOP;
        free(h);
        free(v);
    }
}

static void lt_layers(lt_ctx *c, int idx, tld_layer **out, int *count, int depth);

static void lt_layer(lt_ctx *c, int idx, tld_layer *l, int depth)
{
    lua_State *L = c->r->L;
    char *type = scr_read_string(c->r, idx, "type", false, "a layer");
    l->name = scr_read_string(c->r, idx, "name", false, "a layer");
    l->type = scr_read_string(c->r, idx, "class", false, "a layer");
    l->id = lt_int_in(L, idx, "id", 0, 0x7fffffff, 0);
    l->visible = lt_bool(L, idx, "visible", true);
    l->opacity = lt_num(L, idx, "opacity", 1);
    if (l->opacity < 0) l->opacity = 0;
    if (l->opacity > 1) l->opacity = 1;
    l->offset_x = lt_num(L, idx, "offsetx", 0);
    l->offset_y = lt_num(L, idx, "offsety", 0);
    l->parallax_x = lt_num(L, idx, "parallaxx", 1);
    l->parallax_y = lt_num(L, idx, "parallaxy", 1);
    memset(l->tint, 255, sizeof l->tint);
    lt_color(L, idx, "tintcolor", l->tint);
    lt_props(c, idx, &l->props);
    const char *shown = l->name ? l->name : "?";
    if (type && strcmp(type, "tilelayer") == 0) {
        l->kind = TLD_LAYER_TILE;
        lt_tile_layer(c, idx, l);
    } else if (type && strcmp(type, "objectgroup") == 0) {
        l->kind = TLD_LAYER_OBJECTS;
        if (scr_rawfield(L, idx, "objects") == LUA_TTABLE) {
            int list = lua_gettop(L);
            lua_Unsigned n = lua_rawlen(L, list);
            if (n + (lua_Unsigned)c->object_total > TLD_MAX_OBJECTS) {
                scr_problem(c->r, 0, "the map has more than %d objects", TLD_MAX_OBJECTS);
                n = 0;
            }
            c->object_total += (int)n;
            l->objects = calloc(n ? (size_t)n : 1, sizeof *l->objects);
            for (lua_Unsigned i = 1; l->objects && i <= n; i++) {
                if (lua_rawgeti(L, list, (lua_Integer)i) == LUA_TTABLE)
                    lt_object(c, lua_gettop(L), &l->objects[l->object_count++]);
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
    } else if (type && strcmp(type, "imagelayer") == 0) {
        l->kind = TLD_LAYER_IMAGE;
        l->image = scr_read_string(c->r, idx, "image", false, "an image layer");
        l->repeat_x = lt_bool(L, idx, "repeatx", false);
        l->repeat_y = lt_bool(L, idx, "repeaty", false);
        lt_trans(c, idx, &l->transparent, &l->has_transparent);
    } else if (type && strcmp(type, "group") == 0) {
        l->kind = TLD_LAYER_GROUP;
        if (depth >= TLD_MAX_DEPTH)
            scr_problem(c->r, 0, "group '%s': groups are nested more than %d deep", shown,
                        TLD_MAX_DEPTH);
        else
            lt_layers(c, idx, &l->children, &l->child_count, depth + 1);
    } else {
        l->kind = TLD_LAYER_GROUP; /* an empty group: nothing to draw */
        scr_problem(c->r, 0,
                    "layer '%s' has %s%s%s; Tiled writes tilelayer, objectgroup, imagelayer "
                    "or group",
                    shown, type ? "the unknown type '" : "no type", type ? type : "",
                    type ? "'" : "");
    }
    free(type);
}

static void lt_layers(lt_ctx *c, int idx, tld_layer **out, int *count, int depth)
{
    lua_State *L = c->r->L;
    if (scr_rawfield(L, idx, "layers") != LUA_TTABLE) {
        lua_pop(L, 1);
        return;
    }
    int list = lua_gettop(L);
    lua_Unsigned n = lua_rawlen(L, list);
    if (n + (lua_Unsigned)c->layer_total > TLD_MAX_LAYERS) {
        scr_problem(c->r, 0, "the map has more than %d layers", TLD_MAX_LAYERS);
        n = 0;
    }
    c->layer_total += (int)n;
    *out = calloc(n ? (size_t)n : 1, sizeof **out);
    for (lua_Unsigned i = 1; *out && i <= n; i++) {
        if (lua_rawgeti(L, list, (lua_Integer)i) == LUA_TTABLE)
            lt_layer(c, lua_gettop(L), &(*out)[(*count)++], depth);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void lt_map(lt_ctx *c, int idx)
{
    lua_State *L = c->r->L;
    tld_map *m = c->map;
    m->orientation = scr_read_string(c->r, idx, "orientation", true, "the map");
    /* Out of range is the converter's to say, with the numbers the file gives. */
    m->width = lt_int_in(L, idx, "width", -(1 << 30), 1 << 30, 0);
    m->height = lt_int_in(L, idx, "height", -(1 << 30), 1 << 30, 0);
    m->tile_w = lt_int_in(L, idx, "tilewidth", 0, 4096, 0);
    m->tile_h = lt_int_in(L, idx, "tileheight", 0, 4096, 0);
    m->has_background = lt_color(L, idx, "backgroundcolor", m->background);
    lt_props(c, idx, &m->props);
    if (scr_rawfield(L, idx, "tilesets") == LUA_TTABLE) {
        int list = lua_gettop(L);
        lua_Unsigned n = lua_rawlen(L, list);
        if (n > TLD_MAX_TILESETS) {
            scr_problem(c->r, 0, "the map has %llu tilesets; at most %d", (unsigned long long)n,
                        TLD_MAX_TILESETS);
            n = TLD_MAX_TILESETS;
        }
        m->tilesets = calloc(n ? (size_t)n : 1, sizeof *m->tilesets);
        for (lua_Unsigned i = 1; m->tilesets && i <= n; i++) {
            if (lua_rawgeti(L, list, (lua_Integer)i) == LUA_TTABLE)
                lt_tileset(c, lua_gettop(L), &m->tilesets[m->tileset_count++], (int)i - 1);
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    lt_layers(c, idx, &m->layers, &m->layer_count, 0);
}

/* --- into the level ------------------------------------------------------------------ */

static void lt_report(void *user, const char *file, int line, const char *message)
{
    scr_reader *r = user;
    const char *saved = r->path;
    r->path = file;
    scr_problem(r, line, "%s", message);
    r->path = saved;
}

/* The model into the level; bare: the map is the level (its object lines are the file's). */
static void lt_finish(scr_reader *r, tld_map *m, bool bare)
{
    tld_reporter rep = {lt_report, NULL, r};
    char shared[4096];
    snprintf(shared, sizeof shared, "%s/tools/tiled/tilesets", r->data_root ? r->data_root : ".");
    tld_load_external_tilesets(m, r->data_root ? shared : NULL, &rep);
    tld_level_options opt = {bare};
    tld_to_level(m, r->def, &opt, &rep);
}

/* A map's text, for the lines of its messages (Lua's own errors carry theirs). */
bool scr_is_tiled(lua_State *L, int idx)
{
    bool orientation = scr_rawfield(L, idx, "orientation") == LUA_TSTRING;
    lua_pop(L, 1);
    bool layers = scr_rawfield(L, idx, "layers") == LUA_TTABLE;
    lua_pop(L, 1);
    return orientation && layers;
}

void scr_read_tiled(scr_reader *r, int idx, const char *map_path)
{
    lua_State *L = r->L;
    idx = lua_absindex(L, idx);
    const char *saved_path = r->path;
    char *saved_source = r->source;
    bool bare = strcmp(map_path, r->def->path ? r->def->path : "") == 0;
    r->path = map_path;                            /* problems in the map name the map file */
    if (!bare) r->source = scr_read_file_text(map_path, 4u << 20, NULL, NULL); /* lines of the map, not of the level */
    tld_map m;
    memset(&m, 0, sizeof m);
    m.file = tld_strdup(map_path);
    m.format = tld_strdup("lua");
    lt_ctx c = {r, &m, 0, 0};
    if (m.file) {
        lt_map(&c, idx);
        lt_finish(r, &m, bare);
    }
    tld_map_free(&m);
    r->path = saved_path;
    if (!bare) {
        scr_reader_forget_lines(r); /* it indexed the map's text, about to be freed */
        free(r->source);
    }
    r->source = saved_source;
}

void scr_read_tmx(scr_reader *r, const char *path)
{
    tld_reporter rep = {lt_report, NULL, r};
    tld_map m;
    if (tld_read_tmx(path, &m, &rep))
        lt_finish(r, &m, strcmp(path, r->def->path ? r->def->path : "") == 0);
    tld_map_free(&m);
}

static bool lt_ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n > k && strcmp(s + n - k, suffix) == 0;
}

bool scr_is_tmx(const char *path)
{
    return lt_ends_with(path, ".tmx");
}

void scr_read_map_file(scr_reader *r, const char *name)
{
    lua_State *L = r->L;
    int line = scr_line_of(r, "map");
    if (!tld_safe_relative(name) || (!lt_ends_with(name, ".lua") && !lt_ends_with(name, ".tmx"))) {
        scr_problem(r, line,
                    "map '%s' must be a Tiled map (.tmx) or its Lua export (.lua), given by "
                    "a relative path inside the level's folder",
                    name);
        return;
    }
    size_t n = strlen(r->dir) + strlen(name) + 2;
    char *path = malloc(n);
    if (!path) return;
    snprintf(path, n, "%s/%s", r->dir, name);
    if (lt_ends_with(name, ".tmx")) {
        FILE *f = fopen(path, "rb");
        if (f) {
            fclose(f);
            scr_read_tmx(r, path);
        } else {
            scr_problem(r, line, "map '%s': cannot open the file", name);
        }
        free(path);
        return;
    }
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
        scr_problem(r, line,
                    "map '%s' is not a Tiled Lua export (it has no orientation and "
                    "layers)",
                    name);
    else
        scr_read_tiled(r, -1, path);
    lua_pop(L, 1);
    free(path);
}
