/* text: SDL2_ttf glyphs cached in atlas pages. A glyph is rasterised the
 * first time it is seen and drawn as a texture copy ever after, so text that
 * changes every frame (counters) costs copies, not rasterisation. */
#include "text.h"
#include "log.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdlib.h>

#define TXT_PAGE_SIZE 512
#define TXT_MAX_PAGES 8

typedef struct {
    uint32_t codepoint; /* 0 = empty slot */
    uint16_t page;
    uint16_t x, y, w, h; /* in the page: the glyph's inked pixels only */
    int16_t dx, dy;      /* where they sit in the glyph's box (pen at its top-left) */
    int16_t advance;
} txt_glyph;

struct txt_font {
    TTF_Font *ttf;
    SDL_Renderer *renderer;
    SDL_Texture *pages[TXT_MAX_PAGES];
    int page_count;
    int shelf_x, shelf_y, shelf_h; /* packing cursor in the newest page */
    txt_glyph *slots;              /* open addressing, power-of-two size */
    unsigned slot_count, used;
    unsigned rasterised;
    int height;
};

static bool txt_ttf_ready(void)
{
    if (TTF_WasInit()) return true;
    if (TTF_Init() != 0) {
        log_error("text: cannot start SDL_ttf: %s", TTF_GetError());
        return false;
    }
    return true;
}

txt_font *txt_open(ren_context *ren, const char *path, int pixel_size)
{
    if (!txt_ttf_ready()) return NULL;
    txt_font *font = calloc(1, sizeof *font);
    if (!font) return NULL;
    font->ttf = TTF_OpenFont(path, pixel_size);
    font->slot_count = 256;
    font->slots = calloc(font->slot_count, sizeof *font->slots);
    if (!font->ttf || !font->slots) {
        log_error("text: cannot open font %s: %s", path, TTF_GetError());
        txt_close(font);
        return NULL;
    }
    /* Mono hinting keeps a pixel font on the pixel grid: crisp when scaled up. */
    TTF_SetFontHinting(font->ttf, TTF_HINTING_MONO);
    font->renderer = ren_sdl(ren);
    /* Line pitch from the pixel size, not the font's generous line skip:
     * dialogue boxes at 360 px tall need every line they can get. */
    font->height = pixel_size + 4;
    return font;
}

void txt_close(txt_font *font)
{
    if (!font) return;
    for (int i = 0; i < font->page_count; i++) SDL_DestroyTexture(font->pages[i]);
    if (font->ttf) TTF_CloseFont(font->ttf);
    free(font->slots);
    free(font);
}

int txt_line_height(const txt_font *font)
{
    return font->height;
}

unsigned txt_glyphs_rasterised(const txt_font *font)
{
    return font->rasterised;
}

static bool txt_new_page(txt_font *font)
{
    if (font->page_count == TXT_MAX_PAGES) return false;
    SDL_Texture *page = SDL_CreateTexture(font->renderer, SDL_PIXELFORMAT_ARGB8888,
                                          SDL_TEXTUREACCESS_STATIC, TXT_PAGE_SIZE, TXT_PAGE_SIZE);
    if (!page) return false;
    SDL_SetTextureBlendMode(page, SDL_BLENDMODE_BLEND);
    font->pages[font->page_count++] = page;
    font->shelf_x = font->shelf_y = font->shelf_h = 0;
    return true;
}

/* Finds room for a w x h glyph: shelves left to right, top to bottom. */
static bool txt_pack(txt_font *font, int w, int h, int *x, int *y)
{
    if (w > TXT_PAGE_SIZE || h > TXT_PAGE_SIZE) return false;
    if (font->page_count == 0 && !txt_new_page(font)) return false;
    if (font->shelf_x + w > TXT_PAGE_SIZE) {
        font->shelf_x = 0;
        font->shelf_y += font->shelf_h + 1;
        font->shelf_h = 0;
    }
    if (font->shelf_y + h > TXT_PAGE_SIZE && !txt_new_page(font)) return false;
    *x = font->shelf_x;
    *y = font->shelf_y;
    font->shelf_x += w + 1;
    if (h > font->shelf_h) font->shelf_h = h;
    return true;
}

