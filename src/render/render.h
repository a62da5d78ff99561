/* render: draws the game at a fixed logical resolution and scales it to the
 * window (letterboxed, integer scale when it fits), or draws to an in-memory
 * surface when headless. Sprites come from a texture atlas addressed by name. */
#ifndef SQ_RENDER_H
#define SQ_RENDER_H

#include <stdbool.h>
#include <stdint.h>

#define REN_LOGICAL_W 640
#define REN_LOGICAL_H 360

typedef struct SDL_Renderer SDL_Renderer;
typedef struct SDL_Window SDL_Window;
typedef struct SDL_Surface SDL_Surface;

typedef struct {
    uint8_t r, g, b, a;
} ren_color;

typedef struct {
    int x, y, w, h;
} ren_rect;

/* --- atlas index (pure data: usable without a renderer) ----------------- */
typedef struct {
    int count;
    char **names;   /* sorted, for binary search */
    ren_rect *rects;
    int width, height;
} ren_atlas;

/* Parses "name x y w h" lines; on error writes "LINE: message" into err. */
bool ren_atlas_parse(ren_atlas *atlas, const char *text, char *err, int err_size);
bool ren_atlas_load(ren_atlas *atlas, const char *path);
void ren_atlas_free(ren_atlas *atlas);
/* Sprite ids are 1-based; 0 means "no such sprite". */
uint16_t ren_atlas_find(const ren_atlas *atlas, const char *name);
const char *ren_atlas_name(const ren_atlas *atlas, uint16_t id);

/* --- drawing -------------------------------------------------------------- */
typedef struct ren_context ren_context;

/* Draws into an off-screen target and shows it in the window at ren_end. */
ren_context *ren_create_windowed(SDL_Window *window, bool prefer_gpu);
/* Draws into a surface with SDL's software renderer: no window, no GPU. */
ren_context *ren_create_headless(void);
void ren_destroy(ren_context *ctx);
SDL_Renderer *ren_sdl(ren_context *ctx);
const char *ren_driver_name(const ren_context *ctx);

/* Loads atlas.png + atlas.txt from a directory. */
bool ren_load_atlas(ren_context *ctx, const char *png_path, const char *index_path);
const ren_atlas *ren_get_atlas(const ren_context *ctx);
uint16_t ren_sprite(const ren_context *ctx, const char *name);

/* Tileset images (a level's Tiled tilesets): cut into tile_w x tile_h
 * sprites numbered after the atlas; returns the first id, 0 on error. */
uint16_t ren_add_sheet(ren_context *ctx, const char *png_path, int tile_w, int tile_h, int count,
                       int columns);
/* A tileset image as Tiled describes it, cut into tiles and each scaled to
 * draw_w x draw_h (a map with 32 px tiles draws them at the world's 16 px;
 * area-averaged, so pixel art stays crisp at whole ratios). */
typedef struct {
    const char *png_path;
    int tile_w, tile_h;      /* pixels of one tile in the image */
    int margin, spacing;     /* pixels around the tiles and between them */
    int count, columns;
    int draw_w, draw_h;      /* the sprites' size; 0 keeps tile_w x tile_h */
    uint32_t transparent;    /* 0xRRGGBB made clear, when has_transparent */
    bool has_transparent;
} ren_sheet;
/* Like ren_add_sheet, for any tile size, margin, spacing and colour key. */
uint16_t ren_add_sheet_scaled(ren_context *ctx, const ren_sheet *sheet);
/* A whole image (a Tiled image layer) as one sprite, scaled by scale (area-averaged)
 * and its transparent colour made clear; its drawn size goes to *w, *h (may be NULL).
 * Returns the sprite id, 0 on error (logged). */
#define REN_MAX_IMAGE 4096 /* drawn pixels a side */
uint16_t ren_add_image_scaled(ren_context *ctx, const char *png_path, float scale,
                              uint32_t transparent, bool has_transparent, int *w, int *h);
/* Forgets every sheet (a level is unloaded); atlas ids stay valid. */
void ren_clear_sheets(ren_context *ctx);

/* Tile flip flags, as Tiled stores them: the diagonal flip comes first. */
#define REN_FLIP_H 0x80000000u
#define REN_FLIP_V 0x40000000u
#define REN_FLIP_D 0x20000000u

void ren_begin(ren_context *ctx, ren_color clear);
/* Begins a frame without clearing it, for a caller that covers every pixel first
 * (ren_draw_cached): a clear the next copy overwrites is work for nothing. */
void ren_begin_covered(ren_context *ctx);
/* Draws a tile: a sprite id in the low 16 bits, REN_FLIP_* in the top bits. */
void ren_draw_tile(ren_context *ctx, uint32_t tile, int x, int y);
/* A tile stretched to `to` (w or h 0: the sprite's own size), its colour multiplied by
 * mod and its alpha by mod.a (Tiled's layer tint and opacity). */
void ren_draw_tile_in(ren_context *ctx, uint32_t tile, ren_rect to, ren_color mod);
void ren_draw_sprite(ren_context *ctx, uint16_t sprite, int x, int y);
/* Tinted and faded copy: mod multiplies the sprite's colour. */
void ren_draw_sprite_mod(ren_context *ctx, uint16_t sprite, int x, int y, ren_color mod);
/* Stretches a sprite's middle and edges to fill rect; corners stay corner px. */
void ren_draw_nine_slice(ren_context *ctx, uint16_t sprite, ren_rect rect, int corner);
void ren_fill_rect(ren_context *ctx, ren_rect rect, ren_color color);
void ren_outline_rect(ren_context *ctx, ren_rect rect, ren_color color);
void ren_draw_line(ren_context *ctx, int x0, int y0, int x1, int y1, ren_color color);
/* A static picture drawn once and then copied: the map's tile layers. paint draws
 * the part of it in the square (x, y, w, h) of its own coordinates, with the ren_draw_*
 * calls at positions relative to (x, y), in the order the frame would draw it; what
 * falls outside the square is clipped. ren_draw_cached then shows the view whose
 * top-left is (view_x, view_y) in those coordinates, painted over `clear`, covering
 * the whole logical frame: pixel for pixel what clearing to `clear` and painting
 * the view directly gives. Painted squares are kept until `version` changes, the
 * sheets are cleared or ren_forget_cached. False when this renderer cannot (the
 * frame is then undefined: clear it and draw directly). */
typedef void (*ren_paint_fn)(void *user, ren_context *ctx, int x, int y, int w, int h);
bool ren_draw_cached(ren_context *ctx, uint64_t version, int view_x, int view_y, ren_color clear,
                     ren_paint_fn paint, void *user);
void ren_forget_cached(ren_context *ctx);
/* Copies the finished logical frame (640x360, ARGB8888); caller frees it. */
SDL_Surface *ren_capture(ren_context *ctx);
/* Shows the frame (windowed); a no-op headless. */
void ren_end(ren_context *ctx);
/* Window pixels to logical pixels, for the mouse; false outside the picture. */
bool ren_window_to_logical(ren_context *ctx, int wx, int wy, int *lx, int *ly);

bool ren_save_png(SDL_Surface *surface, const char *path);
/* Writes the finished logical frame to a PNG file (ren_capture + ren_save_png). */
bool ren_screenshot(ren_context *ctx, const char *path);

#endif
