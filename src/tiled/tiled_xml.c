/* tiled_xml: Tiled's XML formats (.tmx maps, .tsx tilesets) into the document model,
 * with expat. One pass over the elements keeping a stack of what is open; every
 * problem names the file and the line of the element it is about. XML the editor
 * never writes (entity declarations) is refused: the file is untrusted. This file
 * holds the parser and the attribute readers; tiled_xml_elements.c what each
 * element does. */
#include "tiled_internal.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void tx_vreport(tx_state *s, bool problem, int line, const char *fmt, va_list ap)
{
    char msg[600];
    vsnprintf(msg, sizeof msg, fmt, ap);
    if (problem) {
        s->problems++;
        if (s->rep && s->rep->problem) s->rep->problem(s->rep->user, s->path, line, msg);
    } else if (s->rep && s->rep->note) {
        s->rep->note(s->rep->user, s->path, line, msg);
    }
}

void tx_report(tx_state *s, bool problem, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    tx_vreport(s, problem, (int)XML_GetCurrentLineNumber(s->parser), fmt, ap);
    va_end(ap);
}

void tx_report_at(tx_state *s, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    tx_vreport(s, true, line, fmt, ap);
    va_end(ap);
}

void tx_stop(tx_state *s)
{
    if (!s->stopped) XML_StopParser(s->parser, XML_FALSE);
    s->stopped = true;
}

const char *tx_attr(const char **atts, const char *name)
{
    for (int i = 0; atts[i]; i += 2)
        if (strcmp(atts[i], name) == 0) return atts[i + 1];
    return NULL;
}

/* Names from the file are echoed in messages: keep them short and printable. */
const char *tx_show(const char *s, char *buf, size_t size)
{
    size_t n = 0;
    for (; s && s[n] && n + 1 < size; n++)
        buf[n] = (unsigned char)s[n] >= 0x20 && (unsigned char)s[n] < 0x7f ? s[n] : '?';
    buf[n] = '\0';
    return buf;
}

bool tx_double(tx_state *s, const char **atts, const char *el, const char *name, double *out)
{
    const char *v = tx_attr(atts, name);
    if (!v) return true;
    char *end;
    double d = strtod(v, &end);
    if (end == v || *end || !isfinite(d) || d > 1e9 || d < -1e9) {
        char shown[40];
        tx_report(s, true, "<%s> has %s=\"%s\", which is not a number", el, name,
                  tx_show(v, shown, sizeof shown));
        return false;
    }
    *out = d;
    return true;
}

bool tx_int(tx_state *s, const char **atts, const char *el, const char *name, long lo, long hi,
            int *out)
{
    const char *v = tx_attr(atts, name);
    if (!v) return true;
    char *end;
    long n = strtol(v, &end, 10);
    if (end == v || *end || n < lo || n > hi) {
        char shown[40];
        tx_report(s, true, "<%s> has %s=\"%s\"; expected a whole number from %ld to %ld", el, name,
                  tx_show(v, shown, sizeof shown), lo, hi);
        return false;
    }
    *out = (int)n;
    return true;
}

bool tx_gid(tx_state *s, const char *v, uint32_t *out)
{
    char *end;
    unsigned long long n = strtoull(v, &end, 10);
    if (end == v || *end || v[0] == '-' || n > 0xffffffffull) {
        char shown[40];
        tx_report(s, true, "'%s' is not a tile id", tx_show(v, shown, sizeof shown));
        return false;
    }
    *out = (uint32_t)n;
    return true;
}

bool tx_bool_attr(const char **atts, const char *name, bool fallback)
{
    const char *v = tx_attr(atts, name);
    if (!v) return fallback;
    return strcmp(v, "1") == 0 || strcmp(v, "true") == 0;
}

void tx_color(tx_state *s, const char **atts, const char *el, const char *name, uint8_t rgba[4],
              bool *has)
{
    const char *v = tx_attr(atts, name);
    if (!v) return;
    if (tld_parse_color(v, rgba)) {
        if (has) *has = true;
    } else {
        char shown[40];
        tx_report(s, true, "<%s> has %s=\"%s\", which is not a colour (#rrggbb or #aarrggbb)", el,
                  name, tx_show(v, shown, sizeof shown));
    }
}

