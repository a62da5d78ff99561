/* render: one SDL_Renderer, an off-screen logical frame and the sprite atlas.
 *
 * Everything is drawn at REN_LOGICAL_W x REN_LOGICAL_H. Windowed, that frame
 * is a target texture copied once per frame to the window, at an integer
 * scale when the window allows it (crisp pixels), letterboxed otherwise.
 * Headless, the software renderer draws straight into a surface, so frames
 * and screenshots come out the same on every run. */
#include "render.h"
#include "log.h"
#include "render_chunks.h"

#include <SDL.h>
#include <SDL_image.h>
#include <string.h>

#define REN_MAX_SHEETS 16

typedef struct {
    uint16_t sheet; /* index into sheets */
    SDL_Rect rect;
} ren_extra_sprite;

struct ren_context {
    SDL_Texture *sheets[REN_MAX_SHEETS];
    int sheet_count;
    ren_extra_sprite *extra; /* sprites after the atlas's */
    int extra_count;
    SDL_Renderer *renderer;
    SDL_Window *window;      /* NULL when headless */
    SDL_Texture *frame;      /* logical frame, windowed only */
    SDL_Surface *surface;    /* logical frame, headless only */
    SDL_Texture *atlas_tex;
    ren_atlas atlas;
    char driver[32];
    ren_chunks *chunks; /* render_chunks.c */
};

ren_chunks **ren_chunks_of(ren_context *ctx)
{
    return &ctx->chunks;
}

static ren_context *ren_alloc(void)
{
    ren_context *ctx = calloc(1, sizeof *ctx);
    if (!ctx) log_error("render: out of memory");
    return ctx;
}

ren_context *ren_create_windowed(SDL_Window *window, bool prefer_gpu)
{
    ren_context *ctx = ren_alloc();
    if (!ctx) return NULL;
    ctx->window = window;
    /* Without a GPU, SDL's software renderer is 2-3x faster than OpenGL on
     * llvmpipe, and the framebuffer hint saves a GL upload per frame. */
    if (!prefer_gpu) {
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
        SDL_SetHint(SDL_HINT_RENDER_BATCHING, "1");
    }
    SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "0");
    Uint32 flags = prefer_gpu ? SDL_RENDERER_ACCELERATED : SDL_RENDERER_SOFTWARE;
    ctx->renderer = SDL_CreateRenderer(window, -1, flags | SDL_RENDERER_TARGETTEXTURE);
    if (!ctx->renderer && prefer_gpu) {
        log_warn("render: no accelerated renderer (%s); using software", SDL_GetError());
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
        ctx->renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
    }
    if (!ctx->renderer) {
        log_error("render: cannot create a renderer: %s", SDL_GetError());
        ren_destroy(ctx);
        return NULL;
    }
    ctx->frame = SDL_CreateTexture(ctx->renderer, SDL_PIXELFORMAT_ARGB8888,
                                   SDL_TEXTUREACCESS_TARGET, REN_LOGICAL_W, REN_LOGICAL_H);
    if (!ctx->frame) {
        log_error("render: cannot create the frame texture: %s", SDL_GetError());
        ren_destroy(ctx);
        return NULL;
    }
    /* Every pixel of the frame is opaque (cleared opaque, then only blended onto or
     * filled opaque): copied, not blended, into the window, which is the same
     * picture for much less work in the software renderer's scaled copy. */
    SDL_SetTextureBlendMode(ctx->frame, SDL_BLENDMODE_NONE);
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(ctx->renderer, &info) == 0)
        SDL_strlcpy(ctx->driver, info.name, sizeof ctx->driver);
    return ctx;
}