static bool txt_grow_table(txt_font *font)
{
    unsigned count = font->slot_count * 2;
    txt_glyph *slots = calloc(count, sizeof *slots);
    if (!slots) return false;
    for (unsigned i = 0; i < font->slot_count; i++) {
        txt_glyph g = font->slots[i];
        if (!g.codepoint) continue;
        unsigned j = (g.codepoint * 2654435761u) & (count - 1);
        while (slots[j].codepoint) j = (j + 1) & (count - 1);
        slots[j] = g;
    }
    free(font->slots);
    font->slots = slots;
    font->slot_count = count;
    return true;
}

static const txt_glyph *txt_glyph_for(txt_font *font, uint32_t cp);

/* The smallest box holding every pixel of the glyph that is not fully clear; false
 * when there is none (a space). Only that box is kept and drawn: a clear pixel blended
 * onto the frame leaves it exactly as it was, so the text looks the same, bit for bit,
 * for a fraction of the pixels (a glyph's box is the font's whole height). */
static bool txt_ink(const SDL_Surface *s, SDL_Rect *ink)
{
    int x0 = s->w, y0 = s->h, x1 = -1, y1 = -1;
    for (int y = 0; y < s->h; y++) {
        const Uint32 *row = (const Uint32 *)((const Uint8 *)s->pixels + y * s->pitch);
        for (int x = 0; x < s->w; x++)
            if (row[x] >> 24) {
                if (x < x0) x0 = x;
                if (x > x1) x1 = x;
                if (y < y0) y0 = y;
                y1 = y;
            }
    }
    if (x1 < 0) return false;
    *ink = (SDL_Rect){x0, y0, x1 - x0 + 1, y1 - y0 + 1};
    return true;
}

static const txt_glyph *txt_rasterise(txt_font *font, uint32_t cp, txt_glyph *slot)
{
    if (!TTF_GlyphIsProvided32(font->ttf, cp)) {
        if (cp == TXT_REPLACEMENT || cp == '?') return NULL;
        /* Draw what the font does have instead of an invisible gap. */
        const txt_glyph *fallback = txt_glyph_for(font, TXT_REPLACEMENT);
        return fallback ? fallback : txt_glyph_for(font, '?');
    }
    int minx, maxx, miny, maxy, advance;
    if (TTF_GlyphMetrics32(font->ttf, cp, &minx, &maxx, &miny, &maxy, &advance) != 0)
        return NULL;
    txt_glyph g = {cp, 0, 0, 0, 0, 0, 0, 0, (int16_t)advance};
    SDL_Surface *rendered = TTF_RenderGlyph32_Blended(font->ttf, cp, (SDL_Color){255, 255, 255, 255});
    if (rendered) {
        SDL_Surface *argb = SDL_ConvertSurfaceFormat(rendered, SDL_PIXELFORMAT_ARGB8888, 0);
        SDL_FreeSurface(rendered);
        SDL_Rect ink = {0, 0, 0, 0};
        int x, y;
        if (argb && txt_ink(argb, &ink) && txt_pack(font, ink.w, ink.h, &x, &y)) {
            SDL_Rect r = {x, y, ink.w, ink.h};
            const Uint8 *from = (const Uint8 *)argb->pixels + ink.y * argb->pitch + ink.x * 4;
            SDL_UpdateTexture(font->pages[font->page_count - 1], &r, from, argb->pitch);
            g.page = (uint16_t)(font->page_count - 1);
            g.x = (uint16_t)x, g.y = (uint16_t)y, g.w = (uint16_t)ink.w, g.h = (uint16_t)ink.h;
            g.dx = (int16_t)ink.x, g.dy = (int16_t)ink.y;
        }
        SDL_FreeSurface(argb);
    }
    font->rasterised++;
    /* The table may have grown during a fallback lookup: find the slot again. */
    unsigned mask = font->slot_count - 1, i = (cp * 2654435761u) & mask;
    while (font->slots[i].codepoint && font->slots[i].codepoint != cp) i = (i + 1) & mask;
    (void)slot;
    font->slots[i] = g;
    font->used++;
    return &font->slots[i];
}