/* trans="ff00ff": a colour without the '#' and without alpha. */
void tx_trans(tx_state *s, const char **atts, uint32_t *rgb, bool *has)
{
    uint8_t c[4];
    const char *v = tx_attr(atts, "trans");
    if (!v) return;
    if (tld_parse_color(v, c)) {
        *rgb = (uint32_t)c[0] << 16 | (uint32_t)c[1] << 8 | c[2];
        *has = true;
    } else {
        char shown[40];
        tx_report(s, true, "<image> has trans=\"%s\", which is not a colour",
                  tx_show(v, shown, sizeof shown));
    }
}

bool tx_copy(tx_state *s, char **dst, const char *src)
{
    free(*dst);
    *dst = tld_strdup(src);
    if (src && !*dst) {
        tx_report(s, true, "out of memory");
        tx_stop(s);
        return false;
    }
    return true;
}

/* --- text collection ------------------------------------------------------------- */

static void XMLCALL tx_chars(void *user, const XML_Char *text, int len)
{
    tx_state *s = user;
    if (!s->collect || s->skip || len <= 0) return;
    if (s->len + (size_t)len + 1 > s->cap) {
        if (s->len + (size_t)len + 1 > TLD_MAX_FILE) {
            tx_report(s, true, "an element holds more than %u MB of text", TLD_MAX_FILE >> 20);
            tx_stop(s);
            return;
        }
        size_t cap = s->cap ? s->cap * 2 : 4096;
        while (cap < s->len + (size_t)len + 1)
            cap *= 2;
        char *grown = realloc(s->buf, cap);
        if (!grown) {
            tx_report(s, true, "out of memory");
            tx_stop(s);
            return;
        }
        s->buf = grown;
        s->cap = cap;
    }
    memcpy(s->buf + s->len, text, (size_t)len);
    s->len += (size_t)len;
    s->buf[s->len] = '\0';
}

void tx_collect(tx_state *s)
{
    s->collect = true;
    s->len = 0;
    if (s->buf) s->buf[0] = '\0';
}

const char *tx_text(tx_state *s)
{
    s->collect = false;
    return s->buf ? s->buf : "";
}

static tx_kind tx_kind_of(const char *name)
{
    static const struct {
        const char *name;
        tx_kind kind;
    } kinds[] = {{"map", TX_MAP},
                 {"tileset", TX_TILESET},
                 {"tile", TX_TILE},
                 {"layer", TX_LAYER},
                 {"data", TX_DATA},
                 {"chunk", TX_CHUNK},
                 {"objectgroup", TX_OBJECTGROUP},
                 {"object", TX_OBJECT},
                 {"imagelayer", TX_IMAGELAYER},
                 {"group", TX_GROUP},
                 {"properties", TX_PROPERTIES},
                 {"property", TX_PROPERTY},
                 {"text", TX_TEXT},
                 {"animation", TX_ANIMATION}};
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (strcmp(kinds[i].name, name) == 0) return kinds[i].kind;
    return TX_OTHER;
}

static tx_kind tx_parent(const tx_state *s)
{
    return s->depth > 0 ? s->stack[s->depth - 1] : TX_OTHER;
}

