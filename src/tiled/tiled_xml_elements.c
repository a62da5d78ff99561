/* tiled_xml_elements: what each element of a .tmx or .tsx does when it opens (and,
 * for the ones holding data, when it closes). */
#include "tiled_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void tx_read_tileset(tx_state *s, tld_tileset *ts, const char **atts)
{
    const char *el = "tileset";
    ts->line = (int)XML_GetCurrentLineNumber(s->parser);
    tx_copy(s, &ts->file, s->path);
    tx_copy(s, &ts->name, tx_attr(atts, "name"));
    tx_int(s, atts, el, "tilewidth", 1, 4096, &ts->tile_w);
    tx_int(s, atts, el, "tileheight", 1, 4096, &ts->tile_h);
    tx_int(s, atts, el, "spacing", 0, 4096, &ts->spacing);
    tx_int(s, atts, el, "margin", 0, 4096, &ts->margin);
    tx_int(s, atts, el, "tilecount", 0, 65536, &ts->tilecount);
    tx_int(s, atts, el, "columns", 0, 65536, &ts->columns);
    tx_copy(s, &ts->alignment, tx_attr(atts, "objectalignment"));
}

static bool tx_new_layer(tx_state *s, tld_layer_kind kind, const char **atts, const char *el)
{
    if (s->layer_total >= TLD_MAX_LAYERS) {
        tx_report(s, true, "the map has more than %d layers", TLD_MAX_LAYERS);
        tx_stop(s);
        return false;
    }
    if (s->layer_depth > TLD_MAX_DEPTH) {
        tx_report(s, true, "groups are nested more than %d deep", TLD_MAX_DEPTH);
        tx_stop(s);
        return false;
    }
    tld_layer **arr;
    int *count;
    if (s->layer_depth == 0) {
        arr = &s->map->layers;
        count = &s->map->layer_count;
    } else {
        tld_layer *parent = s->layers[s->layer_depth - 1];
        arr = &parent->children;
        count = &parent->child_count;
    }
    tld_layer *grown = realloc(*arr, sizeof *grown * (size_t)(*count + 1));
    if (!grown) {
        tx_report(s, true, "out of memory");
        tx_stop(s);
        return false;
    }
    *arr = grown;
    tld_layer *l = &grown[(*count)++];
    memset(l, 0, sizeof *l);
    s->layer_total++;
    s->layers[s->layer_depth++] = l;
    l->kind = kind;
    l->line = (int)XML_GetCurrentLineNumber(s->parser);
    l->visible = tx_bool_attr(atts, "visible", true);
    l->opacity = 1;
    l->parallax_x = l->parallax_y = 1;
    memset(l->tint, 255, sizeof l->tint);
    tx_copy(s, &l->name, tx_attr(atts, "name"));
    tx_copy(s, &l->type, tx_attr(atts, "class"));
    tx_int(s, atts, el, "id", 0, 0x7fffffff, &l->id);
    tx_double(s, atts, el, "opacity", &l->opacity);
    tx_double(s, atts, el, "offsetx", &l->offset_x);
    tx_double(s, atts, el, "offsety", &l->offset_y);
    tx_double(s, atts, el, "parallaxx", &l->parallax_x);
    tx_double(s, atts, el, "parallaxy", &l->parallax_y);
    tx_color(s, atts, el, "tintcolor", l->tint, NULL);
    if (l->opacity < 0) l->opacity = 0;
    if (l->opacity > 1) l->opacity = 1;
    return true;
}

void tx_start_data(tx_state *s, const char **atts)
{
    tld_layer *l = s->layer_depth ? s->layers[s->layer_depth - 1] : NULL;
    if (!l || l->kind != TLD_LAYER_TILE) return;
    s->data_line = (int)XML_GetCurrentLineNumber(s->parser);
    tx_copy(s, &s->encoding, tx_attr(atts, "encoding"));
    tx_copy(s, &s->compression, tx_attr(atts, "compression"));
    s->chunk_tiles = 0;
    if (s->map->infinite) return; /* the chunks hold the cells */
    size_t count = (size_t)l->width * (size_t)l->height;
    free(l->gids);
    l->gids = calloc(count ? count : 1, sizeof *l->gids);
    s->cells = l->gids;
    s->cell_count = count;
    s->cell_fill = 0;
    s->data_ok = l->gids != NULL;
    tx_collect(s);
}

