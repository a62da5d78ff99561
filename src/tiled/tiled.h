/* tiled: maps from the Tiled map editor, as plain C data. Three parts:
 *   - layer decoding: base64, optionally zlib-, gzip- or zstd-compressed, into gids;
 *   - a document model (tld_map) that both of Tiled's formats read into: the .tmx/.tsx
 *     XML (read here, with expat) and the Lua export (read by src/script, which walks
 *     the Lua table into the same model), so one map gives one model whichever way
 *     it was saved;
 *   - tld_to_level, which turns a model into a level's map (lvl_map) and objects.
 * Pure libc + zlib + zstd + expat, no Lua or SDL: map files come from outside and
 * every byte of them is untrusted. */
#ifndef SQ_TILED_H
#define SQ_TILED_H

#include "level.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Tiled stores flip flags in the top bits of each global tile id (gid). */
#define TLD_FLIP_H 0x80000000u
#define TLD_FLIP_V 0x40000000u
#define TLD_FLIP_D 0x20000000u  /* diagonal: swap x and y (with H/V gives the 90° rotations) */
#define TLD_ROT_HEX 0x10000000u /* hexagonal maps only: 120° rotation */
#define TLD_GID_MASK 0x0fffffffu

/* Larger layers are refused: 64 MB of gids is far beyond any map this engine draws,
 * and the cap bounds what a hostile file can make us allocate. */
#define TLD_MAX_TILES (16u * 1024u * 1024u)

typedef struct {
    uint32_t gid; /* 0 means "no tile" */
    bool flip_h, flip_v, flip_d, rot_hex;
} tld_tile;

tld_tile tld_split(uint32_t raw);

/* Decodes base64 text into out and returns the number of bytes written, or -1 if the
 * text is malformed or the result would not fit in cap. ASCII whitespace anywhere is
 * skipped (Tiled wraps the data in newlines and indentation); any other character
 * outside the alphabet is rejected, and so is a missing or misplaced '=' pad: the
 * non-whitespace length must be a multiple of 4. At most len / 4 * 3 bytes come out. */
long tld_base64_decode(const char *text, size_t len, uint8_t *out, size_t cap);

/* Decodes a whole tile layer (or chunk) into exactly count little-endian gids.
 * encoding: "base64" or "csv" (the Lua export's "lua" arrays are read elsewhere).
 * compression (base64 only): NULL or "" for none, "zlib", "gzip" or "zstd".
 * Data that holds more or fewer than count tiles is an error naming both numbers.
 * Decompressed bytes beyond count * 4 are counted in a small scratch buffer, never
 * stored, and decompressing stops 1 MB past them, so a zip bomb costs neither memory
 * nor time (its message says "more data than"). On failure, writes a one-line
 * message to err (if err_size > 0) and returns false; out may then hold partial data. */
bool tld_decode_layer(const char *data, size_t len, const char *encoding, const char *compression,
                      uint32_t *out, size_t count, char *err, size_t err_size);

/* --- the document model ------------------------------------------------------ */

/* Caps on what one file may declare; beyond them the reader refuses by name. */
#define TLD_MAX_SIDE 4096 /* tiles per side of a finite layer or a chunk */
#define TLD_MAX_TILESETS 64
#define TLD_MAX_LAYERS 256    /* all layers, groups and their children counted */
#define TLD_MAX_DEPTH 16      /* nested groups */
#define TLD_MAX_OBJECTS 10000 /* per map */
#define TLD_MAX_PROPS 256     /* per thing */
#define TLD_MAX_FRAMES 256    /* per animated tile */
#define TLD_MAX_FILE (32u << 20)

typedef enum {
    TLD_PROP_STRING, /* also file (a path as written), and color ("#aarrggbb") */
    TLD_PROP_NUMBER, /* int, float, and object (its id) */
    TLD_PROP_BOOL,
    TLD_PROP_CLASS, /* a custom class value: kept by name only, its members are not read */
} tld_prop_kind;