static void XMLCALL tx_start(void *user, const XML_Char *name, const XML_Char **atts)
{
    tx_state *s = user;
    if (s->stopped) return;
    if (s->skip) {
        s->skip++;
        return;
    }
    if (s->depth == TX_MAX_DEPTH) {
        tx_report(s, true, "elements are nested more than %d deep", TX_MAX_DEPTH);
        tx_stop(s);
        return;
    }
    tx_kind kind = tx_kind_of(name), parent = tx_parent(s);
    s->stack[s->depth++] = kind;
    if (s->depth == 1) {
        if (kind != (s->tsx ? TX_TILESET : TX_MAP)) {
            char shown[40];
            tx_report(s, true, "this is not a Tiled %s: its root element is <%s>, not <%s>",
                      s->tsx ? "tileset" : "map", tx_show(name, shown, sizeof shown),
                      s->tsx ? "tileset" : "map");
            tx_stop(s);
        } else if (s->tsx) {
            tx_read_tileset(s, s->root_ts, atts);
            s->ts = s->root_ts;
        } else {
            tld_map *m = s->map;
            m->line = (int)XML_GetCurrentLineNumber(s->parser);
            tx_copy(s, &m->orientation, tx_attr(atts, "orientation"));
            tx_int(s, atts, "map", "width", 0, TLD_MAX_SIDE, &m->width);
            tx_int(s, atts, "map", "height", 0, TLD_MAX_SIDE, &m->height);
            tx_int(s, atts, "map", "tilewidth", 0, 4096, &m->tile_w);
            tx_int(s, atts, "map", "tileheight", 0, 4096, &m->tile_h);
            m->infinite = tx_bool_attr(atts, "infinite", false);
            tx_color(s, atts, "map", "backgroundcolor", m->background, &m->has_background);
        }
        return;
    }
    bool in_layer_parent = parent == TX_MAP || parent == TX_GROUP;
    switch (kind) {
    case TX_TILESET:
        if (parent == TX_MAP)
            tx_start_tileset(s, atts);
        else
            s->skip = 1;
        break;
    case TX_TILE:
        tx_start_tile(s, parent, atts);
        break;
    case TX_LAYER:
    case TX_OBJECTGROUP:
    case TX_IMAGELAYER:
    case TX_GROUP:
        if (in_layer_parent)
            tx_start_layer(s, kind, atts, name);
        else
            s->skip = 1; /* a tile's collision shapes, a template's object group */
        break;
    case TX_DATA:
        if (parent == TX_LAYER)
            tx_start_data(s, atts);
        else
            s->skip = 1;
        break;
    case TX_CHUNK:
        if (parent == TX_DATA)
            tx_start_chunk(s, atts);
        else
            s->skip = 1;
        break;
    case TX_OBJECT:
        if (parent == TX_OBJECTGROUP && s->layer_depth)
            tx_start_object(s, atts);
        else
            s->skip = 1;
        break;
    case TX_TEXT:
        if (parent == TX_OBJECT && s->object)
            tx_start_text(s, atts);
        else
            s->skip = 1;
        break;
    case TX_PROPERTIES:
        s->props = parent == TX_PROPERTY ? NULL : tx_props_of(s, parent);
        if (!s->props) s->skip = 1; /* a class value's members, or nothing to own them */
        break;
    case TX_PROPERTY:
        if (parent == TX_PROPERTIES)
            tx_start_property(s, atts);
        else
            s->skip = 1;
        break;
    case TX_ANIMATION:
        if (parent != TX_TILE) s->skip = 1;
        break;
    case TX_MAP:
        s->skip = 1;
        break;
    case TX_OTHER:
        if (strcmp(name, "image") == 0) {
            tx_start_image(s, parent, atts);
        } else if (strcmp(name, "frame") == 0 && parent == TX_ANIMATION) {
            tx_start_frame(s, atts);
        } else if (strcmp(name, "tileoffset") == 0 && parent == TX_TILESET && s->ts) {
            tx_int(s, atts, "tileoffset", "x", -65536, 65536, &s->ts->offset_x);
            tx_int(s, atts, "tileoffset", "y", -65536, 65536, &s->ts->offset_y);
        } else if (strcmp(name, "grid") == 0 && parent == TX_TILESET && s->ts) {
            tx_copy(s, &s->ts->grid_orientation, tx_attr(atts, "orientation"));
        } else if (parent == TX_OBJECT && s->object) {
            tld_object *o = s->object;
            if (strcmp(name, "point") == 0)
                o->shape = TLD_SHAPE_POINT;
            else if (strcmp(name, "ellipse") == 0)
                o->shape = TLD_SHAPE_ELLIPSE;
            else if (strcmp(name, "polygon") == 0)
                o->shape = TLD_SHAPE_POLYGON;
            else if (strcmp(name, "polyline") == 0)
                o->shape = TLD_SHAPE_POLYLINE;
            s->skip = 1;
        } else {
            s->skip = 1; /* editor-only data: terrains, Wang sets, export settings ... */
        }
        break;
    }
}

