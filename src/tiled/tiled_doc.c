/* tiled_doc: the document model's memory, and the small readers both formats share
 * (colours, paths, a PNG's size). */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE /* realpath */
#endif
#include "tiled.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *tld_strdup(const char *s)
{
    if (!s) return NULL;
    size_t n = strlen(s) + 1;
    char *copy = malloc(n);
    if (copy) memcpy(copy, s, n);
    return copy;
}

void tld_props_free(tld_props *props)
{
    for (int i = 0; i < props->count; i++) {
        free(props->items[i].name);
        free(props->items[i].string);
    }
    free(props->items);
    props->items = NULL;
    props->count = 0;
}

tld_prop *tld_props_add(tld_props *props, const char *name, tld_prop_kind kind, const char *string)
{
    if (props->count >= TLD_MAX_PROPS) return NULL;
    tld_prop *grown = realloc(props->items, sizeof *grown * (size_t)(props->count + 1));
    if (!grown) return NULL;
    props->items = grown;
    tld_prop *p = &grown[props->count];
    memset(p, 0, sizeof *p);
    p->name = tld_strdup(name);
    p->kind = kind;
    p->string = tld_strdup(string);
    if (!p->name || (string && !p->string)) {
        free(p->name);
        free(p->string);
        return NULL;
    }
    props->count++;
    return p;
}

const tld_prop *tld_props_find(const tld_props *props, const char *name)
{
    for (int i = 0; i < props->count; i++)
        if (strcmp(props->items[i].name, name) == 0) return &props->items[i];
    return NULL;
}