typedef struct {
    char *name;
    tld_prop_kind kind;
    char *string;
    double number;
    bool boolean;
} tld_prop;

typedef struct {
    tld_prop *items;
    int count;
} tld_props;

typedef struct {
    int tile; /* local id */
    int duration_ms;
} tld_frame;

/* Per-tile data a tileset declares; Tiled lists only tiles that have some. */
typedef struct {
    int id;     /* local id */
    char *type; /* class (Tiled 1.9) or type: tile objects inherit it */
    tld_props props;
    tld_frame *frames;
    int frame_count;
    char *image; /* set in image-collection tilesets, which are refused */
    int line;
} tld_tile_data;

typedef struct {
    uint32_t firstgid;
    char *source; /* the external .tsx as written in the map; NULL when embedded */
    char *file;   /* the file the tileset was read from (the .tsx, or the map) */
    int line;     /* where in `file` it starts */
    char *name;
    int tile_w, tile_h, spacing, margin, tilecount, columns;
    int offset_x, offset_y; /* tileoffset, tileset pixels */
    char *image;            /* as written, relative to `file` */
    int image_w, image_h;   /* 0 when the file does not say */
    uint32_t transparent;   /* 0xRRGGBB */
    bool has_transparent;
    char *alignment;        /* objectalignment; NULL = unspecified */
    char *grid_orientation; /* NULL = orthogonal */
    tld_tile_data *tiles;
    int tile_count;
    tld_props props;
} tld_tileset;

typedef enum {
    TLD_HALIGN_LEFT,
    TLD_HALIGN_CENTER,
    TLD_HALIGN_RIGHT,
    TLD_HALIGN_JUSTIFY
} tld_halign;
typedef enum { TLD_VALIGN_TOP, TLD_VALIGN_CENTER, TLD_VALIGN_BOTTOM } tld_valign;

typedef struct {
    char *text;
    char *font_family; /* NULL: Tiled's default, sans-serif */
    int pixel_size;    /* default 16 */
    bool wrap, bold, italic, underline, strikeout, kerning;
    uint8_t color[4]; /* RGBA, default opaque black */
    tld_halign halign;
    tld_valign valign;
} tld_text;

typedef enum {
    TLD_SHAPE_RECTANGLE,
    TLD_SHAPE_POINT,
    TLD_SHAPE_ELLIPSE,
    TLD_SHAPE_POLYGON,
    TLD_SHAPE_POLYLINE,
    TLD_SHAPE_TEXT,
} tld_shape;

typedef struct {
    int id;
    char *name;
    char *type;          /* class (1.9) or type; NULL or "" when unset */
    char *template_file; /* a .tx reference, refused */
    tld_shape shape;
    double x, y, w, h, rotation;
    bool visible;
    uint32_t gid; /* a tile object; 0 otherwise */
    tld_props props;
    tld_text *text; /* TLD_SHAPE_TEXT */
    int line;
} tld_object;

typedef enum { TLD_LAYER_TILE, TLD_LAYER_OBJECTS, TLD_LAYER_IMAGE, TLD_LAYER_GROUP } tld_layer_kind;

typedef struct {
    int x, y, w, h; /* tiles */
    uint32_t *gids; /* w*h */
} tld_chunk;

typedef struct tld_layer {
    tld_layer_kind kind;
    int id;
    char *name;
    char *type; /* the layer's class */
    bool visible;
    double opacity;
    uint8_t tint[4]; /* RGBA; 255,255,255,255 when none */
    double offset_x, offset_y, parallax_x, parallax_y;
    tld_props props;
    int line;
    /* TLD_LAYER_TILE: a finite layer has width*height gids at x,y; an infinite one, chunks */
    int x, y, width, height;
    uint32_t *gids;
    tld_chunk *chunks;
    int chunk_count;
    /* TLD_LAYER_OBJECTS */
    tld_object *objects;
    int object_count;
    /* TLD_LAYER_IMAGE */
    char *image;
    uint32_t transparent;
    bool has_transparent, repeat_x, repeat_y;
    /* TLD_LAYER_GROUP */
    struct tld_layer *children;
    int child_count;
} tld_layer;