ren_context *ren_create_headless(void)
{
    ren_context *ctx = ren_alloc();
    if (!ctx) return NULL;
    ctx->surface = SDL_CreateRGBSurfaceWithFormat(0, REN_LOGICAL_W, REN_LOGICAL_H, 32,
                                                  SDL_PIXELFORMAT_ARGB8888);
    if (ctx->surface) ctx->renderer = SDL_CreateSoftwareRenderer(ctx->surface);
    if (!ctx->renderer) {
        log_error("render: cannot create the headless renderer: %s", SDL_GetError());
        ren_destroy(ctx);
        return NULL;
    }
    SDL_strlcpy(ctx->driver, "software (headless)", sizeof ctx->driver);
    return ctx;
}

void ren_destroy(ren_context *ctx)
{
    if (!ctx) return;
    ren_clear_sheets(ctx);
    ren_chunks_free(ctx->chunks);
    if (ctx->atlas_tex) SDL_DestroyTexture(ctx->atlas_tex);
    if (ctx->frame) SDL_DestroyTexture(ctx->frame);
    if (ctx->renderer) SDL_DestroyRenderer(ctx->renderer);
    if (ctx->surface) SDL_FreeSurface(ctx->surface);
    ren_atlas_free(&ctx->atlas);
    free(ctx);
}

SDL_Renderer *ren_sdl(ren_context *ctx)
{
    return ctx->renderer;
}

const char *ren_driver_name(const ren_context *ctx)
{
    return ctx->driver;
}

bool ren_load_atlas(ren_context *ctx, const char *png_path, const char *index_path)
{
    ren_atlas atlas;
    if (!ren_atlas_load(&atlas, index_path)) return false;
    SDL_Texture *tex = IMG_LoadTexture(ctx->renderer, png_path);
    if (!tex) {
        log_error("render: cannot load %s: %s", png_path, IMG_GetError());
        ren_atlas_free(&atlas);
        return false;
    }
    SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
    if (ctx->atlas_tex) SDL_DestroyTexture(ctx->atlas_tex);
    ren_atlas_free(&ctx->atlas);
    ctx->atlas_tex = tex;
    ctx->atlas = atlas;
    return true;
}

const ren_atlas *ren_get_atlas(const ren_context *ctx)
{
    return &ctx->atlas;
}

uint16_t ren_sprite(const ren_context *ctx, const char *name)
{
    return ren_atlas_find(&ctx->atlas, name);
}

void ren_begin_covered(ren_context *ctx)
{
    if (ctx->frame) SDL_SetRenderTarget(ctx->renderer, ctx->frame);
    SDL_SetRenderDrawBlendMode(ctx->renderer, SDL_BLENDMODE_NONE);
}