void tx_start_chunk(tx_state *s, const char **atts)
{
    tld_layer *l = s->layers[s->layer_depth - 1];
    if (!s->map->infinite) {
        tx_report(s, true, "layer has a <chunk>, but the map is not infinite");
        s->skip = 1;
        return;
    }
    tld_chunk c = {0, 0, 0, 0, NULL};
    bool ok = tx_int(s, atts, "chunk", "x", -(1L << 24), 1L << 24, &c.x) &&
              tx_int(s, atts, "chunk", "y", -(1L << 24), 1L << 24, &c.y) &&
              tx_int(s, atts, "chunk", "width", 1, TLD_MAX_SIDE, &c.w) &&
              tx_int(s, atts, "chunk", "height", 1, TLD_MAX_SIDE, &c.h);
    s->chunk_tiles += c.w * c.h;
    if (ok && (c.w < 1 || c.h < 1))
        ok = false, tx_report(s, true, "a <chunk> needs a width and height");
    if (ok && s->chunk_tiles > (int)TLD_MAX_TILES) {
        tx_report(s, true, "the layer's chunks hold more than %u tiles", TLD_MAX_TILES);
        ok = false;
    }
    tld_chunk *grown = ok ? realloc(l->chunks, sizeof *grown * (size_t)(l->chunk_count + 1)) : NULL;
    if (!grown) {
        s->skip = 1;
        return;
    }
    l->chunks = grown;
    c.gids = calloc((size_t)c.w * (size_t)c.h, sizeof *c.gids);
    grown[l->chunk_count++] = c;
    s->cells = c.gids;
    s->data_line = (int)XML_GetCurrentLineNumber(s->parser);
    s->cell_count = (size_t)c.w * (size_t)c.h;
    s->cell_fill = 0;
    s->data_ok = c.gids != NULL;
    tx_collect(s);
}

/* End of <data> (finite) or <chunk>: decode what was collected, or count <tile>s. */
void tx_end_cells(tx_state *s, const char *what)
{
    const char *text = tx_text(s);
    if (!s->data_ok) return;
    char err[300];
    if (s->encoding) {
        if (!tld_decode_layer(text, strlen(text), s->encoding, s->compression, s->cells,
                              s->cell_count, err, sizeof err)) {
            tld_layer *l = s->layers[s->layer_depth - 1];
            char shown[64];
            tx_report_at(s, s->data_line, "tile layer '%s' %s: %s",
                         tx_show(l->name, shown, sizeof shown), what, err);
        }
    } else if (s->cell_fill != s->cell_count) {
        tx_report_at(s, s->data_line, "%s has %zu <tile> elements, expected %zu", what,
                     s->cell_fill, s->cell_count);
    }
    s->cells = NULL;
}

void tx_start_object(tx_state *s, const char **atts)
{
    tld_layer *l = s->layers[s->layer_depth - 1];
    if (l->object_count >= TLD_MAX_OBJECTS) {
        tx_report(s, true, "object layer has more than %d objects", TLD_MAX_OBJECTS);
        s->skip = 1;
        return;
    }
    tld_object *grown = realloc(l->objects, sizeof *grown * (size_t)(l->object_count + 1));
    if (!grown) {
        s->skip = 1;
        return;
    }
    l->objects = grown;
    tld_object *o = &grown[l->object_count++];
    memset(o, 0, sizeof *o);
    s->object = o;
    const char *el = "object";
    o->line = (int)XML_GetCurrentLineNumber(s->parser);
    o->visible = tx_bool_attr(atts, "visible", true);
    tx_int(s, atts, el, "id", 0, 0x7fffffff, &o->id);
    tx_copy(s, &o->name, tx_attr(atts, "name"));
    /* Tiled 1.9 wrote the class as class=, before and since as type=. */
    const char *type = tx_attr(atts, "type");
    tx_copy(s, &o->type, type && *type ? type : tx_attr(atts, "class"));
    tx_copy(s, &o->template_file, tx_attr(atts, "template"));
    tx_double(s, atts, el, "x", &o->x);
    tx_double(s, atts, el, "y", &o->y);
    tx_double(s, atts, el, "width", &o->w);
    tx_double(s, atts, el, "height", &o->h);
    tx_double(s, atts, el, "rotation", &o->rotation);
    const char *gid = tx_attr(atts, "gid");
    if (gid) tx_gid(s, gid, &o->gid);
}