typedef struct {
    char *file; /* the map file */
    int line;   /* of its <map> element; 0 in a Lua export */
    char *orientation;
    int width, height, tile_w, tile_h;
    bool infinite;
    uint8_t background[4];
    bool has_background;
    tld_props props;
    tld_tileset *tilesets;
    int tileset_count;
    tld_layer *layers; /* the top level, bottom first */
    int layer_count;
    char *format; /* "tmx" or "lua", for messages */
} tld_map;

/* Problems and notes, each with the file and line (0: no line) they belong to. */
typedef struct {
    void (*problem)(void *user, const char *file, int line, const char *message);
    void (*note)(void *user, const char *file, int line, const char *message);
    void *user;
} tld_reporter;

void tld_map_free(tld_map *map);
void tld_tileset_free(tld_tileset *ts);
void tld_layer_free(tld_layer *layer);
void tld_props_free(tld_props *props);
/* Appends a property (name and string copied); returns it, or NULL out of memory. */
tld_prop *tld_props_add(tld_props *props, const char *name, tld_prop_kind kind, const char *string);
const tld_prop *tld_props_find(const tld_props *props, const char *name);
/* "#rrggbb" or "#aarrggbb" (Tiled's order) into RGBA; false when malformed. */
bool tld_parse_color(const char *text, uint8_t rgba[4]);
/* strdup that survives NULL. */
char *tld_strdup(const char *s);
/* The directory part of a path ("." when it has none) joined with a relative name. */
char *tld_join_relative(const char *file, const char *name);
/* True when a name from a map file is relative and stays inside its folder tree. */
bool tld_safe_relative(const char *name);
/* Reads a PNG's size from its header; false when the file is not a PNG. */
bool tld_png_size(const char *path, int *w, int *h);

/* Reads a .tmx file into map (zeroed first). Problems go to rep; returns false when
 * the file could not be read as a map at all. External tilesets are not loaded yet. */
bool tld_read_tmx(const char *path, tld_map *map, const tld_reporter *rep);
/* Reads a .tsx file into ts (zeroed first; firstgid and source are the caller's). */
bool tld_read_tsx(const char *path, tld_tileset *ts, const tld_reporter *rep);
/* Parses XML text already in memory (the readers above, and the fuzzer). */
bool tld_parse_tmx(const char *path, const char *text, size_t len, tld_map *map,
                   const tld_reporter *rep);
bool tld_parse_tsx(const char *path, const char *text, size_t len, tld_tileset *ts,
                   const tld_reporter *rep);
/* Loads every external tileset (source set) of the map from its .tsx, relative to
 * the map file; refuses anything else by name. A .tsx must lie inside the map's
 * folder tree, or inside shared_dir (the game's own tilesets, which maps anywhere
 * reach by a relative path with ".."); NULL allows no shared folder. Returns the
 * number of problems. */
int tld_load_external_tilesets(tld_map *map, const char *shared_dir, const tld_reporter *rep);
/* True when path, resolved (symbolic links, ".."), lies inside dir, resolved. */
bool tld_path_inside(const char *path, const char *dir);

/* --- into a level ----------------------------------------------------------------- */

typedef struct {
    /* Object lines belong to the map file: keep them only when the map is the level. */
    bool object_lines;
} tld_level_options;

/* Fills def->map and appends the map's typed objects to def->objects.
 * Maps of any orthogonal tile size load: every tile is scaled to the world's
 * LVL_TILE-pixel grid (a 32x32 map stays 40x40 tiles, drawn at half size), and
 * object positions and sizes scale with it, so collision, objects and the camera
 * follow. Returns the number of problems reported (0: def->map is complete). */
int tld_to_level(const tld_map *map, lvl_def *def, const tld_level_options *opt,
                 const tld_reporter *rep);

#endif