void ren_begin(ren_context *ctx, ren_color clear)
{
    if (ctx->frame) SDL_SetRenderTarget(ctx->renderer, ctx->frame);
    SDL_SetRenderDrawBlendMode(ctx->renderer, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(ctx->renderer, clear.r, clear.g, clear.b, 255);
    SDL_RenderClear(ctx->renderer);
}

uint16_t ren_add_sheet(ren_context *ctx, const char *png_path, int tile_w, int tile_h, int count,
                       int columns)
{
    if (ctx->sheet_count == REN_MAX_SHEETS || tile_w <= 0 || tile_h <= 0 || count <= 0 ||
        columns <= 0 || ctx->atlas.count + ctx->extra_count + count > 65535) {
        log_error("render: cannot add tileset %s (too many tilesets or tiles)", png_path);
        return 0;
    }
    SDL_Texture *tex = IMG_LoadTexture(ctx->renderer, png_path);
    if (!tex) {
        log_error("render: cannot load %s: %s", png_path, IMG_GetError());
        return 0;
    }
    int tw, th;
    SDL_QueryTexture(tex, NULL, NULL, &tw, &th);
    ren_extra_sprite *grown = realloc(ctx->extra, sizeof *grown * (size_t)(ctx->extra_count + count));
    if (!grown) {
        SDL_DestroyTexture(tex);
        return 0;
    }
    ctx->extra = grown;
    SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
    int sheet = ctx->sheet_count++;
    ctx->sheets[sheet] = tex;
    uint16_t first = (uint16_t)(ctx->atlas.count + ctx->extra_count + 1);
    for (int i = 0; i < count; i++) {
        SDL_Rect r = {(i % columns) * tile_w, (i / columns) * tile_h, tile_w, tile_h};
        /* Tiles past the image's edge draw nothing rather than garbage. */
        if (r.x + r.w > tw || r.y + r.h > th) r.w = r.h = 0;
        ctx->extra[ctx->extra_count++] = (ren_extra_sprite){(uint16_t)sheet, r};
    }
    return first;
}

/* One tile of src (RGBA, ARGB8888) area-averaged into dst's w x h box, with
 * premultiplied alpha so clear pixels do not darken the edges. */
static void ren_scale_tile(const SDL_Surface *src, SDL_Rect from, SDL_Surface *dst, SDL_Rect to)
{
    const double fx = (double)from.w / to.w, fy = (double)from.h / to.h;
    for (int y = 0; y < to.h; y++) {
        double y0 = y * fy, y1 = y0 + fy;
        for (int x = 0; x < to.w; x++) {
            double x0 = x * fx, x1 = x0 + fx, acc[4] = {0, 0, 0, 0}, area = 0;
            for (int sy = (int)y0; sy < y1 && sy < from.h; sy++) {
                double wy = (sy + 1 < y1 ? sy + 1 : y1) - (sy > y0 ? sy : y0);
                const Uint32 *row = (const Uint32 *)((const Uint8 *)src->pixels +
                                                     (size_t)(from.y + sy) * (size_t)src->pitch);
                for (int sx = (int)x0; sx < x1 && sx < from.w; sx++) {
                    double w = wy * ((sx + 1 < x1 ? sx + 1 : x1) - (sx > x0 ? sx : x0));
                    Uint32 p = row[from.x + sx];
                    double a = (p >> 24) / 255.0;
                    acc[0] += w * a * ((p >> 16) & 255);
                    acc[1] += w * a * ((p >> 8) & 255);
                    acc[2] += w * a * (p & 255);
                    acc[3] += w * a;
                    area += w;
                }
            }
            Uint32 out = 0;
            if (area > 0 && acc[3] > 0) {
                double a = acc[3] / area;
                out = (Uint32)(a * 255 + 0.5) << 24 | (Uint32)(acc[0] / acc[3] + 0.5) << 16 |
                      (Uint32)(acc[1] / acc[3] + 0.5) << 8 | (Uint32)(acc[2] / acc[3] + 0.5);
            }
            ((Uint32 *)((Uint8 *)dst->pixels + (size_t)(to.y + y) * (size_t)dst->pitch))[to.x + x] = out;
        }
    }
}

uint16_t ren_add_sheet_scaled(ren_context *ctx, const ren_sheet *sh)
{
    int dw = sh->draw_w > 0 ? sh->draw_w : sh->tile_w, dh = sh->draw_h > 0 ? sh->draw_h : sh->tile_h;
    if (ctx->sheet_count == REN_MAX_SHEETS || sh->tile_w <= 0 || sh->tile_h <= 0 || sh->count <= 0 ||
        sh->columns <= 0 || sh->margin < 0 || sh->spacing < 0 ||
        dw > (sh->count == 1 ? REN_MAX_IMAGE : 1024) || dh > (sh->count == 1 ? REN_MAX_IMAGE : 1024) ||
        ctx->atlas.count + ctx->extra_count + sh->count > 65535) {
        log_error("render: cannot add tileset %s (too many tilesets or tiles)", sh->png_path);
        return 0;
    }
    SDL_Surface *raw = IMG_Load(sh->png_path);
    SDL_Surface *img = raw ? SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ARGB8888, 0) : NULL;
    SDL_FreeSurface(raw);
    int rows = (sh->count + sh->columns - 1) / sh->columns;
    SDL_Surface *cut = img && (long)sh->columns * dw <= 16384 && (long)rows * dh <= 16384
                           ? SDL_CreateRGBSurfaceWithFormat(0, sh->columns * dw, rows * dh, 32,
                                                            SDL_PIXELFORMAT_ARGB8888)
                           : NULL;
    ren_extra_sprite *grown =
        cut ? realloc(ctx->extra, sizeof *grown * (size_t)(ctx->extra_count + sh->count)) : NULL;
    if (!grown) {
        log_error("render: cannot load %s: %s", sh->png_path, img ? "too large" : IMG_GetError());
        SDL_FreeSurface(img);
        SDL_FreeSurface(cut);
        return 0;
    }
    ctx->extra = grown;
    if (sh->has_transparent) {
        for (int y = 0; y < img->h; y++) {
            Uint32 *row = (Uint32 *)((Uint8 *)img->pixels + (size_t)y * (size_t)img->pitch);
            for (int x = 0; x < img->w; x++)
                if ((row[x] & 0xffffffu) == (sh->transparent & 0xffffffu)) row[x] = 0;
        }
    }
    int sheet = ctx->sheet_count;
    uint16_t first = (uint16_t)(ctx->atlas.count + ctx->extra_count + 1);
    for (int i = 0; i < sh->count; i++) {
        SDL_Rect from = {sh->margin + (i % sh->columns) * (sh->tile_w + sh->spacing),
                         sh->margin + (i / sh->columns) * (sh->tile_h + sh->spacing), sh->tile_w,
                         sh->tile_h};
        SDL_Rect to = {(i % sh->columns) * dw, (i / sh->columns) * dh, dw, dh};
        /* Tiles past the image's edge draw nothing rather than garbage. */
        if (from.x + from.w > img->w || from.y + from.h > img->h)
            to.w = to.h = 0;
        else
            ren_scale_tile(img, from, cut, to);
        ctx->extra[ctx->extra_count++] = (ren_extra_sprite){(uint16_t)sheet, to};
    }
    SDL_FreeSurface(img);
    SDL_Texture *tex = SDL_CreateTextureFromSurface(ctx->renderer, cut);
    SDL_FreeSurface(cut);
    if (!tex) {
        ctx->extra_count -= sh->count;
        log_error("render: cannot upload %s: %s", sh->png_path, SDL_GetError());
        return 0;
    }
    SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
    ctx->sheets[ctx->sheet_count++] = tex;
    return first;
}