static int tld_hex(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool tld_parse_color(const char *text, uint8_t rgba[4])
{
    if (!text) return false;
    if (*text == '#') text++;
    size_t n = strlen(text);
    if (n != 6 && n != 8) return false;
    uint8_t b[4];
    for (size_t i = 0; i < n / 2; i++) {
        int hi = tld_hex(text[2 * i]), lo = tld_hex(text[2 * i + 1]);
        if (hi < 0 || lo < 0) return false;
        b[i] = (uint8_t)(hi * 16 + lo);
    }
    if (n == 6) {
        rgba[0] = b[0], rgba[1] = b[1], rgba[2] = b[2], rgba[3] = 255;
    } else { /* Tiled writes alpha first: #aarrggbb */
        rgba[0] = b[1], rgba[1] = b[2], rgba[2] = b[3], rgba[3] = b[0];
    }
    return true;
}

bool tld_safe_relative(const char *name)
{
    if (!name || !name[0] || name[0] == '/' || strchr(name, '\\') || strchr(name, ':'))
        return false;
    for (const char *p = name; *p;) {
        const char *slash = strchr(p, '/');
        size_t len = slash ? (size_t)(slash - p) : strlen(p);
        if (len == 2 && p[0] == '.' && p[1] == '.') return false;
        if (!slash) break;
        p = slash + 1;
    }
    return true;
}

char *tld_join_relative(const char *file, const char *name)
{
    const char *slash = strrchr(file, '/');
    size_t dir = slash ? (size_t)(slash - file) : 1;
    size_t n = dir + strlen(name) + 2;
    char *path = malloc(n);
    if (!path) return NULL;
    if (slash)
        snprintf(path, n, "%.*s/%s", (int)dir, file, name);
    else
        snprintf(path, n, "./%s", name);
    return path;
}

bool tld_png_size(const char *path, int *w, int *h)
{
    static const uint8_t sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    uint8_t head[24];
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    size_t got = fread(head, 1, sizeof head, f);
    fclose(f);
    if (got != sizeof head || memcmp(head, sig, 8) != 0 || memcmp(head + 12, "IHDR", 4) != 0)
        return false;
    uint32_t pw =
        (uint32_t)head[16] << 24 | (uint32_t)head[17] << 16 | (uint32_t)head[18] << 8 | head[19];
    uint32_t ph =
        (uint32_t)head[20] << 24 | (uint32_t)head[21] << 16 | (uint32_t)head[22] << 8 | head[23];
    if (pw == 0 || ph == 0 || pw > 65536 || ph > 65536) return false;
    *w = (int)pw;
    *h = (int)ph;
    return true;
}

void tld_tileset_free(tld_tileset *ts)
{
    free(ts->source);
    free(ts->file);
    free(ts->name);
    free(ts->image);
    free(ts->alignment);
    free(ts->grid_orientation);
    for (int i = 0; i < ts->tile_count; i++) {
        free(ts->tiles[i].type);
        tld_props_free(&ts->tiles[i].props);
        free(ts->tiles[i].frames);
        free(ts->tiles[i].image);
    }
    free(ts->tiles);
    tld_props_free(&ts->props);
    memset(ts, 0, sizeof *ts);
}

static void tld_object_free(tld_object *o)
{
    free(o->name);
    free(o->type);
    free(o->template_file);
    tld_props_free(&o->props);
    if (o->text) {
        free(o->text->text);
        free(o->text->font_family);
        free(o->text);
    }
}

void tld_layer_free(tld_layer *layer)
{
    free(layer->name);
    free(layer->type);
    tld_props_free(&layer->props);
    free(layer->gids);
    for (int i = 0; i < layer->chunk_count; i++)
        free(layer->chunks[i].gids);
    free(layer->chunks);
    for (int i = 0; i < layer->object_count; i++)
        tld_object_free(&layer->objects[i]);
    free(layer->objects);
    free(layer->image);
    for (int i = 0; i < layer->child_count; i++)
        tld_layer_free(&layer->children[i]);
    free(layer->children);
    memset(layer, 0, sizeof *layer);
}

void tld_map_free(tld_map *map)
{
    free(map->file);
    free(map->orientation);
    free(map->format);
    tld_props_free(&map->props);
    for (int i = 0; i < map->tileset_count; i++)
        tld_tileset_free(&map->tilesets[i]);
    free(map->tilesets);
    for (int i = 0; i < map->layer_count; i++)
        tld_layer_free(&map->layers[i]);
    free(map->layers);
    memset(map, 0, sizeof *map);
}

/* --- files ------------------------------------------------------------------------- */

/* The whole file, capped; NULL with a problem reported when it cannot be read. */
static char *tx_read_file(const char *path, size_t *len, const tld_reporter *rep)
{
    FILE *f = fopen(path, "rb");
    char *text = NULL;
    if (f) {
        text = malloc(TLD_MAX_FILE + 1);
        *len = text ? fread(text, 1, TLD_MAX_FILE + 1, f) : 0;
        fclose(f);
    }
    if (!text) {
        if (rep && rep->problem) rep->problem(rep->user, path, 0, "cannot read the file");
        return NULL;
    }
    return text;
}

bool tld_read_tmx(const char *path, tld_map *map, const tld_reporter *rep)
{
    size_t len = 0;
    char *text = tx_read_file(path, &len, rep);
    if (!text) {
        memset(map, 0, sizeof *map);
        return false;
    }
    bool ok = tld_parse_tmx(path, text, len, map, rep);
    free(text);
    return ok;
}

bool tld_read_tsx(const char *path, tld_tileset *ts, const tld_reporter *rep)
{
    size_t len = 0;
    char *text = tx_read_file(path, &len, rep);
    if (!text) {
        memset(ts, 0, sizeof *ts);
        return false;
    }
    bool ok = tld_parse_tsx(path, text, len, ts, rep);
    free(text);
    return ok;
}

bool tld_path_inside(const char *path, const char *dir)
{
    char *p = realpath(path, NULL), *d = dir ? realpath(dir, NULL) : NULL;
    size_t n = d ? strlen(d) : 0;
    bool inside = p && d && strncmp(p, d, n) == 0 && p[n] == '/';
    free(p);
    free(d);
    return inside;
}

int tld_load_external_tilesets(tld_map *map, const char *shared_dir, const tld_reporter *rep)
{
    int problems = 0;
    char msg[600];
    for (int i = 0; i < map->tileset_count; i++) {
        tld_tileset *ts = &map->tilesets[i];
        if (!ts->source) continue;
        size_t n = strlen(ts->source);
        const char *why = NULL;
        char *shared = NULL;
        if (!tld_safe_relative(ts->source)) {
            /* The game's own tilesets, wherever the game is: by "../" from the map. */
            shared = ts->source[0] != '/' && !strchr(ts->source, '\\')
                         ? tld_join_relative(map->file, ts->source)
                         : NULL;
            if (!shared || !tld_path_inside(shared, shared_dir)) {
                why = "must be a relative path inside the level's folder, or one of the game's "
                      "own tilesets (tools/tiled/tilesets)";
                free(shared);
                shared = NULL;
            }
        }
        free(shared);
        if (!why && (n < 5 || strcmp(ts->source + n - 4, ".tsx") != 0))
            why = "is not a .tsx file (Tiled's XML tileset): save the tileset as .tsx, or embed it "
                  "in the map";
        if (why) {
            snprintf(msg, sizeof msg, "external tileset '%s' %s", ts->source, why);
            if (rep && rep->problem) rep->problem(rep->user, map->file, ts->line, msg);
            problems++;
            continue;
        }
        char *path = tld_join_relative(map->file, ts->source);
        FILE *f = path ? fopen(path, "rb") : NULL;
        if (!f) {
            snprintf(msg, sizeof msg, "external tileset '%s' is missing next to the map",
                     ts->source);
            if (rep && rep->problem) rep->problem(rep->user, map->file, ts->line, msg);
            problems++;
            free(path);
            continue;
        }
        fclose(f);
        tld_tileset loaded;
        if (!tld_read_tsx(path, &loaded, rep)) { /* its own problems name the .tsx */
            problems++;
            tld_tileset_free(&loaded);
            free(path);
            continue;
        }
        loaded.firstgid = ts->firstgid;
        loaded.source = ts->source;
        ts->source = NULL;
        free(loaded.file);
        loaded.file = path;
        tld_tileset_free(ts);
        *ts = loaded;
    }
    return problems;
}