void tx_start_text(tx_state *s, const char **atts)
{
    tld_object *o = s->object;
    tld_text *t = calloc(1, sizeof *t);
    if (!t) return;
    free(o->text ? o->text->font_family : NULL);
    free(o->text ? o->text->text : NULL);
    free(o->text);
    o->text = t;
    o->shape = TLD_SHAPE_TEXT;
    t->pixel_size = 16;
    t->kerning = true;
    t->color[3] = 255;
    const char *el = "text";
    tx_copy(s, &t->font_family, tx_attr(atts, "fontfamily"));
    tx_int(s, atts, el, "pixelsize", 1, 4096, &t->pixel_size);
    t->wrap = tx_bool_attr(atts, "wrap", false);
    t->bold = tx_bool_attr(atts, "bold", false);
    t->italic = tx_bool_attr(atts, "italic", false);
    t->underline = tx_bool_attr(atts, "underline", false);
    t->strikeout = tx_bool_attr(atts, "strikeout", false);
    t->kerning = tx_bool_attr(atts, "kerning", true);
    tx_color(s, atts, el, "color", t->color, NULL);
    const char *h = tx_attr(atts, "halign"), *v = tx_attr(atts, "valign");
    t->halign = !h                          ? TLD_HALIGN_LEFT
                : strcmp(h, "center") == 0  ? TLD_HALIGN_CENTER
                : strcmp(h, "right") == 0   ? TLD_HALIGN_RIGHT
                : strcmp(h, "justify") == 0 ? TLD_HALIGN_JUSTIFY
                                            : TLD_HALIGN_LEFT;
    t->valign = !v                         ? TLD_VALIGN_TOP
                : strcmp(v, "center") == 0 ? TLD_VALIGN_CENTER
                : strcmp(v, "bottom") == 0 ? TLD_VALIGN_BOTTOM
                                           : TLD_VALIGN_TOP;
    tx_collect(s);
}

void tx_add_property(tx_state *s, const char *name, const char *type, const char *value,
                     const char *class_name)
{
    if (!s->props || !name) return;
    tld_prop_kind kind = TLD_PROP_STRING;
    if (type &&
        (strcmp(type, "int") == 0 || strcmp(type, "float") == 0 || strcmp(type, "object") == 0))
        kind = TLD_PROP_NUMBER;
    else if (type && strcmp(type, "bool") == 0)
        kind = TLD_PROP_BOOL;
    else if (type && strcmp(type, "class") == 0)
        kind = TLD_PROP_CLASS;
    tld_prop *p = tld_props_add(s->props, name, kind, kind == TLD_PROP_CLASS ? class_name : value);
    if (!p) {
        tx_report(s, true, "too many properties (at most %d on one thing)", TLD_MAX_PROPS);
        return;
    }
    if (kind == TLD_PROP_NUMBER) {
        char *end;
        p->number = value ? strtod(value, &end) : 0;
        if (value && (end == value || *end || !isfinite(p->number))) {
            char shown[40];
            tx_report(s, true, "property '%s' is a %s but its value '%s' is not a number",
                      tx_show(name, shown, sizeof shown), type, value);
            p->number = 0;
        }
    } else if (kind == TLD_PROP_BOOL) {
        p->boolean = value && strcmp(value, "true") == 0;
    }
    if (kind == TLD_PROP_CLASS) s->class_prop = p;
}

void tx_start_layer(tx_state *s, tx_kind kind, const char **atts, const char *el)
{
    tld_layer_kind lk = kind == TX_LAYER         ? TLD_LAYER_TILE
                        : kind == TX_OBJECTGROUP ? TLD_LAYER_OBJECTS
                        : kind == TX_IMAGELAYER  ? TLD_LAYER_IMAGE
                                                 : TLD_LAYER_GROUP;
    if (!tx_new_layer(s, lk, atts, el)) return;
    tld_layer *l = s->layers[s->layer_depth - 1];
    if (lk == TLD_LAYER_TILE) {
        tx_int(s, atts, el, "x", -(1L << 24), 1L << 24, &l->x);
        tx_int(s, atts, el, "y", -(1L << 24), 1L << 24, &l->y);
        if (!tx_int(s, atts, el, "width", 0, TLD_MAX_SIDE, &l->width) ||
            !tx_int(s, atts, el, "height", 0, TLD_MAX_SIDE, &l->height) ||
            (size_t)l->width * (size_t)l->height > TLD_MAX_TILES)
            l->width = l->height = 0;
    } else if (lk == TLD_LAYER_IMAGE) {
        l->repeat_x = tx_bool_attr(atts, "repeatx", false);
        l->repeat_y = tx_bool_attr(atts, "repeaty", false);
    }
}

tld_props *tx_props_of(tx_state *s, tx_kind parent)
{
    switch (parent) {
    case TX_MAP:
        return &s->map->props;
    case TX_TILESET:
        return s->ts ? &s->ts->props : NULL;
    case TX_TILE:
        return s->tile ? &s->tile->props : NULL;
    case TX_OBJECT:
        return s->object ? &s->object->props : NULL;
    case TX_LAYER:
    case TX_OBJECTGROUP:
    case TX_IMAGELAYER:
    case TX_GROUP:
        return s->layer_depth ? &s->layers[s->layer_depth - 1]->props : NULL;
    default:
        return NULL;
    }
}