uint16_t ren_add_image_scaled(ren_context *ctx, const char *png_path, float scale,
                              uint32_t transparent, bool has_transparent, int *w, int *h)
{
    SDL_Surface *raw = IMG_Load(png_path);
    if (!raw) {
        log_error("render: cannot load %s: %s", png_path, IMG_GetError());
        return 0;
    }
    int iw = raw->w, ih = raw->h;
    SDL_FreeSurface(raw);
    int dw = (int)(iw * scale + 0.5f), dh = (int)(ih * scale + 0.5f);
    if (scale <= 0 || dw < 1 || dh < 1 || dw > REN_MAX_IMAGE || dh > REN_MAX_IMAGE) {
        log_error("render: cannot add image %s (%dx%d drawn at %dx%d; at most %d a side)",
                  png_path, iw, ih, dw, dh, REN_MAX_IMAGE);
        return 0;
    }
    ren_sheet sh = {png_path, iw, ih, 0, 0, 1, 1, dw, dh, transparent, has_transparent};
    uint16_t id = ren_add_sheet_scaled(ctx, &sh);
    if (id && w) *w = dw;
    if (id && h) *h = dh;
    return id;
}

void ren_clear_sheets(ren_context *ctx)
{
    for (int i = 0; i < ctx->sheet_count; i++) SDL_DestroyTexture(ctx->sheets[i]);
    ctx->sheet_count = 0;
    free(ctx->extra);
    ctx->extra = NULL;
    ctx->extra_count = 0;
}

