/* tiled_level: a Tiled document into a level's map and objects. Both formats end
 * here, so a map saved as .tmx and exported to Lua gives the same level, and every
 * refusal is worded once.
 *
 * Scale: the world's grid is LVL_TILE (16) pixels. A map with other tiles keeps its
 * width and height in tiles and every tile is drawn scaled to 16x16; pixel positions
 * and sizes from the map (objects, offsets, text) are multiplied by 16 / the map's
 * tile size. Tilesets whose tiles differ from the map's grid (64 px walls on a 31 px
 * grid) are drawn at the same ratio, anchored at the cell's bottom-left as Tiled does. */
#include "tiled.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const tld_map *m;
    lvl_def *def;
    lvl_map *out;
    const tld_level_options *opt;
    const tld_reporter *rep;
    int problems;
    double sx, sy;          /* world pixels per map pixel */
    int origin_x, origin_y; /* map tiles at the world's 0,0 (infinite maps) */
    bool tilesets_ok;
} tl_ctx;

/* What a layer inherits from the groups it sits in. */
typedef struct {
    bool visible;
    double opacity;
    double tint[4];
    double offset_x, offset_y; /* map pixels */
    double parallax_x, parallax_y;
} tl_inherit;

static void tl_problem(tl_ctx *c, const char *file, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static void tl_problem(tl_ctx *c, const char *file, int line, const char *fmt, ...)
{
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    c->problems++;
    if (c->rep && c->rep->problem)
        c->rep->problem(c->rep->user, file ? file : c->m->file, line, msg);
}

static void tl_note(tl_ctx *c, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void tl_note(tl_ctx *c, int line, const char *fmt, ...)
{
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (c->rep && c->rep->note) c->rep->note(c->rep->user, c->m->file, line, msg);
    lvl_note *grown = realloc(c->out->notes, sizeof *grown * (size_t)(c->out->note_count + 1));
    if (!grown) return;
    c->out->notes = grown;
    lvl_note *n = &grown[c->out->note_count++];
    n->file = tld_strdup(c->m->file);
    n->line = line;
    n->message = tld_strdup(msg);
}

static void tl_add_file(tl_ctx *c, const char *path)
{
    lvl_map *o = c->out;
    for (int i = 0; i < o->file_count; i++)
        if (strcmp(o->files[i], path) == 0) return;
    char **grown = realloc(o->files, sizeof *grown * (size_t)(o->file_count + 1));
    if (!grown) return;
    o->files = grown;
    if ((grown[o->file_count] = tld_strdup(path))) o->file_count++;
}

static const char *tl_name(const char *s)
{
    return s && *s ? s : "(unnamed)";
}

/* --- tilesets ------------------------------------------------------------------------ */

static const tld_tile_data *tl_tile_data(const tld_tileset *ts, int id)
{
    for (int i = 0; i < ts->tile_count; i++)
        if (ts->tiles[i].id == id) return &ts->tiles[i];
    return NULL;
}

static bool tl_prop_true(const tld_props *props, const char *name)
{
    const tld_prop *p = tld_props_find(props, name);
    return p && ((p->kind == TLD_PROP_BOOL && p->boolean) ||
                 (p->kind == TLD_PROP_STRING && p->string && strcmp(p->string, "true") == 0));
}

static void tl_tileset(tl_ctx *c, const tld_tileset *ts, lvl_tileset *set, int index)
{
    const char *file = ts->file ? ts->file : c->m->file;
    const char *name = tl_name(ts->name);
    bool ok = true;
    for (int i = 0; i < ts->tile_count && ok; i++) {
        if (ts->tiles[i].image) {
            tl_problem(c, file, ts->tiles[i].line ? ts->tiles[i].line : ts->line,
                       "tileset '%s' is an image collection (an image per tile); SkillQuest needs "
                       "one image holding every tile",
                       name);
            ok = false;
        }
    }
    if (ok && ts->grid_orientation && strcmp(ts->grid_orientation, "orthogonal") != 0) {
        tl_problem(c, file, ts->line,
                   "tileset '%s' has an %s grid; SkillQuest reads orthogonal "
                   "tilesets only",
                   name, ts->grid_orientation);
        ok = false;
    }
    if (ok && ts->source && !ts->image && !ts->tile_w) {
        ok = false; /* its .tsx could not be read: said already */
    } else if (ok && !ts->image) {
        tl_problem(c, file, ts->line,
                   "tileset '%s' has no image: SkillQuest needs one PNG holding "
                   "every tile",
                   name);
        ok = false;
    }
    if (ok && !tld_safe_relative(ts->image)) {
        tl_problem(c, file, ts->line,
                   "tileset image '%s' must be a relative path inside the "
                   "level's folder",
                   ts->image);
        ok = false;
    }
    if (ok && (ts->tile_w < 1 || ts->tile_h < 1)) {
        tl_problem(c, file, ts->line, "tileset '%s' has no tile size", name);
        ok = false;
    }
    if (ts->firstgid < 1) {
        tl_problem(c, c->m->file, ts->line, "tileset %d ('%s') has no firstgid", index + 1, name);
        ok = false;
    }
    if (!ok) {
        c->tilesets_ok = false;
        return;
    }
    set->image = tld_join_relative(file, ts->image);
    if (!set->image) return;
    int iw = ts->image_w, ih = ts->image_h;
    if (!tld_png_size(set->image, &iw, &ih)) {
        FILE *f = fopen(set->image, "rb");
        tl_problem(c, file, ts->line, "tileset image '%s' %s", ts->image,
                   f            ? "is not a PNG"
                   : ts->source ? "is missing next to the tileset"
                                : "is missing next to the map");
        if (f) fclose(f);
        c->tilesets_ok = false;
    }
    if (ts->source) tl_add_file(c, file);
    tl_add_file(c, set->image);
    int columns = ts->columns, count = ts->tilecount;
    int step_x = ts->tile_w + ts->spacing, step_y = ts->tile_h + ts->spacing;
    int fit_x = iw > 0 ? (iw - 2 * ts->margin + ts->spacing) / step_x : 0;
    int fit_y = ih > 0 ? (ih - 2 * ts->margin + ts->spacing) / step_y : 0;
    if (columns < 1) columns = fit_x;
    if (count < 1) count = columns * (fit_y > 0 ? fit_y : 0);
    if (columns < 1 || count < 1 || count > 65536) {
        tl_problem(c, file, ts->line, "tileset '%s' has no tiles that fit its image", name);
        c->tilesets_ok = false;
        count = columns = 0;
    }
    set->firstgid = ts->firstgid;
    set->count = count;
    set->columns = columns;
    set->tile_w = ts->tile_w;
    set->tile_h = ts->tile_h;
    set->margin = ts->margin;
    set->spacing = ts->spacing;
    set->transparent = ts->transparent;
    set->has_transparent = ts->has_transparent;
    set->draw_w = (int)lround(ts->tile_w * c->sx);
    set->draw_h = (int)lround(ts->tile_h * c->sy);
    if (set->draw_w < 1) set->draw_w = 1;
    if (set->draw_h < 1) set->draw_h = 1;
    set->draw_dx = (int)lround(ts->offset_x * c->sx);
    set->draw_dy = LVL_TILE - set->draw_h + (int)lround(ts->offset_y * c->sy);
    set->solid = calloc(count ? (size_t)count : 1, 1);
    for (int i = 0; set->solid && i < ts->tile_count; i++) {
        const tld_tile_data *t = &ts->tiles[i];
        if (t->id >= 0 && t->id < count && tl_prop_true(&t->props, "solid")) set->solid[t->id] = 1;
        if (t->frame_count < 1 || t->id < 0 || t->id >= count) continue;
        lvl_tile_anim *grown = realloc(set->anims, sizeof *grown * (size_t)(set->anim_count + 1));
        if (!grown) continue;
        set->anims = grown;
        lvl_tile_anim *a = &grown[set->anim_count];
        a->tile = t->id;
        a->frames = calloc((size_t)t->frame_count, sizeof *a->frames);
        a->frame_count = 0;
        if (!a->frames) continue;
        set->anim_count++;
        for (int f = 0; f < t->frame_count; f++) {
            if (t->frames[f].tile < 0 || t->frames[f].tile >= count) {
                tl_problem(c, file, t->line,
                           "tile %d's animation shows tile %d, which tileset "
                           "'%s' does not have",
                           t->id, t->frames[f].tile, name);
                continue;
            }
            a->frames[a->frame_count++] = (lvl_frame){
                t->frames[f].tile, t->frames[f].duration_ms > 0 ? t->frames[f].duration_ms : 1};
        }
    }
}

/* The tileset a gid belongs to: the one with the largest firstgid not above it. */
static int tl_tileset_of(const lvl_map *o, uint32_t raw)
{
    uint32_t gid = raw & LVL_GID_MASK;
    int best = -1;
    for (int i = 0; gid && i < o->tileset_count; i++)
        if (o->tilesets[i].count > 0 && gid >= o->tilesets[i].firstgid &&
            (best < 0 || o->tilesets[i].firstgid > o->tilesets[best].firstgid))
            best = i;
    if (best >= 0 && gid - o->tilesets[best].firstgid >= (uint32_t)o->tilesets[best].count)
        best = -1;
    return best;
}

/* --- layers --------------------------------------------------------------------------- */

/* Calls fn for every non-empty cell of a tile layer, in map tiles. */
typedef void (*tl_cell_fn)(tl_ctx *c, void *user, int x, int y, uint32_t raw);

static void tl_each_cell(tl_ctx *c, const tld_layer *l, tl_cell_fn fn, void *user)
{
    if (l->gids) {
        for (int y = 0; y < l->height; y++)
            for (int x = 0; x < l->width; x++) {
                uint32_t raw = l->gids[(size_t)y * (size_t)l->width + (size_t)x];
                if (raw & LVL_GID_MASK) fn(c, user, l->x + x, l->y + y, raw);
            }
    }
    for (int k = 0; k < l->chunk_count; k++) {
        const tld_chunk *ch = &l->chunks[k];
        for (int y = 0; ch->gids && y < ch->h; y++)
            for (int x = 0; x < ch->w; x++) {
                uint32_t raw = ch->gids[(size_t)y * (size_t)ch->w + (size_t)x];
                if (raw & LVL_GID_MASK) fn(c, user, ch->x + x, ch->y + y, raw);
            }
    }
}

/* Map pixels beyond any map a level can hold: a hostile offset stops here, so no
 * sum of offsets and tiles below can overflow an int. */
#define TL_MAX_OFFSET 1e7

static double tl_clamp(double v, double limit)
{
    return v < -limit ? -limit : v > limit ? limit : v;
}

static tl_inherit tl_combine(const tl_inherit *p, const tld_layer *l)
{
    tl_inherit e = *p;
    e.visible = p->visible && l->visible;
    e.opacity = p->opacity * l->opacity;
    for (int i = 0; i < 4; i++)
        e.tint[i] = p->tint[i] * l->tint[i] / 255.0;
    e.offset_x = tl_clamp(e.offset_x + l->offset_x, TL_MAX_OFFSET);
    e.offset_y = tl_clamp(e.offset_y + l->offset_y, TL_MAX_OFFSET);
    e.parallax_x *= l->parallax_x;
    e.parallax_y *= l->parallax_y;
    return e;
}

/* Whole tiles of a layer's offset move its cells (so collision moves with them);
 * what is left, under half a tile, is only drawn. */
static int tl_whole_tiles(double offset, int tile)
{
    return (int)lround(offset / tile);
}

typedef struct {
    int min_x, min_y, max_x, max_y;
    bool any;
    int shift_x, shift_y;
} tl_bounds;

static void tl_bound_cell(tl_ctx *c, void *user, int x, int y, uint32_t raw)
{
    (void)c, (void)raw;
    tl_bounds *b = user;
    x += b->shift_x;
    y += b->shift_y;
    if (!b->any || x < b->min_x) b->min_x = x;
    if (!b->any || y < b->min_y) b->min_y = y;
    if (!b->any || x > b->max_x) b->max_x = x;
    if (!b->any || y > b->max_y) b->max_y = y;
    b->any = true;
}

/* An infinite map's world is the box around everything placed in it. */
static void tl_bounds_of(tl_ctx *c, const tld_layer *layers, int count, const tl_inherit *parent,
                         tl_bounds *b)
{
    for (int i = 0; i < count; i++) {
        const tld_layer *l = &layers[i];
        tl_inherit e = tl_combine(parent, l);
        if (l->kind == TLD_LAYER_GROUP) {
            tl_bounds_of(c, l->children, l->child_count, &e, b);
        } else if (l->kind == TLD_LAYER_TILE) {
            b->shift_x = tl_whole_tiles(e.offset_x, c->m->tile_w);
            b->shift_y = tl_whole_tiles(e.offset_y, c->m->tile_h);
            tl_each_cell(c, l, tl_bound_cell, b);
        } else if (l->kind == TLD_LAYER_OBJECTS) {
            b->shift_x = b->shift_y = 0;
            for (int k = 0; k < l->object_count; k++) {
                const tld_object *o = &l->objects[k];
                if (!o->type || !*o->type) continue;
                tl_bound_cell(c, b, (int)floor((o->x + e.offset_x) / c->m->tile_w),
                              (int)floor((o->y + e.offset_y) / c->m->tile_h), 1);
            }
        }
    }
}

typedef struct {
    const tld_layer *layer;
    uint32_t *cells; /* NULL: collision only (a hidden layer) */
    bool layer_solid;
    int shift_x, shift_y;
    int unknown, outside, things;
    uint32_t first_unknown;
    const char *thing; /* the class of the first tile with one */
} tl_fill;

static void tl_fill_cell(tl_ctx *c, void *user, int x, int y, uint32_t raw)
{
    tl_fill *f = user;
    lvl_map *o = c->out;
    x += f->shift_x - c->origin_x;
    y += f->shift_y - c->origin_y;
    if (x < 0 || y < 0 || x >= o->width || y >= o->height) {
        f->outside++;
        return;
    }
    int t = tl_tileset_of(o, raw);
    if (t < 0) {
        if (!f->unknown++) f->first_unknown = raw & LVL_GID_MASK;
        return;
    }
    size_t i = (size_t)y * (size_t)o->width + (size_t)x;
    uint32_t local = (raw & LVL_GID_MASK) - o->tilesets[t].firstgid;
    if (f->layer_solid || (o->tilesets[t].solid && o->tilesets[t].solid[local])) o->solid[i] = 1;
    if (f->cells) f->cells[i] = raw;
    const tld_tile_data *td =
        c->m->tilesets[t].tile_count ? tl_tile_data(&c->m->tilesets[t], (int)local) : NULL;
    if (td && td->type && *td->type && !f->things++) f->thing = td->type;
}

static void tl_tile_layer(tl_ctx *c, const tld_layer *l, const tl_inherit *e)
{
    lvl_map *o = c->out;
    const char *name = tl_name(l->name);
    tl_fill f = {l, NULL, tl_prop_true(&l->props, "solid"), 0, 0, 0, 0, 0, 0, NULL};
    f.shift_x = tl_whole_tiles(e->offset_x, c->m->tile_w);
    f.shift_y = tl_whole_tiles(e->offset_y, c->m->tile_h);
    if (e->visible) {
        if (o->layer_count == LVL_MAX_LAYERS) {
            tl_problem(c, NULL, l->line,
                       "tile layer '%s': at most %d visible tile layers are drawn; "
                       "merge some (hidden layers do not count)",
                       name, LVL_MAX_LAYERS);
            return;
        }
        f.cells = calloc((size_t)o->width * (size_t)o->height, sizeof *f.cells);
        if (!f.cells) return;
        int i = o->layer_count++;
        o->layers[i] = f.cells;
        lvl_layer_look *look = &o->looks[i];
        look->name = tld_strdup(l->name);
        look->opacity = (float)e->opacity;
        for (int k = 0; k < 4; k++)
            look->tint[k] = (uint8_t)lround(e->tint[k]);
        look->offset_x = (int)lround((e->offset_x - (double)f.shift_x * c->m->tile_w) * c->sx);
        look->offset_y = (int)lround((e->offset_y - (double)f.shift_y * c->m->tile_h) * c->sy);
        look->parallax_x = (float)e->parallax_x;
        look->parallax_y = (float)e->parallax_y;
    }
    tl_each_cell(c, l, tl_fill_cell, &f);
    /* One message per layer; none when a tileset was refused, since its tiles are
     * unknown for that reason alone. */
    if (f.unknown && c->tilesets_ok)
        tl_problem(c, NULL, l->line, "tile layer '%s' uses tile %u%s, which no tileset has", name,
                   f.first_unknown, f.unknown > 1 ? " (and others)" : "");
    if (f.things)
        tl_note(c, l->line,
                "tile layer '%s' has %d tile%s of a class ('%s' ...): on a tile layer "
                "they are only drawn; to make them things, place them as tile objects on "
                "an object layer (Insert Tile, T)",
                name, f.things, f.things > 1 ? "s" : "", f.thing);
    if (f.outside)
        tl_note(c, l->line,
                "tile layer '%s': %d tiles fall outside the map after its offset and "
                "are left out",
                name, f.outside);
}

static void tl_copy_props(tl_ctx *c, const tld_object *src, lvl_object *dst)
{
    for (int i = 0; i < src->props.count; i++) {
        const tld_prop *p = &src->props.items[i];
        if (p->kind == TLD_PROP_CLASS) {
            tl_note(c, src->line,
                    "object %d's property '%s' is a class value; SkillQuest reads "
                    "plain values (string, number, bool): ignored",
                    src->id, p->name);
            continue;
        }
        lvl_prop *grown = realloc(dst->props, sizeof *grown * (size_t)(dst->prop_count + 1));
        if (!grown) return;
        dst->props = grown;
        lvl_prop *q = &grown[dst->prop_count++];
        memset(q, 0, sizeof *q);
        q->key = tld_strdup(p->name);
        q->kind = p->kind == TLD_PROP_NUMBER ? LVL_VALUE_NUMBER
                  : p->kind == TLD_PROP_BOOL ? LVL_VALUE_BOOL
                                             : LVL_VALUE_STRING;
        q->string = q->kind == LVL_VALUE_STRING ? tld_strdup(p->string ? p->string : "") : NULL;
        q->number = p->number;
        q->boolean = p->boolean;
    }
    /* Sorted by key: a Lua table has no order, the TMX has the file's. */
    for (int i = 1; i < dst->prop_count; i++)
        for (int k = i; k > 0 && strcmp(dst->props[k - 1].key, dst->props[k].key) > 0; k--) {
            lvl_prop t = dst->props[k];
            dst->props[k] = dst->props[k - 1];
            dst->props[k - 1] = t;
        }
}

static int tl_px(double v)
{
    return v > -1e6 && v < 1e6 ? (int)floor(v + 1e-6) : -1;
}

static void tl_add_object(tl_ctx *c, const tld_object *src, const char *type, double x, double y)
{
    lvl_def *def = c->def;
    lvl_object *grown = realloc(def->objects, sizeof *grown * (size_t)(def->object_count + 1));
    if (!grown) return;
    def->objects = grown;
    lvl_object *o = &grown[def->object_count++];
    memset(o, 0, sizeof *o);
    o->type = tld_strdup(type);
    o->name = src->name && *src->name ? tld_strdup(src->name) : NULL;
    o->x = tl_px(x);
    o->y = tl_px(y);
    if (o->x < 0 || o->y < 0) o->x = o->y = -1;
    o->w = (int)lround(tl_clamp(src->w * c->sx, TL_MAX_OFFSET));
    o->h = (int)lround(tl_clamp(src->h * c->sy, TL_MAX_OFFSET));
    o->line = c->opt && c->opt->object_lines ? src->line : 0;
    tl_copy_props(c, src, o);
}

static void tl_add_text(tl_ctx *c, const tld_object *src, double x, double y, const tl_inherit *e)
{
    lvl_map *o = c->out;
    lvl_text *grown = realloc(o->texts, sizeof *grown * (size_t)(o->text_count + 1));
    if (!grown) return;
    o->texts = grown;
    lvl_text *t = &grown[o->text_count++];
    const tld_text *s = src->text;
    memset(t, 0, sizeof *t);
    t->text = tld_strdup(s->text ? s->text : "");
    t->name = src->name && *src->name ? tld_strdup(src->name) : NULL;
    t->font_family = tld_strdup(s->font_family);
    t->pixel_size = s->pixel_size;
    t->size = (int)lround(s->pixel_size * c->sy);
    if (t->size < 1) t->size = 1;
    t->x = (int)lround(tl_clamp(x, TL_MAX_OFFSET));
    t->y = (int)lround(tl_clamp(y, TL_MAX_OFFSET));
    t->w = (int)lround(tl_clamp(src->w * c->sx, TL_MAX_OFFSET));
    t->h = (int)lround(tl_clamp(src->h * c->sy, TL_MAX_OFFSET));
    t->rotation = (float)src->rotation;
    for (int k = 0; k < 3; k++)
        t->color[k] = (uint8_t)lround(s->color[k] * e->tint[k] / 255.0);
    t->color[3] = (uint8_t)lround(s->color[3] * e->opacity * e->tint[3] / 255.0);
    t->halign = (lvl_halign)s->halign;
    t->valign = (lvl_valign)s->valign;
    t->wrap = s->wrap, t->bold = s->bold, t->italic = s->italic;
    t->underline = s->underline, t->strikeout = s->strikeout, t->kerning = s->kerning;
    t->above = o->layer_count;
    t->line = src->line;
}

static lvl_picture *tl_add_picture(tl_ctx *c, const tl_inherit *e)
{
    lvl_map *o = c->out;
    lvl_picture *grown = realloc(o->pictures, sizeof *grown * (size_t)(o->picture_count + 1));
    if (!grown) return NULL;
    o->pictures = grown;
    lvl_picture *p = &grown[o->picture_count++];
    memset(p, 0, sizeof *p);
    p->opacity = (float)e->opacity;
    for (int k = 0; k < 4; k++)
        p->tint[k] = (uint8_t)lround(e->tint[k]);
    p->parallax_x = (float)e->parallax_x;
    p->parallax_y = (float)e->parallax_y;
    p->above = o->layer_count;
    return p;
}

/* Where a tile object's top-left is: Tiled anchors it by the tileset's alignment,
 * at the bottom-left unless said otherwise. */
static void tl_tile_anchor(const tld_tileset *ts, double *ax, double *ay)
{
    const char *a = ts && ts->alignment ? ts->alignment : "unspecified";
    *ax = strstr(a, "left") ? 0 : strstr(a, "right") ? 1 : strcmp(a, "unspecified") == 0 ? 0 : 0.5;
    *ay = strncmp(a, "top", 3) == 0       ? 0
          : strncmp(a, "bottom", 6) == 0  ? 1
          : strcmp(a, "unspecified") == 0 ? 1
                                          : 0.5;
}

static void tl_object_layer(tl_ctx *c, const tld_layer *l, const tl_inherit *e)
{
    for (int k = 0; k < l->object_count; k++) {
        const tld_object *src = &l->objects[k];
        if (src->template_file) {
            tl_problem(c, NULL, src->line,
                       "object %d uses the template '%s'; SkillQuest does not "
                       "read templates: detach it in Tiled (right-click it, "
                       "Detach Template)",
                       src->id, src->template_file);
            continue;
        }
        const char *type = src->type && *src->type ? src->type : NULL;
        double mx = src->x + e->offset_x, my = src->y + e->offset_y;
        int t = src->gid ? tl_tileset_of(c->out, src->gid) : -1;
        if (src->gid) {
            const tld_tileset *ts = t >= 0 ? &c->m->tilesets[t] : NULL;
            const tld_tile_data *td =
                ts ? tl_tile_data(ts, (int)((src->gid & LVL_GID_MASK) - ts->firstgid)) : NULL;
            if (!type && td && td->type && *td->type) type = td->type; /* inherited from the tile */
            double ax, ay;
            tl_tile_anchor(ts, &ax, &ay);
            mx -= ax * src->w;
            my -= ay * src->h;
        }
        double wx = (mx - (double)c->origin_x * c->m->tile_w) * c->sx;
        double wy = (my - (double)c->origin_y * c->m->tile_h) * c->sy;
        /* A thing placed as a tile object stands on the cell of its bottom-left corner, as
         * it looks in Tiled: a tall one (a portal) grows up from there. */
        if (type) tl_add_object(c, src, type, wx, src->gid ? wy + src->h * c->sy - LVL_TILE : wy);
        bool shown = e->visible && src->visible;
        if (src->shape == TLD_SHAPE_TEXT && src->text) {
            if (shown) tl_add_text(c, src, wx, wy, e);
        } else if (src->gid && !type) {
            if (t < 0) {
                if (c->tilesets_ok)
                    tl_problem(c, NULL, src->line, "object %d shows tile %u, which no tileset has",
                               src->id, src->gid & LVL_GID_MASK);
                continue;
            }
            lvl_picture *p = shown ? tl_add_picture(c, e) : NULL;
            if (!p) continue;
            p->gid = src->gid;
            p->name = src->name && *src->name ? tld_strdup(src->name) : NULL;
            p->x = (int)lround(tl_clamp(wx, TL_MAX_OFFSET));
            p->y = (int)lround(tl_clamp(wy, TL_MAX_OFFSET));
            p->w = (int)lround(tl_clamp(src->w * c->sx, TL_MAX_OFFSET));
            p->h = (int)lround(tl_clamp(src->h * c->sy, TL_MAX_OFFSET));
            if (src->rotation != 0)
                tl_note(c, src->line, "tile object %d is rotated; it is drawn unrotated", src->id);
        } else if (!type) {
            tl_note(c, src->line,
                    "object %d%s%s%s has no class, so the game ignores it (give it a "
                    "Class such as npc, sign or exit to make it a thing in the level)",
                    src->id, src->name && *src->name ? " '" : "", src->name ? src->name : "",
                    src->name && *src->name ? "'" : "");
        }
    }
}

static void tl_image_layer(tl_ctx *c, const tld_layer *l, const tl_inherit *e)
{
    if (!l->image || !*l->image) {
        tl_note(c, l->line, "image layer '%s' has no image", tl_name(l->name));
        return;
    }
    if (!tld_safe_relative(l->image)) {
        tl_problem(c, NULL, l->line,
                   "image layer '%s': '%s' must be a relative path inside the "
                   "level's folder",
                   tl_name(l->name), l->image);
        return;
    }
    char *path = tld_join_relative(c->m->file, l->image);
    int w, h;
    if (path && !tld_png_size(path, &w, &h)) {
        FILE *f = fopen(path, "rb");
        tl_problem(c, NULL, l->line, "image layer '%s': '%s' %s", tl_name(l->name), l->image,
                   f ? "is not a PNG" : "is missing next to the map");
        if (f) fclose(f);
        free(path);
        return;
    }
    if (!path || !e->visible) {
        free(path);
        return;
    }
    tl_add_file(c, path);
    lvl_picture *p = tl_add_picture(c, e);
    if (!p) {
        free(path);
        return;
    }
    p->image = path;
    p->name = tld_strdup(l->name);
    double x = (e->offset_x - (double)c->origin_x * c->m->tile_w) * c->sx;
    double y = (e->offset_y - (double)c->origin_y * c->m->tile_h) * c->sy;
    p->x = (int)lround(tl_clamp(x, TL_MAX_OFFSET));
    p->y = (int)lround(tl_clamp(y, TL_MAX_OFFSET));
    p->scale = (float)c->sx;
    p->repeat_x = l->repeat_x;
    p->repeat_y = l->repeat_y;
    p->transparent = l->transparent;
    p->has_transparent = l->has_transparent;
}

static void tl_layers(tl_ctx *c, const tld_layer *layers, int count, const tl_inherit *parent)
{
    for (int i = 0; i < count; i++) {
        const tld_layer *l = &layers[i];
        tl_inherit e = tl_combine(parent, l);
        switch (l->kind) {
        case TLD_LAYER_GROUP:
            tl_layers(c, l->children, l->child_count, &e);
            break;
        case TLD_LAYER_TILE:
            tl_tile_layer(c, l, &e);
            break;
        case TLD_LAYER_OBJECTS:
            tl_object_layer(c, l, &e);
            break;
        case TLD_LAYER_IMAGE:
            tl_image_layer(c, l, &e);
            break;
        }
    }
}

int tld_to_level(const tld_map *m, lvl_def *def, const tld_level_options *opt,
                 const tld_reporter *rep)
{
    tl_ctx c = {m, def, &def->map, opt, rep, 0, 1, 1, 0, 0, true};
    lvl_map *o = &def->map;
    if (m->orientation && strcmp(m->orientation, "orthogonal") != 0) {
        tl_problem(&c, NULL, m->line,
                   "this map is %s; SkillQuest reads orthogonal maps only (Tiled: "
                   "Map > Map Properties > Orientation)",
                   m->orientation);
        return c.problems;
    }
    if (m->tile_w < 1 || m->tile_h < 1 || m->tile_w > 4096 || m->tile_h > 4096) {
        tl_problem(&c, NULL, m->line,
                   "the map's tiles are %dx%d pixels; each side must be 1 to 4096", m->tile_w,
                   m->tile_h);
        return c.problems;
    }
    c.sx = (double)LVL_TILE / m->tile_w;
    c.sy = (double)LVL_TILE / m->tile_h;
    tl_inherit root = {true, 1, {255, 255, 255, 255}, 0, 0, 1, 1};
    int w = m->width, h = m->height;
    if (m->infinite) {
        tl_bounds b = {0, 0, 0, 0, false, 0, 0};
        tl_bounds_of(&c, m->layers, m->layer_count, &root, &b);
        c.origin_x = b.any ? b.min_x : 0;
        c.origin_y = b.any ? b.min_y : 0;
        w = b.any ? b.max_x - b.min_x + 1 : 1;
        h = b.any ? b.max_y - b.min_y + 1 : 1;
        if (w > LVL_MAX_SIDE || h > LVL_MAX_SIDE) {
            tl_problem(&c, NULL, m->line,
                       "the infinite map's tiles and objects span %dx%d tiles; "
                       "each side must be 1 to %d",
                       w, h, LVL_MAX_SIDE);
            return c.problems;
        }
    } else if (w < 1 || h < 1 || w > LVL_MAX_SIDE || h > LVL_MAX_SIDE) {
        tl_problem(&c, NULL, m->line, "the map is %dx%d tiles; each side must be 1 to %d", w, h,
                   LVL_MAX_SIDE);
        return c.problems;
    }
    o->width = w;
    o->height = h;
    o->source_tile_w = m->tile_w;
    o->source_tile_h = m->tile_h;
    if (m->has_background) memcpy(o->background, m->background, 4);
    o->solid = calloc((size_t)w * (size_t)h, 1);
    o->looks = calloc(LVL_MAX_LAYERS, sizeof *o->looks);
    o->tilesets = calloc((size_t)m->tileset_count + 1, sizeof *o->tilesets);
    if (!o->solid || !o->looks || !o->tilesets) {
        tl_problem(&c, NULL, 0, "out of memory");
        return c.problems;
    }
    free(o->source);
    o->source = tld_strdup(m->file);
    tl_add_file(&c, m->file);
    o->tileset_count = m->tileset_count;
    for (int i = 0; i < m->tileset_count; i++)
        tl_tileset(&c, &m->tilesets[i], &o->tilesets[i], i);
    tl_layers(&c, m->layers, m->layer_count, &root);
    return c.problems;
}
