/* tiled_internal: what the XML reader's files share (private to src/tiled). */
#ifndef SQ_TILED_INTERNAL_H
#define SQ_TILED_INTERNAL_H

#include "tiled.h"

#include <expat.h>

#define TX_MAX_DEPTH 64

typedef enum {
    TX_OTHER,
    TX_MAP,
    TX_TILESET,
    TX_TILE,
    TX_LAYER,
    TX_DATA,
    TX_CHUNK,
    TX_OBJECTGROUP,
    TX_OBJECT,
    TX_IMAGELAYER,
    TX_GROUP,
    TX_PROPERTIES,
    TX_PROPERTY,
    TX_TEXT,
    TX_ANIMATION,
} tx_kind;

typedef struct {
    XML_Parser parser;
    const char *path;
    const tld_reporter *rep;
    int problems;
    bool tsx; /* the root is a tileset */
    tld_map *map;
    tld_tileset *root_ts; /* tsx mode */
    tx_kind stack[TX_MAX_DEPTH];
    int depth;
    int skip; /* > 0: inside a subtree that is not read */
    bool stopped;
    /* what is open */
    tld_tileset *ts;
    tld_tile_data *tile;
    tld_layer *layers[TLD_MAX_DEPTH + 1];
    int layer_depth;
    int layer_total;
    tld_object *object;
    tld_props *props;     /* where <property> goes */
    tld_prop *class_prop; /* a class value's own <properties> are skipped */
    char *prop_name, *prop_type;
    int prop_line;
    /* <data> and <chunk> */
    char *encoding, *compression;
    uint32_t *cells;
    size_t cell_count, cell_fill;
    int data_line;
    bool data_ok;
    int chunk_tiles; /* across the layer's chunks */
    /* collected text */
    char *buf;
    size_t len, cap;
    bool collect;
} tx_state;

void tx_report(tx_state *s, bool problem, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* A problem at a line other than the current one (a <data> that ends further down). */
void tx_report_at(tx_state *s, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
void tx_stop(tx_state *s);
const char *tx_attr(const char **atts, const char *name);
const char *tx_show(const char *s, char *buf, size_t size);
bool tx_double(tx_state *s, const char **atts, const char *el, const char *name, double *out);
bool tx_int(tx_state *s, const char **atts, const char *el, const char *name, long lo, long hi,
            int *out);
bool tx_gid(tx_state *s, const char *v, uint32_t *out);
bool tx_bool_attr(const char **atts, const char *name, bool fallback);
void tx_color(tx_state *s, const char **atts, const char *el, const char *name, uint8_t rgba[4],
              bool *has);
void tx_trans(tx_state *s, const char **atts, uint32_t *rgb, bool *has);
bool tx_copy(tx_state *s, char **dst, const char *src);
void tx_collect(tx_state *s);
const char *tx_text(tx_state *s);

/* tiled_xml_elements.c: what each element's start (or end) does. */
void tx_read_tileset(tx_state *s, tld_tileset *ts, const char **atts);
void tx_start_tileset(tx_state *s, const char **atts);
void tx_start_tile(tx_state *s, tx_kind parent, const char **atts);
void tx_start_frame(tx_state *s, const char **atts);
void tx_start_image(tx_state *s, tx_kind parent, const char **atts);
void tx_start_layer(tx_state *s, tx_kind kind, const char **atts, const char *el);
tld_props *tx_props_of(tx_state *s, tx_kind parent);
void tx_start_data(tx_state *s, const char **atts);
void tx_start_chunk(tx_state *s, const char **atts);
void tx_end_cells(tx_state *s, const char *what);
void tx_start_object(tx_state *s, const char **atts);
void tx_start_text(tx_state *s, const char **atts);
void tx_start_property(tx_state *s, const char **atts);
void tx_add_property(tx_state *s, const char *name, const char *type, const char *value,
                     const char *class_name);

#endif