/* Finds a sprite's texture and source rectangle: the atlas, then the sheets. */
static SDL_Texture *ren_sprite_src(const ren_context *ctx, uint16_t sprite, SDL_Rect *src)
{
    if (sprite == 0) return NULL;
    if (sprite <= ctx->atlas.count) {
        if (!ctx->atlas_tex) return NULL;
        const ren_rect *r = &ctx->atlas.rects[sprite - 1];
        *src = (SDL_Rect){r->x, r->y, r->w, r->h};
        return ctx->atlas_tex;
    }
    int extra = sprite - ctx->atlas.count - 1;
    if (extra >= ctx->extra_count || ctx->extra[extra].rect.w == 0) return NULL;
    *src = ctx->extra[extra].rect;
    return ctx->sheets[ctx->extra[extra].sheet];
}

static bool ren_sprite_rect(const ren_context *ctx, uint16_t sprite, SDL_Rect *src)
{
    if (!ctx->atlas_tex || sprite == 0 || sprite > ctx->atlas.count) return false;
    const ren_rect *r = &ctx->atlas.rects[sprite - 1];
    *src = (SDL_Rect){r->x, r->y, r->w, r->h};
    return true;
}

void ren_draw_tile(ren_context *ctx, uint32_t tile, int x, int y)
{
    ren_draw_tile_in(ctx, tile, (ren_rect){x, y, 0, 0}, (ren_color){255, 255, 255, 255});
}

void ren_draw_tile_in(ren_context *ctx, uint32_t tile, ren_rect to, ren_color mod)
{
    SDL_Rect src;
    SDL_Texture *tex = ren_sprite_src(ctx, (uint16_t)(tile & 0xffffu), &src);
    if (!tex || mod.a == 0) return;
    SDL_Rect dst = {to.x, to.y, to.w > 0 ? to.w : src.w, to.h > 0 ? to.h : src.h};
    bool plain = mod.r == 255 && mod.g == 255 && mod.b == 255 && mod.a == 255;
    if (!plain) {
        SDL_SetTextureColorMod(tex, mod.r, mod.g, mod.b);
        SDL_SetTextureAlphaMod(tex, mod.a);
    }
    uint32_t flips = tile & (REN_FLIP_H | REN_FLIP_V | REN_FLIP_D);
    if (!flips) {
        SDL_RenderCopy(ctx->renderer, tex, &src, &dst);
    } else {
        /* SDL flips first, then rotates. Tiled transposes (D) first, then flips:
         * D = rotate 90 after a vertical flip, and the H/V flags fold into that. */
        bool h = flips & REN_FLIP_H, v = flips & REN_FLIP_V;
        double angle = 0;
        int flip = 0;
        if (flips & REN_FLIP_D) {
            angle = 90;
            if (h && v) flip = SDL_FLIP_HORIZONTAL;
            else if (h) flip = SDL_FLIP_NONE;
            else if (v) angle = 270;
            else flip = SDL_FLIP_VERTICAL;
        } else {
            flip = (h ? SDL_FLIP_HORIZONTAL : 0) | (v ? SDL_FLIP_VERTICAL : 0);
        }
        SDL_RenderCopyEx(ctx->renderer, tex, &src, &dst, angle, NULL, (SDL_RendererFlip)flip);
    }
    if (!plain) {
        SDL_SetTextureColorMod(tex, 255, 255, 255);
        SDL_SetTextureAlphaMod(tex, 255);
    }
}

void ren_draw_sprite(ren_context *ctx, uint16_t sprite, int x, int y)
{
    SDL_Rect src;
    SDL_Texture *tex = ren_sprite_src(ctx, sprite, &src);
    if (!tex) return;
    SDL_Rect dst = {x, y, src.w, src.h};
    SDL_RenderCopy(ctx->renderer, tex, &src, &dst);
}