void tx_start_tileset(tx_state *s, const char **atts)
{
    if (s->map->tileset_count >= TLD_MAX_TILESETS) {
        tx_report(s, true, "the map has more than %d tilesets", TLD_MAX_TILESETS);
        s->skip = 1;
        return;
    }
    tld_tileset *grown =
        realloc(s->map->tilesets, sizeof *grown * (size_t)(s->map->tileset_count + 1));
    if (!grown) {
        s->skip = 1;
        return;
    }
    s->map->tilesets = grown;
    tld_tileset *ts = &grown[s->map->tileset_count++];
    memset(ts, 0, sizeof *ts);
    int firstgid = 0;
    tx_int(s, atts, "tileset", "firstgid", 1, (long)TLD_GID_MASK, &firstgid);
    ts->firstgid = (uint32_t)firstgid;
    const char *source = tx_attr(atts, "source");
    if (source) { /* external: the .tsx holds the rest */
        ts->line = (int)XML_GetCurrentLineNumber(s->parser);
        tx_copy(s, &ts->source, source);
        tx_copy(s, &ts->file, s->path);
        s->skip = 1;
        return;
    }
    tx_read_tileset(s, ts, atts);
    s->ts = ts;
}

void tx_start_image(tx_state *s, tx_kind parent, const char **atts)
{
    const char *source = tx_attr(atts, "source");
    if (parent == TX_TILESET && s->ts) {
        tx_copy(s, &s->ts->image, source);
        tx_trans(s, atts, &s->ts->transparent, &s->ts->has_transparent);
        tx_int(s, atts, "image", "width", 0, 65536, &s->ts->image_w);
        tx_int(s, atts, "image", "height", 0, 65536, &s->ts->image_h);
        if (!source)
            tx_report(s, true,
                      "the tileset's <image> has no source (embedded image data is not read)");
    } else if (parent == TX_TILE && s->tile) {
        tx_copy(s, &s->tile->image, source ? source : "");
    } else if (parent == TX_IMAGELAYER && s->layer_depth) {
        tld_layer *l = s->layers[s->layer_depth - 1];
        tx_copy(s, &l->image, source);
        tx_trans(s, atts, &l->transparent, &l->has_transparent);
    }
    s->skip = 1; /* an embedded <data> of image bytes is not read */
}

void tx_start_tile(tx_state *s, tx_kind parent, const char **atts)
{
    if (parent == TX_DATA || parent == TX_CHUNK) {
        const char *gid = tx_attr(atts, "gid");
        uint32_t v = 0;
        if (gid && !tx_gid(s, gid, &v)) s->data_ok = false;
        if (s->cells && s->cell_fill < s->cell_count) s->cells[s->cell_fill] = v;
        s->cell_fill++;
        return;
    }
    if (parent != TX_TILESET || !s->ts || s->ts->tile_count >= 65536) {
        s->skip = 1;
        return;
    }
    tld_tileset *ts = s->ts;
    tld_tile_data *grown = realloc(ts->tiles, sizeof *grown * (size_t)(ts->tile_count + 1));
    if (!grown) {
        s->skip = 1;
        return;
    }
    ts->tiles = grown;
    tld_tile_data *t = &grown[ts->tile_count++];
    memset(t, 0, sizeof *t);
    t->line = (int)XML_GetCurrentLineNumber(s->parser);
    tx_int(s, atts, "tile", "id", 0, 65535, &t->id);
    const char *type = tx_attr(atts, "type");
    tx_copy(s, &t->type, type && *type ? type : tx_attr(atts, "class"));
    s->tile = t;
}

void tx_start_frame(tx_state *s, const char **atts)
{
    tld_tile_data *t = s->tile;
    if (!t) return;
    if (t->frame_count >= TLD_MAX_FRAMES) {
        tx_report(s, true, "tile %d's animation has more than %d frames", t->id, TLD_MAX_FRAMES);
        return;
    }
    tld_frame f = {0, 100};
    tx_int(s, atts, "frame", "tileid", 0, 65535, &f.tile);
    tx_int(s, atts, "frame", "duration", 0, 0x7fffffff, &f.duration_ms);
    tld_frame *grown = realloc(t->frames, sizeof *grown * (size_t)(t->frame_count + 1));
    if (!grown) return;
    t->frames = grown;
    grown[t->frame_count++] = f;
}

void tx_start_property(tx_state *s, const char **atts)
{
    const char *name = tx_attr(atts, "name"), *type = tx_attr(atts, "type");
    const char *value = tx_attr(atts, "value");
    s->class_prop = NULL;
    if (!name) {
        tx_report(s, true, "a <property> has no name");
        return;
    }
    if (value || (type && strcmp(type, "class") == 0)) {
        tx_add_property(s, name, type, value, tx_attr(atts, "propertytype"));
        return;
    }
    /* A multi-line string is the element's text. */
    tx_copy(s, &s->prop_name, name);
    tx_copy(s, &s->prop_type, type);
    tx_collect(s);
}