static void XMLCALL tx_end(void *user, const XML_Char *name)
{
    tx_state *s = user;
    (void)name;
    if (s->stopped) return;
    if (s->skip) {
        if (--s->skip == 0) s->depth--;
        return;
    }
    if (s->depth == 0) return;
    tx_kind kind = s->stack[--s->depth];
    switch (kind) {
    case TX_DATA:
        if (!s->map->infinite && s->cells) tx_end_cells(s, "data");
        break;
    case TX_CHUNK:
        tx_end_cells(s, "chunk");
        break;
    case TX_TEXT:
        if (s->object && s->object->text) tx_copy(s, &s->object->text->text, tx_text(s));
        break;
    case TX_PROPERTY:
        if (s->prop_name) {
            tx_add_property(s, s->prop_name, s->prop_type, tx_text(s), NULL);
            free(s->prop_name);
            free(s->prop_type);
            s->prop_name = s->prop_type = NULL;
        }
        s->class_prop = NULL;
        break;
    case TX_PROPERTIES:
        s->props = NULL;
        break;
    case TX_LAYER:
    case TX_OBJECTGROUP:
    case TX_IMAGELAYER:
    case TX_GROUP:
        if (s->layer_depth) s->layer_depth--;
        break;
    case TX_OBJECT:
        s->object = NULL;
        break;
    case TX_TILE:
        s->tile = NULL;
        break;
    case TX_TILESET:
        s->ts = NULL;
        break;
    default:
        break;
    }
}

static void XMLCALL tx_entity(void *user, const XML_Char *name, int parameter,
                              const XML_Char *value, int value_len, const XML_Char *base,
                              const XML_Char *system_id, const XML_Char *public_id,
                              const XML_Char *notation)
{
    tx_state *s = user;
    (void)name, (void)parameter, (void)value, (void)value_len, (void)base, (void)system_id;
    (void)public_id, (void)notation;
    tx_report(s, true, "the file declares XML entities, which Tiled never writes: refused");
    tx_stop(s);
}

static bool tx_parse(const char *path, const char *text, size_t len, tld_map *map, tld_tileset *ts,
                     const tld_reporter *rep)
{
    tld_map scratch;
    memset(&scratch, 0, sizeof scratch);
    tx_state s;
    memset(&s, 0, sizeof s);
    s.path = path;
    s.rep = rep;
    s.tsx = ts != NULL;
    s.map = ts ? &scratch : map;
    s.root_ts = ts;
    s.parser = XML_ParserCreate("UTF-8");
    if (!s.parser) {
        if (rep && rep->problem) rep->problem(rep->user, path, 0, "out of memory");
        return false;
    }
    XML_SetUserData(s.parser, &s);
    XML_SetElementHandler(s.parser, tx_start, tx_end);
    XML_SetCharacterDataHandler(s.parser, tx_chars);
    XML_SetEntityDeclHandler(s.parser, tx_entity);
    if (len > TLD_MAX_FILE || len > 0x7fffffff) {
        tx_report(&s, true, "the file is larger than %u MB", TLD_MAX_FILE >> 20);
    } else if (XML_Parse(s.parser, text, (int)len, XML_TRUE) == XML_STATUS_ERROR && !s.stopped) {
        tx_report(&s, true, "not well-formed XML: %s", XML_ErrorString(XML_GetErrorCode(s.parser)));
    }
    free(s.buf);
    free(s.encoding);
    free(s.compression);
    free(s.prop_name);
    free(s.prop_type);
    XML_ParserFree(s.parser);
    tld_map_free(&scratch);
    return s.problems == 0;
}

bool tld_parse_tmx(const char *path, const char *text, size_t len, tld_map *map,
                   const tld_reporter *rep)
{
    memset(map, 0, sizeof *map);
    map->file = tld_strdup(path);
    map->format = tld_strdup("tmx");
    return tx_parse(path, text, len, map, NULL, rep);
}

bool tld_parse_tsx(const char *path, const char *text, size_t len, tld_tileset *ts,
                   const tld_reporter *rep)
{
    memset(ts, 0, sizeof *ts);
    return tx_parse(path, text, len, NULL, ts, rep);
}