void ren_draw_sprite_mod(ren_context *ctx, uint16_t sprite, int x, int y, ren_color mod)
{
    SDL_Rect src;
    if (!ren_sprite_rect(ctx, sprite, &src)) return;
    SDL_Rect dst = {x, y, src.w, src.h};
    SDL_SetTextureColorMod(ctx->atlas_tex, mod.r, mod.g, mod.b);
    SDL_SetTextureAlphaMod(ctx->atlas_tex, mod.a);
    SDL_RenderCopy(ctx->renderer, ctx->atlas_tex, &src, &dst);
    SDL_SetTextureColorMod(ctx->atlas_tex, 255, 255, 255);
    SDL_SetTextureAlphaMod(ctx->atlas_tex, 255);
}

void ren_draw_nine_slice(ren_context *ctx, uint16_t sprite, ren_rect rect, int c)
{
    SDL_Rect s;
    if (!ren_sprite_rect(ctx, sprite, &s) || rect.w < 2 * c || rect.h < 2 * c) return;
    int sx[3] = {s.x, s.x + c, s.x + s.w - c}, sw[3] = {c, s.w - 2 * c, c};
    int sy[3] = {s.y, s.y + c, s.y + s.h - c}, sh[3] = {c, s.h - 2 * c, c};
    int dx[3] = {rect.x, rect.x + c, rect.x + rect.w - c}, dw[3] = {c, rect.w - 2 * c, c};
    int dy[3] = {rect.y, rect.y + c, rect.y + rect.h - c}, dh[3] = {c, rect.h - 2 * c, c};
    for (int row = 0; row < 3; row++)
        for (int col = 0; col < 3; col++) {
            SDL_Rect src = {sx[col], sy[row], sw[col], sh[row]};
            SDL_Rect dst = {dx[col], dy[row], dw[col], dh[row]};
            if (dst.w > 0 && dst.h > 0) SDL_RenderCopy(ctx->renderer, ctx->atlas_tex, &src, &dst);
        }
}