static const txt_glyph *txt_glyph_for(txt_font *font, uint32_t cp)
{
    if (cp == 0) return NULL;
    if ((font->used + 1) * 4 > font->slot_count * 3 && !txt_grow_table(font)) return NULL;
    unsigned mask = font->slot_count - 1, i = (cp * 2654435761u) & mask;
    while (font->slots[i].codepoint) {
        if (font->slots[i].codepoint == cp) return &font->slots[i];
        i = (i + 1) & mask;
    }
    return txt_rasterise(font, cp, &font->slots[i]);
}

int txt_measure(txt_font *font, const char *text, size_t len)
{
    const char *p = text, *end = text + len;
    int width = 0;
    uint32_t prev = 0;
    while (p < end) {
        uint32_t cp = txt_decode(&p, end);
        const txt_glyph *g = txt_glyph_for(font, cp);
        if (!g) continue;
        if (prev) width += TTF_GetFontKerningSizeGlyphs32(font->ttf, prev, g->codepoint);
        width += g->advance;
        prev = g->codepoint;
    }
    return width;
}

int txt_draw(txt_font *font, int x, int y, const char *text, size_t len, ren_color color)
{
    const char *p = text, *end = text + len;
    uint32_t prev = 0;
    for (int i = 0; i < font->page_count; i++) {
        SDL_SetTextureColorMod(font->pages[i], color.r, color.g, color.b);
        SDL_SetTextureAlphaMod(font->pages[i], color.a);
    }
    while (p < end) {
        uint32_t cp = txt_decode(&p, end);
        const txt_glyph *g = txt_glyph_for(font, cp);
        if (!g) continue;
        if (prev) x += TTF_GetFontKerningSizeGlyphs32(font->ttf, prev, g->codepoint);
        if (g->w > 0) {
            SDL_Texture *page = font->pages[g->page];
            /* A page created during this call has not been tinted yet. */
            SDL_SetTextureColorMod(page, color.r, color.g, color.b);
            SDL_SetTextureAlphaMod(page, color.a);
            SDL_Rect src = {g->x, g->y, g->w, g->h}, dst = {x + g->dx, y + g->dy, g->w, g->h};
            SDL_RenderCopy(font->renderer, page, &src, &dst);
        }
        x += g->advance;
        prev = g->codepoint;
    }
    return x;
}

static int txt_measure_cb(void *user, const char *text, size_t len)
{
    return txt_measure(user, text, len);
}

int txt_draw_wrapped(txt_font *font, ren_rect box, const char *text, ren_color color)
{
    txt_line lines[64];
    int total = txt_wrap(text, box.w, txt_measure_cb, font, lines, 64);
    int shown = total < 64 ? total : 64;
    for (int i = 0; i < shown; i++) {
        int y = box.y + i * font->height;
        if (y + font->height > box.y + box.h) break;
        txt_draw(font, box.x, y, text + lines[i].start, lines[i].len, color);
    }
    return total;
}

int txt_wrap_font(txt_font *font, const char *text, int width, txt_line *lines, int max_lines)
{
    return txt_wrap(text, width, txt_measure_cb, font, lines, max_lines);
}

int txt_count_lines(txt_font *font, const char *text, int width)
{
    txt_line first[1];
    return txt_wrap_font(font, text, width, first, 1);
}

void txt_shutdown(void)
{
    if (TTF_WasInit()) TTF_Quit();
}