void ren_fill_rect(ren_context *ctx, ren_rect rect, ren_color color)
{
    SDL_SetRenderDrawBlendMode(ctx->renderer,
                               color.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(ctx->renderer, color.r, color.g, color.b, color.a);
    SDL_RenderFillRect(ctx->renderer, &(SDL_Rect){rect.x, rect.y, rect.w, rect.h});
}

void ren_outline_rect(ren_context *ctx, ren_rect rect, ren_color color)
{
    SDL_SetRenderDrawBlendMode(ctx->renderer, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(ctx->renderer, color.r, color.g, color.b, color.a);
    SDL_RenderDrawRect(ctx->renderer, &(SDL_Rect){rect.x, rect.y, rect.w, rect.h});
}

void ren_draw_line(ren_context *ctx, int x0, int y0, int x1, int y1, ren_color color)
{
    SDL_SetRenderDrawBlendMode(ctx->renderer, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(ctx->renderer, color.r, color.g, color.b, color.a);
    SDL_RenderDrawLine(ctx->renderer, x0, y0, x1, y1);
}

SDL_Surface *ren_capture(ren_context *ctx)
{
    SDL_Surface *shot = SDL_CreateRGBSurfaceWithFormat(0, REN_LOGICAL_W, REN_LOGICAL_H, 32,
                                                       SDL_PIXELFORMAT_ARGB8888);
    if (!shot) return NULL;
    if (ctx->surface) {
        SDL_RenderFlush(ctx->renderer);
        SDL_BlitSurface(ctx->surface, NULL, shot, NULL);
    } else if (SDL_RenderReadPixels(ctx->renderer, NULL, SDL_PIXELFORMAT_ARGB8888, shot->pixels,
                                    shot->pitch) != 0) {
        log_error("render: cannot read the frame: %s", SDL_GetError());
        SDL_FreeSurface(shot);
        return NULL;
    }
    /* The frame is opaque; make the PNG say so whatever the renderer left in alpha. */
    for (int y = 0; y < shot->h; y++) {
        Uint32 *row = (Uint32 *)((Uint8 *)shot->pixels + y * shot->pitch);
        for (int x = 0; x < shot->w; x++) row[x] |= 0xff000000u;
    }
    return shot;
}

/* Where the logical frame lands in the window. Whole-number scales keep every
 * pixel the same size, so they win whenever they fill at least 80% of what
 * the best aspect-preserving fit would; otherwise the fit is used (a small
 * or oddly sized window would else show a tiny picture in a black sea). */
static SDL_Rect ren_frame_dest(ren_context *ctx)
{
    int ow = REN_LOGICAL_W, oh = REN_LOGICAL_H;
    SDL_GetRendererOutputSize(ctx->renderer, &ow, &oh);
    double fit = SDL_min((double)ow / REN_LOGICAL_W, (double)oh / REN_LOGICAL_H);
    int whole = (int)fit;
    double scale = whole >= 1 && whole >= 0.8 * fit ? whole : fit;
    int w = (int)(REN_LOGICAL_W * scale), h = (int)(REN_LOGICAL_H * scale);
    return (SDL_Rect){(ow - w) / 2, (oh - h) / 2, w, h};
}

void ren_end(ren_context *ctx)
{
    if (!ctx->frame) {
        SDL_RenderFlush(ctx->renderer);
        return;
    }
    SDL_SetRenderTarget(ctx->renderer, NULL);
    SDL_Rect dst = ren_frame_dest(ctx);
    int ow = 0, oh = 0;
    SDL_GetRendererOutputSize(ctx->renderer, &ow, &oh);
    /* Black bars only where the picture leaves some: at 1280x720 it covers all. */
    if (dst.x > 0 || dst.y > 0 || dst.w < ow || dst.h < oh) {
        SDL_SetRenderDrawColor(ctx->renderer, 0, 0, 0, 255);
        SDL_RenderClear(ctx->renderer);
    }
    SDL_RenderCopy(ctx->renderer, ctx->frame, NULL, &dst);
    SDL_RenderPresent(ctx->renderer);
}

bool ren_window_to_logical(ren_context *ctx, int wx, int wy, int *lx, int *ly)
{
    if (!ctx->window) {
        *lx = wx;
        *ly = wy;
        return wx >= 0 && wy >= 0 && wx < REN_LOGICAL_W && wy < REN_LOGICAL_H;
    }
    /* Window coordinates are in points; the output may be in HiDPI pixels. */
    int ww, wh, ow, oh;
    SDL_GetWindowSize(ctx->window, &ww, &wh);
    SDL_GetRendererOutputSize(ctx->renderer, &ow, &oh);
    double px = ww > 0 ? (double)wx * ow / ww : wx, py = wh > 0 ? (double)wy * oh / wh : wy;
    SDL_Rect dst = ren_frame_dest(ctx);
    if (dst.w <= 0 || dst.h <= 0) return false;
    *lx = (int)((px - dst.x) * REN_LOGICAL_W / dst.w);
    *ly = (int)((py - dst.y) * REN_LOGICAL_H / dst.h);
    return px >= dst.x && py >= dst.y && *lx < REN_LOGICAL_W && *ly < REN_LOGICAL_H;
}

bool ren_save_png(SDL_Surface *surface, const char *path)
{
    if (IMG_SavePNG(surface, path) != 0) {
        log_error("render: cannot write %s: %s", path, IMG_GetError());
        return false;
    }
    return true;
}

bool ren_screenshot(ren_context *ctx, const char *path)
{
    SDL_Surface *shot = ren_capture(ctx);
    bool ok = shot && ren_save_png(shot, path);
    SDL_FreeSurface(shot);
    return ok;
}
